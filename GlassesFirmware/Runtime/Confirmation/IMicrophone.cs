namespace GlassesFirmware.Confirmation
{
    /// <summary>
    /// The microphone as 16 kHz, 16-bit signed, mono PCM (<see cref="SampleRate"/>). The caller owns the
    /// sample buffer and reuses it; a read copies the oldest captured samples into it, allocates nothing and
    /// never blocks. The adapter keeps a ring of at least 200 ms; when the caller falls behind the ring drops
    /// the oldest samples and counts them in <see cref="Overruns"/>. Implementations must not throw.
    /// </summary>
    public interface IMicrophone
    {
        /// <summary>Starts capturing (powers the PDM/I2S interface); false when the microphone is absent or failed.</summary>
        bool Start();

        /// <summary>Stops capturing and discards buffered samples; safe to call when stopped.</summary>
        void Stop();

        /// <summary>
        /// Copies up to <paramref name="count"/> captured samples into <paramref name="samples"/> at
        /// <paramref name="offset"/>; returns how many were copied (0 when none are ready).
        /// </summary>
        int Read(short[] samples, int offset, int count);

        /// <summary>Samples dropped because the caller read too late, since <see cref="Start"/>.</summary>
        int Overruns { get; }
    }

    /// <summary>The audio format every <see cref="IMicrophone"/> delivers.</summary>
    public static class AudioFormat
    {
        /// <summary>Samples per second.</summary>
        public const int SampleRate = 16000;

        /// <summary>Samples in one 20 ms analysis frame (the unit of voice activity detection and of voice chunks).</summary>
        public const int FrameSamples = 320;

        /// <summary>Milliseconds per analysis frame.</summary>
        public const int FrameMs = 20;
    }
}
