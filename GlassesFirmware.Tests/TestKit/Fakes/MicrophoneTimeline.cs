namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>
    /// When a simulated microphone's samples become readable: 16 per millisecond of the clock while it is started, like
    /// a DMA ring; samples from while it was stopped are lost. <see cref="FakeMicrophone"/> and the simulator's WAV
    /// microphone share it and differ only in the samples they make.
    /// </summary>
    public sealed class MicrophoneTimeline
    {
        /// <summary>Samples per millisecond (16 kHz).</summary>
        public const int SamplesPerMs = 16;

        private long _startedAt = -1;
        private long _position;

        /// <summary>Samples read since the first start.</summary>
        public long Position
        {
            get { return _position; }
        }

        /// <summary>Starts at <paramref name="nowMs"/>: the next sample read is the one made then.</summary>
        public void Start(long nowMs)
        {
            _startedAt = nowMs - _position / SamplesPerMs;
        }

        /// <summary>Stops; nothing is readable until the next start.</summary>
        public void Stop()
        {
            _startedAt = -1;
        }

        /// <summary>How many samples, at most <paramref name="max"/>, can be read at <paramref name="nowMs"/>; 0 while stopped.</summary>
        public int Readable(long nowMs, int max)
        {
            if (_startedAt < 0)
            {
                return 0;
            }
            long available = (nowMs - _startedAt) * SamplesPerMs - _position;
            return available < 0 ? 0 : (available < max ? (int)available : max);
        }

        /// <summary>Counts <paramref name="samples"/> as read.</summary>
        public void Advance(int samples)
        {
            _position += samples;
        }
    }
}
