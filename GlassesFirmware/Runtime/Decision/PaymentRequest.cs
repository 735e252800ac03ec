using GlassesFirmware.Payload;

namespace GlassesFirmware.Decision
{
    /// <summary>
    /// What the glasses ask the wallet to pay: the scanned payload exactly as decoded, what the glasses
    /// understood of it, and the bookkeeping that makes it exactly-once. Owned by the session and reused for
    /// every request: <see cref="IWalletClient.Submit"/> must copy what it keeps.
    /// </summary>
    public sealed class PaymentRequest
    {
        /// <summary>Length of <see cref="RequestId"/> in bytes.</summary>
        public const int IdLength = 16;

        /// <summary>Creates an empty request with a payload buffer of <paramref name="payloadCapacity"/> bytes.</summary>
        public PaymentRequest(int payloadCapacity)
        {
            RequestId = new byte[IdLength];
            Payload = new byte[payloadCapacity];
        }

        /// <summary>Idempotency key: the same for every retry, resume and status query of this payment.</summary>
        public readonly byte[] RequestId;

        /// <summary>The device's request counter when this request was made (persisted, strictly increasing).</summary>
        public long Counter;

        /// <summary>Decoded QR payload bytes; the first <see cref="PayloadLength"/> are valid.</summary>
        public readonly byte[] Payload;

        /// <summary>Number of valid bytes in <see cref="Payload"/>.</summary>
        public int PayloadLength;

        /// <summary>
        /// The code's canonical content digest (<see cref="PaymentIntent.ContentDigest"/>): kept in the in-flight
        /// record and, once a dynamic code is approved, in the paid list, so the same code is never paid twice
        /// however it is encoded. The wallet receives the SHA-256 of <see cref="Payload"/> itself.
        /// </summary>
        public long ContentDigest;

        /// <summary>Kind from the payload classifier.</summary>
        public PayloadKind Kind;

        /// <summary>True for a single-use (point of initiation 12) code.</summary>
        public bool Dynamic;

        /// <summary>Amount in minor units as read from the code, or -1 when the code has none.</summary>
        public long AmountMinor;

        /// <summary>ISO 4217 numeric currency from the code, or -1.</summary>
        public int CurrencyNumeric;

        /// <summary>Payee name as printed in the code, or null.</summary>
        public string Payee;

        /// <summary>What armed the session.</summary>
        public TriggerSource Trigger;
    }
}
