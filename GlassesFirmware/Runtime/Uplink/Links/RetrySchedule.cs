namespace GlassesFirmware.Uplink.Links
{
    /// <summary>
    /// Bounded exponential backoff with full jitter, shared by every transport adapter so the device and
    /// the host retry alike: attempt n (from 1) waits a uniformly random time in [0, min(cap, base * 2^(n-1))].
    /// Jitter spreads many glasses retrying after a wallet outage.
    /// </summary>
    public sealed class RetrySchedule
    {
        private readonly int _baseMs;
        private readonly int _capMs;
        private readonly int _maxAttempts;

        /// <summary>Creates a schedule of at most <paramref name="maxAttempts"/> attempts (the first included).</summary>
        public RetrySchedule(int baseMs, int capMs, int maxAttempts)
        {
            if (baseMs < 1 || capMs < baseMs || maxAttempts < 1 || maxAttempts > 16)
            {
                throw new System.ArgumentException("0 < base <= cap and 1..16 attempts");
            }

            _baseMs = baseMs;
            _capMs = capMs;
            _maxAttempts = maxAttempts;
        }

        /// <summary>Total attempts allowed, the first included.</summary>
        public int MaxAttempts
        {
            get { return _maxAttempts; }
        }

        /// <summary>
        /// Delay before attempt <paramref name="attempt"/> (2 .. <see cref="MaxAttempts"/>) given a uniform
        /// random <paramref name="random01k"/> in 0..1000; -1 when no attempt is left.
        /// </summary>
        public int DelayBefore(int attempt, int random01k)
        {
            if (attempt < 2 || attempt > _maxAttempts)
            {
                return -1;
            }

            long ceiling = _baseMs;
            for (int i = 2; i < attempt && ceiling < _capMs; i++)
            {
                ceiling *= 2;
            }

            if (ceiling > _capMs)
            {
                ceiling = _capMs;
            }

            if (random01k < 0)
            {
                random01k = 0;
            }
            else if (random01k > 1000)
            {
                random01k = 1000;
            }

            return (int)(ceiling * random01k / 1000);
        }
    }
}
