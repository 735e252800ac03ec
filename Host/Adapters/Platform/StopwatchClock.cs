using System.Diagnostics;
using GlassesFirmware.Platform;

namespace GlassesFirmware.Host.Adapters.Platform
{
    /// <summary><see cref="IClock"/> on the host: a monotonic stopwatch from construction.</summary>
    public sealed class StopwatchClock : IClock
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();

        /// <inheritdoc />
        public long NowMs => _watch.ElapsedMilliseconds;
    }
}
