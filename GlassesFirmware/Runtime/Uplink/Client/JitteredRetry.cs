using GlassesFirmware.Platform;
using GlassesFirmware.Uplink.Links;

namespace GlassesFirmware.Uplink.Client
{
    /// <summary>The client's retry delays: a <see cref="RetrySchedule"/> with jitter drawn from the random source.</summary>
    internal sealed class JitteredRetry
    {
        private readonly RetrySchedule _schedule;
        private readonly IRandomSource _random;
        private readonly byte[] _jitter = new byte[2];

        /// <summary>Uses <paramref name="schedule"/> and <paramref name="random"/>.</summary>
        public JitteredRetry(RetrySchedule schedule, IRandomSource random)
        {
            _schedule = schedule;
            _random = random;
        }

        /// <summary>The delay before attempt <paramref name="attempt"/> (1 first), or negative when attempts ran out.</summary>
        public int DelayBefore(int attempt)
        {
            _random.Fill(_jitter, 0, 2);
            return _schedule.DelayBefore(attempt, ((_jitter[0] << 8) | _jitter[1]) % 1001);
        }
    }
}
