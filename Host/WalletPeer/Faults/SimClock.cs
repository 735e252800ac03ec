using GlassesFirmware.Time;

namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>Simulated time shared by the glasses and the wallet of one scenario: it moves only when told.</summary>
    public sealed class SimClock : IClock
    {
        /// <summary>Unix milliseconds of the simulated time origin (the wallet's wall clock starts here).</summary>
        public const long UnixOriginMs = 1_800_000_000_000;

        /// <inheritdoc />
        public long NowMs { get; private set; }

        /// <summary>The wallet's wall clock, Unix milliseconds.</summary>
        public long UnixMs => UnixOriginMs + NowMs;

        /// <summary>Moves time forward.</summary>
        public void Advance(long milliseconds) => NowMs += milliseconds;
    }
}
