namespace GlassesFirmware.Power
{
    /// <summary>
    /// Converts battery readings to the percent <see cref="IPowerMonitor"/> reports, in integers: ADC counts
    /// to millivolts at the pin, pin millivolts through the divider to cell millivolts, and cell millivolts
    /// to charge along a single-cell LiPo discharge curve at light load (3.30 V empty, 4.15 V full).
    /// </summary>
    public static class BatteryGauge
    {
        // Open-circuit-ish voltage at 0, 10, ..., 100 % for a 1S LiPo at the glasses' ~100 mA load.
        private static readonly int[] CurveMv = { 3300, 3580, 3680, 3730, 3770, 3800, 3840, 3890, 3960, 4050, 4150 };

        /// <summary>Charge in percent (0-100) for a cell voltage in millivolts; clamps outside the curve.</summary>
        public static int PercentFromCellMv(int cellMv)
        {
            if (cellMv <= CurveMv[0])
            {
                return 0;
            }

            for (int i = 1; i < CurveMv.Length; i++)
            {
                if (cellMv < CurveMv[i])
                {
                    int low = CurveMv[i - 1];
                    return (i - 1) * 10 + (cellMv - low) * 10 / (CurveMv[i] - low);
                }
            }

            return 100;
        }

        /// <summary>
        /// Cell millivolts from a raw ADC reading: <paramref name="raw"/> of <paramref name="maxRaw"/> spans
        /// <paramref name="fullScaleMv"/> at the pin, multiplied back through a divider of
        /// <paramref name="dividerPermille"/> ((R1 + R2) / R2 x 1000).
        /// </summary>
        public static int CellMvFromRaw(int raw, int maxRaw, int fullScaleMv, int dividerPermille)
        {
            if (maxRaw <= 0 || raw < 0)
            {
                return 0;
            }

            long pinMv = (long)raw * fullScaleMv / maxRaw;
            return (int)(pinMv * dividerPermille / 1000);
        }

        /// <summary>
        /// Chip temperature in whole degrees Celsius from the classic ESP32's built-in sensor, which reports
        /// degrees Fahrenheit (nanoFramework ADC channel 8).
        /// </summary>
        public static int CelsiusFromEsp32Fahrenheit(int fahrenheit)
        {
            return (fahrenheit - 32) * 5 / 9;
        }
    }
}
