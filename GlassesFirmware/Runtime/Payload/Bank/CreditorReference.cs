namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// The structured creditor reference of ISO 11649 ("RF18539007547034"): "RF", two check digits, then 1 to 21
    /// letters or digits, 5 to 25 characters in all, valid when MOD 97-10 over the rearranged string leaves 1.
    /// Used by EPC069-12 (line 10), the Swiss QR-bill (reference type SCOR) and others.
    /// </summary>
    public static class CreditorReference
    {
        /// <summary>Longest reference: "RF", two check digits and 21 characters.</summary>
        public const int MaxLength = 25;

        /// <summary>True when [start, end) starts with "RF" (either case): it claims to be an ISO 11649 reference.</summary>
        public static bool ClaimsToBe(byte[] b, int start, int end)
        {
            return Ascii.StartsWithIgnoreCase(b, start, end, "RF");
        }

        /// <summary>What is wrong with the reference in [start, end), or <see cref="IbanStatus.Ok"/> (the same three outcomes as an IBAN).</summary>
        public static IbanStatus Check(byte[] b, int start, int end)
        {
            int n = end - start;
            if (n < 5 || n > MaxLength || !ClaimsToBe(b, start, end)) return IbanStatus.Format;
            if (b[start + 2] < (byte)'0' || b[start + 2] > (byte)'9' || b[start + 3] < (byte)'0' || b[start + 3] > (byte)'9') return IbanStatus.Format;
            int r = Mod97.OfRearranged(b, start, end);
            if (r < 0) return IbanStatus.Format;
            return r == 1 ? IbanStatus.Ok : IbanStatus.Checksum;
        }
    }
}
