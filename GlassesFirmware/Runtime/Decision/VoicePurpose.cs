namespace GlassesFirmware.Decision
{
    /// <summary>What a voice stream is for.</summary>
    public enum VoicePurpose
    {
        /// <summary>The wearer saying the amount (static codes).</summary>
        Amount = 0,
        /// <summary>The wearer saying "confirm": intent and voiceprint.</summary>
        Confirmation = 1,
    }
}
