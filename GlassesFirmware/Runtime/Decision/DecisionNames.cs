using GlassesFirmware.Text;

namespace GlassesFirmware.Decision
{
    /// <summary>Stable names of <see cref="WalletOutcome"/> and <see cref="DeclineReason"/> (enum ToString prints numbers on the device).</summary>
    public static class DecisionNames
    {
        private static readonly string[] Outcomes =
        {
            "none", "approved", "declined", "needsConfirmation", "needsAmount", "pending", "unknown", "cancelled",
        };

        private static readonly string[] Reasons =
        {
            "none", "voiceMismatch", "intentMismatch", "funds", "limit", "risk", "payee", "alreadyPaid", "expired", "other",
        };

        /// <summary>The name of <paramref name="outcome"/>, or its number when it has none.</summary>
        public static string Outcome(WalletOutcome outcome)
        {
            return EnumNames.Of(Outcomes, (int)outcome);
        }

        /// <summary>The name of <paramref name="reason"/>, or its number when it has none.</summary>
        public static string Reason(DeclineReason reason)
        {
            return EnumNames.Of(Reasons, (int)reason);
        }
    }
}
