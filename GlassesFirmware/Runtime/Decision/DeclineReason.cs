namespace GlassesFirmware.Decision
{
    /// <summary>Why the wallet declined.</summary>
    public enum DeclineReason
    {
        /// <summary>Not declined, or no reason given.</summary>
        None = 0,
        /// <summary>The spoken confirmation did not match the wearer's voiceprint.</summary>
        VoiceMismatch = 1,
        /// <summary>The confirmation did not express intent to pay what was read back.</summary>
        IntentMismatch = 2,
        /// <summary>Not enough funds.</summary>
        Funds = 3,
        /// <summary>A wallet or scheme limit.</summary>
        Limit = 4,
        /// <summary>The wallet's risk checks refused it.</summary>
        Risk = 5,
        /// <summary>The payee could not be resolved or is blocked.</summary>
        Payee = 6,
        /// <summary>This single-use code was already paid.</summary>
        AlreadyPaid = 7,
        /// <summary>The wallet's own time limit ran out.</summary>
        Expired = 8,
        /// <summary>Any other reason.</summary>
        Other = 9,
    }
}
