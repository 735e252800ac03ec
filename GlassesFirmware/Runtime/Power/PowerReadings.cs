namespace GlassesFirmware.Power
{
    /// <summary>Special values of <see cref="IPowerMonitor"/> readings.</summary>
    public static class PowerReadings
    {
        /// <summary>The sensor is absent or not yet sampled; the session then does not refuse on that reading.</summary>
        public const int Unknown = int.MinValue;
    }
}
