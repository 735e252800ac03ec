namespace GlassesFirmware.Decision
{
    /// <summary>What a voice stream is for.</summary>
    public enum VoicePurpose
    {
        /// <summary>The wearer saying the amount (static codes).</summary>
        Amount = 0,
        /// <summary>The wearer saying "confirm": intent and voiceprint.</summary>
        Confirmation = 1,
        /// <summary>
        /// An enrolment sample for the wallet's voiceprint, sent right after pairing under its own random
        /// sample id (key 3, no payment request); the wallet enrols the wearer with each complete sample.
        /// </summary>
        Enrolment = 2,
    }
}
