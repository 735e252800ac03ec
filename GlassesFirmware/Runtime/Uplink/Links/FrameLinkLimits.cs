namespace GlassesFirmware.Uplink.Links
{
    /// <summary>Limits and return values of <see cref="IFrameLink"/>.</summary>
    public static class FrameLinkLimits
    {
        /// <summary>Smallest fragment a link may announce (CTAP BLE control-point length lower bound).</summary>
        public const int MinFragmentLength = 20;

        /// <summary>Largest fragment a link may announce (CTAP BLE control-point length upper bound).</summary>
        public const int MaxFragmentLength = 512;

        /// <summary><see cref="IFrameLink.Receive"/>: the fragment was longer than the buffer.</summary>
        public const int TooLong = -1;
    }
}
