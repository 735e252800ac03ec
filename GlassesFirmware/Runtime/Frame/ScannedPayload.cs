namespace GlassesFirmware.Frame
{
    /// <summary>Return values of <see cref="IScannedPayloadSource.Read"/> besides a length.</summary>
    public static class ScannedPayload
    {
        /// <summary>A payload did not fit the caller's buffer and was dropped.</summary>
        public const int TooLong = -1;
    }
}
