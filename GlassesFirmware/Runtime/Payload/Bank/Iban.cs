namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// IBAN checks (ISO 13616) on bytes in place: two capital letters, two check digits, capital letters and digits,
    /// the length its country registers (SWIFT IBAN registry), and MOD 97-10. Spaces are not allowed: the QR
    /// formats that carry an IBAN (EPC069-12, Swiss QR-bill, SPD) all write it without them.
    /// </summary>
    public static class Iban
    {
        /// <summary>Shortest IBAN of any country (Norway).</summary>
        public const int MinLength = 15;

        /// <summary>Longest IBAN the standard allows.</summary>
        public const int MaxLength = 34;

        // Country code and registered length, two letters and two digits each, in alphabetical order.
        private const string Lengths =
            "AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28EE20EG29ES24FI18FK18" +
            "FO18FR27GB22GE22GI23GL18GR27GT28HN28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32LI21LT20LU20LV21" +
            "LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18NO15OM23PK24PL28PS29PT25QA29RO24RS22RU33SA24SC31SD18SE24" +
            "SI19SK24SM27SO23ST25SV28TL23TN24TR26UA29VA22VG24XK20YE30";

        /// <summary>What is wrong with the IBAN in [start, end), or <see cref="IbanStatus.Ok"/>.</summary>
        public static IbanStatus Check(byte[] b, int start, int end)
        {
            int n = end - start;
            if (n < MinLength || n > MaxLength) return IbanStatus.Format;
            if (!IsCapital(b[start]) || !IsCapital(b[start + 1]) || !IsDigit(b[start + 2]) || !IsDigit(b[start + 3])) return IbanStatus.Format;
            for (int i = start + 4; i < end; i++)
            {
                if (!IsCapital(b[i]) && !IsDigit(b[i])) return IbanStatus.Format;
            }

            int registered = RegisteredLength(b[start], b[start + 1]);
            if (registered > 0 && registered != n) return IbanStatus.Format;
            return Mod97.IsValid(b, start, end) ? IbanStatus.Ok : IbanStatus.Checksum;
        }

        /// <summary>The registered IBAN length of a country, or 0 when the country is not in the registry table.</summary>
        public static int RegisteredLength(byte c0, byte c1)
        {
            // IndexOf is native on the device; a match must start an entry (a multiple of 4).
            string country = new string(new[] { (char)c0, (char)c1 });
            int p = Lengths.IndexOf(country);
            while (p >= 0 && p % 4 != 0) p = Lengths.IndexOf(country, p + 1);
            if (p < 0) return 0;
            return (Lengths[p + 2] - '0') * 10 + (Lengths[p + 3] - '0');
        }

        private static bool IsCapital(byte c)
        {
            return c >= (byte)'A' && c <= (byte)'Z';
        }

        private static bool IsDigit(byte c)
        {
            return c >= (byte)'0' && c <= (byte)'9';
        }
    }
}
