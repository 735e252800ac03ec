namespace GlassesFirmware.Power
{
    /// <summary>
    /// Battery and heat, read by the session before it starts a payment and while it scans (nf.config
    /// limit.battery.min.percent, limit.temperature.max.c). Reads are cheap and non-blocking (the adapter
    /// samples the ADC and the chip sensor on its own schedule). Implementations must not throw.
    /// </summary>
    public interface IPowerMonitor
    {
        /// <summary>Remaining battery charge in percent, 0 to 100, or <see cref="PowerReadings.Unknown"/>.</summary>
        int BatteryPercent { get; }

        /// <summary>Chip temperature in whole degrees Celsius, or <see cref="PowerReadings.Unknown"/>.</summary>
        int ChipTemperatureC { get; }
    }
}
