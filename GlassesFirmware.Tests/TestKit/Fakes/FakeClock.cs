using GlassesFirmware.Platform;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>A clock the test (or the replay tool) sets: simulated time, never a sleep.</summary>
    public sealed class FakeClock : IClock
    {
        /// <summary>The current time in milliseconds; the test moves it.</summary>
        public long Now;

        /// <summary>Starts at <paramref name="startMs"/>.</summary>
        public FakeClock(long startMs)
        {
            Now = startMs;
        }

        /// <inheritdoc />
        public long NowMs
        {
            get { return Now; }
        }
    }
}
