using GlassesFirmware.Text;

namespace GlassesFirmware.Uplink.Messages
{
    /// <summary>Stable names of <see cref="MessageType"/> and <see cref="WireError"/> (enum ToString prints numbers on the device).</summary>
    public static class MessageNames
    {
        private static readonly string[] Types =
        {
            "None", "Hello", "Challenge", "PaymentRequest", "VoiceChunk", "Decision", "Cancel", "Keepalive", "Status",
            "Ack", "Error", "PairHello", "PairProof", "PairFinish", "PairDone", "Unpair",
        };

        private static readonly string[] Errors =
        {
            "None", "Malformed", "UnsupportedVersion", "UnknownDevice", "BadSeal", "Replayed", "ChallengeExpired",
            "ChallengeUsed", "Conflict", "UnknownRequest", "PairingRefused", "Busy", "TooLarge", "WrongState", "Internal",
        };

        /// <summary>Name of a message type.</summary>
        public static string Of(MessageType type)
        {
            return EnumNames.Of(Types, (int)type);
        }

        /// <summary>Name of a wire error.</summary>
        public static string Of(WireError error)
        {
            return EnumNames.Of(Errors, (int)error);
        }
    }
}
