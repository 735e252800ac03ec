using GlassesFirmware.Text;

namespace GlassesFirmware.Uplink.Messages
{
    /// <summary>Message types (key 0 of every message map); docs/protocol.md section 6.</summary>
    public enum MessageType
    {
        /// <summary>No message.</summary>
        None = 0,
        /// <summary>Glasses to wallet: asks for a fresh challenge.</summary>
        Hello = 1,
        /// <summary>Wallet to glasses: a single-use challenge with its time to live.</summary>
        Challenge = 2,
        /// <summary>Glasses to wallet: resolve (stage 0) or authorize (stage 1) a payment; sealed with the challenge.</summary>
        PaymentRequest = 3,
        /// <summary>Glasses to wallet: one chunk of IMA ADPCM voice for a request.</summary>
        VoiceChunk = 4,
        /// <summary>Wallet to glasses: the answer about a request id.</summary>
        Decision = 5,
        /// <summary>Glasses to wallet: withdraw a request.</summary>
        Cancel = 6,
        /// <summary>Wallet to glasses: still working on a request (HTTPS answer while pending).</summary>
        Keepalive = 7,
        /// <summary>Glasses to wallet: ask for the decision on a request id.</summary>
        Status = 8,
        /// <summary>Wallet to glasses: a voice chunk or an unpairing was received.</summary>
        Ack = 9,
        /// <summary>Wallet to glasses: a typed refusal (<see cref="WireError"/>).</summary>
        Error = 10,
        /// <summary>Glasses to wallet, pairing step 1: proves the glasses hold the pairing secret.</summary>
        PairHello = 11,
        /// <summary>Wallet to glasses, pairing step 2: proves the wallet holds it, echoes the glasses' nonce.</summary>
        PairProof = 12,
        /// <summary>Glasses to wallet, pairing step 3: echoes the wallet's nonce.</summary>
        PairFinish = 13,
        /// <summary>Wallet to glasses, pairing step 4: the pairing is stored.</summary>
        PairDone = 14,
        /// <summary>Glasses to wallet: forget this pairing.</summary>
        Unpair = 15,
    }

    /// <summary>Error codes carried by <see cref="MessageType.Error"/> (key 24); stable on the wire.</summary>
    public enum WireError
    {
        /// <summary>No error.</summary>
        None = 0,
        /// <summary>The plaintext is not a valid message (CBOR rules, schema).</summary>
        Malformed = 1,
        /// <summary>Message version not supported.</summary>
        UnsupportedVersion = 2,
        /// <summary>The routing device id is not paired (sent unsealed: transport level only).</summary>
        UnknownDevice = 3,
        /// <summary>The envelope failed its checks (tag, direction, version, length).</summary>
        BadSeal = 4,
        /// <summary>The counter is not above the highest accepted.</summary>
        Replayed = 5,
        /// <summary>The request was sealed for a challenge that is past its time to live.</summary>
        ChallengeExpired = 6,
        /// <summary>The request was sealed for a challenge already used.</summary>
        ChallengeUsed = 7,
        /// <summary>The request id is known with different content.</summary>
        Conflict = 8,
        /// <summary>No request with this id (voice chunk, authorize).</summary>
        UnknownRequest = 9,
        /// <summary>The pairing offer is unknown, expired or already used.</summary>
        PairingRefused = 10,
        /// <summary>The wallet cannot take the message now; retry later.</summary>
        Busy = 11,
        /// <summary>The message is too large.</summary>
        TooLarge = 12,
        /// <summary>The message does not fit the request's state (voice after the decision, ...).</summary>
        WrongState = 13,
        /// <summary>Anything else.</summary>
        Internal = 14,
    }

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
