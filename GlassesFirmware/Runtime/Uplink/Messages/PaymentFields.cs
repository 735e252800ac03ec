namespace GlassesFirmware.Uplink.Messages
{
    /// <summary>
    /// The keys only a PaymentRequest carries (docs/protocol.md section 6.2): stage, payee, payload hash and kind, the
    /// dynamic flag and, in stage 1, the readback hash and confirmation method. Amount, currency and the raw payload stay
    /// on <see cref="UplinkMessage"/>, which a Decision and a VoiceChunk share.
    /// </summary>
    public sealed class PaymentFields
    {
        /// <summary>Key 6: 0 = resolve (no readback yet), 1 = authorize (the wearer confirmed).</summary>
        public int Stage;

        /// <summary>Key 7: payee as the glasses understood and spoke it (QR text), or null.</summary>
        public string Payee;

        /// <summary>Key 10: SHA-256 of the raw QR payload bytes.</summary>
        public readonly byte[] PayloadHash = new byte[UplinkMessage.HashLength];

        /// <summary>Key 12: the payload classifier's kind.</summary>
        public int PayloadKind;

        /// <summary>Key 13: single-use (dynamic) code.</summary>
        public bool Dynamic;

        /// <summary>Key 14 (stage 1): SHA-256 of the UTF-8 readback sentence spoken to the wearer.</summary>
        public readonly byte[] ReadbackHash = new byte[UplinkMessage.HashLength];

        /// <summary>Key 15 (stage 1): how the wearer confirmed (ConfirmationMethod).</summary>
        public int Method;

        /// <summary>Clears every key.</summary>
        public void Clear()
        {
            Stage = 0;
            Payee = null;
            System.Array.Clear(PayloadHash, 0, UplinkMessage.HashLength);
            PayloadKind = 0;
            Dynamic = false;
            System.Array.Clear(ReadbackHash, 0, UplinkMessage.HashLength);
            Method = 0;
        }
    }
}
