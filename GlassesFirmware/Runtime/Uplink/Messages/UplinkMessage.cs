namespace GlassesFirmware.Uplink.Messages
{
    /// <summary>
    /// Any uplink message (docs/protocol.md section 6) as one reusable object: <see cref="MessageCodec"/> fills
    /// it from bytes or writes it to bytes, so a link keeps one instance per direction and allocates only
    /// for text. Which fields travel depends on <see cref="Type"/> (the key table of section 6.2); the others
    /// are ignored when encoding and cleared when decoding.
    /// </summary>
    public sealed class UplinkMessage
    {
        /// <summary>Length of request ids, challenges and nonces.</summary>
        public const int IdLength = 16;

        /// <summary>Length of the SHA-256 hashes (payload, readback).</summary>
        public const int HashLength = 32;

        /// <summary>Longest raw QR payload carried by a payment request.</summary>
        public const int MaxPayloadLength = 1024;

        /// <summary>Longest voice chunk.</summary>
        public const int MaxVoiceLength = 4096;

        /// <summary>Longest anchor certificate (DER) in a PairDone.</summary>
        public const int MaxCertificateLength = 2048;

        /// <summary>Longest text field in characters.</summary>
        public const int MaxTextLength = 256;

        /// <summary>Key 0: what the message is.</summary>
        public MessageType Type;

        /// <summary>Key 1: message-layer version; always <see cref="MessageCodec.Version"/> when encoding.</summary>
        public int Version;

        /// <summary>Key 2 (wallet to glasses): the envelope counter of the glasses message this answers.</summary>
        public ulong ReplyTo;

        /// <summary>Key 3: the request id (idempotency key).</summary>
        public readonly byte[] RequestId = new byte[IdLength];

        /// <summary>True when <see cref="RequestId"/> travels in an <see cref="MessageType.Ack"/> or <see cref="MessageType.Error"/>.</summary>
        public bool HasRequestId;

        /// <summary>Key 4: the wallet's single-use challenge.</summary>
        public readonly byte[] Challenge = new byte[IdLength];

        /// <summary>Key 5: the challenge's time to live in milliseconds.</summary>
        public int TtlMs;

        /// <summary>The keys only a PaymentRequest carries (6, 7, 10, 12 to 15).</summary>
        public readonly PaymentFields Payment = new PaymentFields();

        /// <summary>Key 8: amount in minor units, or -1 when unknown.</summary>
        public long AmountMinor;

        /// <summary>Key 9: ISO 4217 numeric currency, or -1.</summary>
        public int CurrencyNumeric;

        /// <summary>Key 11 (raw QR payload), key 19 (voice) or key 27 (anchor certificate): the first <see cref="DataLength"/> bytes.</summary>
        public readonly byte[] Data = new byte[MaxVoiceLength];

        /// <summary>Valid bytes in <see cref="Data"/>.</summary>
        public int DataLength;

        /// <summary>The keys of a VoiceChunk (16 to 18, 28); an Ack of a chunk repeats its sequence.</summary>
        public readonly VoiceFields Voice = new VoiceFields();

        /// <summary>The keys only a Decision carries (20 to 22).</summary>
        public readonly DecisionFields Decision = new DecisionFields();

        /// <summary>Key 23: 1 = processing, 2 = waiting for the wallet's user.</summary>
        public int KeepaliveStatus;

        /// <summary>Key 24: the error code.</summary>
        public WireError ErrorCode;

        /// <summary>The pairing nonces (keys 25 and 26).</summary>
        public readonly PairingNonces Nonces = new PairingNonces();

        /// <summary>Clears every field and sets <see cref="Type"/>.</summary>
        public void Reset(MessageType type)
        {
            Type = type;
            Version = MessageCodec.Version;
            ReplyTo = 0;
            HasRequestId = false;
            System.Array.Clear(RequestId, 0, IdLength);
            System.Array.Clear(Challenge, 0, IdLength);
            TtlMs = 0;
            Payment.Clear();
            AmountMinor = -1;
            CurrencyNumeric = -1;
            System.Array.Clear(Data, 0, DataLength);
            DataLength = 0;
            Voice.Clear();
            Decision.Clear();
            KeepaliveStatus = 0;
            ErrorCode = WireError.None;
            Nonces.Clear();
        }

        /// <summary>Copies <paramref name="count"/> bytes into <see cref="Data"/>; false when longer than its capacity.</summary>
        public bool SetData(byte[] source, int offset, int count)
        {
            if (source == null || count < 0 || count > Data.Length || offset < 0 || offset > source.Length - count)
            {
                return false;
            }

            System.Array.Copy(source, offset, Data, 0, count);
            DataLength = count;
            return true;
        }
    }
}
