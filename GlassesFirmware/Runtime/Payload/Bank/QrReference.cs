namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// The Swiss QR reference (QRR, formerly the ISR reference): 27 digits, the last a check digit by the
    /// recursive modulo 10 of the Swiss Implementation Guidelines (the carry runs through a fixed table; a valid
    /// reference ends with carry 0). Only valid with a QR-IBAN.
    /// </summary>
    public static class QrReference
    {
        /// <summary>Length of a QR reference.</summary>
        public const int Length = 27;

        // Carry table of the recursive modulo 10 (SIX), indexed by (carry + digit) % 10.
        private static readonly byte[] Carry = { 0, 9, 4, 6, 8, 2, 7, 1, 3, 5 };

        /// <summary>What is wrong with the reference in [start, end), or <see cref="IbanStatus.Ok"/>.</summary>
        public static IbanStatus Check(byte[] b, int start, int end)
        {
            if (end - start != Length || !Ascii.IsDigits(b, start, end)) return IbanStatus.Format;
            int carry = 0;
            for (int i = start; i < end; i++) carry = Carry[(carry + b[i] - '0') % 10];
            return carry == 0 ? IbanStatus.Ok : IbanStatus.Checksum;
        }
    }
}
