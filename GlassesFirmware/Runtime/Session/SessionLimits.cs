namespace GlassesFirmware.Session
{
    /// <summary>
    /// When the glasses refuse to pay on their own (the limit.* keys of nf.config): an amount cap, a battery floor and a
    /// temperature ceiling. Part of <see cref="SessionSettings"/>.
    /// </summary>
    public sealed class SessionLimits
    {
        /// <summary>The nf.config defaults.</summary>
        public SessionLimits()
        {
            MaxAmountMinor = 0;
            MinBatteryPercent = 10;
            MaxTemperatureC = 70;
        }

        /// <summary>Refuse amounts above this many minor units; 0 leaves limits to the wallet (limit.amount.max.minor).</summary>
        public long MaxAmountMinor { get; set; }

        /// <summary>Do not start below this battery percentage (limit.battery.min.percent).</summary>
        public int MinBatteryPercent { get; set; }

        /// <summary>Do not start, and stop scanning, at or above this chip temperature (limit.temperature.max.c).</summary>
        public int MaxTemperatureC { get; set; }
    }
}
