using GlassesFirmware.Power;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>Battery and temperature set by the test.</summary>
    public sealed class FakePower : IPowerMonitor
    {
        /// <summary>Battery percent the monitor reports.</summary>
        public int Battery = 80;
        /// <summary>Chip temperature the monitor reports.</summary>
        public int Temperature = 40;

        /// <inheritdoc />
        public int BatteryPercent
        {
            get { return Battery; }
        }

        /// <inheritdoc />
        public int ChipTemperatureC
        {
            get { return Temperature; }
        }
    }
}
