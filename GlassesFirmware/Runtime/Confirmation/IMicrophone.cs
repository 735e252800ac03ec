namespace GlassesFirmware.Confirmation
{
    /// <summary>
    /// The microphone as 16 kHz mono PCM in the layout its I2S/PDM DMA delivers (<see cref="AudioFormat"/>):
    /// little-endian slots of <see cref="SlotBytes"/> bytes, the 16-bit sample in the top two bytes of each. The
    /// interpreter never converts or copies sample by sample: the adapter moves whole DMA reads with
    /// Array.Copy, and the detector and the encoder read the samples where they lie. The caller owns the buffer
    /// and reuses it; a read copies the oldest captured bytes into it, allocates nothing and never blocks. The
    /// adapter keeps a ring of at least 200 ms; when the caller falls behind the ring drops the oldest samples and
    /// counts them in <see cref="Overruns"/>. Implementations must not throw.
    /// </summary>
    public interface IMicrophone
    {
        /// <summary>
        /// Bytes per sample slot: 2 (16-bit PCM, PDM microphones) or 4 (32-bit I2S slots of MEMS microphones
        /// such as the INMP441, whose 24-bit sample is left-justified; its top 16 bits are the sample).
        /// </summary>
        int SlotBytes { get; }

        /// <summary>Starts capturing (powers the PDM/I2S interface); false when the microphone is absent or failed.</summary>
        bool Start();

        /// <summary>Stops capturing and discards buffered samples; safe to call when stopped.</summary>
        void Stop();

        /// <summary>
        /// Copies up to <paramref name="count"/> bytes (whole slots) of captured audio into <paramref name="pcm"/> at
        /// <paramref name="offset"/>; returns how many bytes were copied, a multiple of <see cref="SlotBytes"/>
        /// (0 when none are ready).
        /// </summary>
        int Read(byte[] pcm, int offset, int count);

        /// <summary>Samples dropped because the caller read too late, since <see cref="Start"/>.</summary>
        int Overruns { get; }
    }
}
