using GlassesFirmware.Text;

namespace GlassesFirmware.Session
{
    /// <summary>Stable names for logs and JSON (enum ToString prints numbers on the device).</summary>
    public static class SessionNames
    {
        private static readonly string[] States =
        {
            "idle", "armed", "scanning", "choosing", "understood", "prompting", "confirming", "authorizing", "done",
        };

        private static readonly string[] Outcomes = { "none", "approved", "declined", "failed", "cancelled", "refused" };

        private static readonly string[] Errors =
        {
            "none", "cancelled", "timeout", "noCode", "captureFailed", "notPayment", "urlNotAllowed", "payloadInvalid",
            "payloadTooLong", "alreadyPaid", "amountAboveLimit", "batteryLow", "tooHot", "linkDown", "notPaired",
            "walletTimeout", "declined", "storageFailed", "microphoneFailed", "amountNotUnderstood", "interrupted",
            "previousUnresolved", "fault", "voiceUnavailable", "walletDiffers", "textRefused", "walletLate",
            "cancelUnconfirmed", "codesInView",
        };

        /// <summary>Name of a state.</summary>
        public static string State(SessionState state)
        {
            return EnumNames.Of(States, (int)state);
        }

        /// <summary>Name of an outcome.</summary>
        public static string Outcome(SessionOutcome outcome)
        {
            return EnumNames.Of(Outcomes, (int)outcome);
        }

        /// <summary>Name of an error.</summary>
        public static string Error(SessionError error)
        {
            return EnumNames.Of(Errors, (int)error);
        }
    }
}
