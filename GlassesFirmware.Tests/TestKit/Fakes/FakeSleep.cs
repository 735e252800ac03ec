using GlassesFirmware.Session.Loop;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>Sleep with button wake: counts the sleeps and moves the fake clock by the time slept.</summary>
    public sealed class FakeSleep : IDeviceSleep
    {
        private readonly FakeClock _clock;
        /// <summary>Set or read by the test.</summary>
        public int Sleeps;
        /// <summary>Set or read by the test.</summary>
        public int SleepMs = 600000;

        /// <summary>A fake driven by the test.</summary>
        public FakeSleep(FakeClock clock)
        {
            _clock = clock;
        }

        /// <inheritdoc />
        public bool SleepUntilButton()
        {
            Sleeps++;
            _clock.Now += SleepMs;
            return true;
        }
    }
}
