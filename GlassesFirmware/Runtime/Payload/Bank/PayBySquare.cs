namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// PAY by square (Slovak Banking Association): base32hex ("0-9A-V", no padding) of a 2-byte header (by-square
    /// type 0 = PAY, version, document type 0 = payment order, reserved), the 2-byte little-endian length of the
    /// data, and the data as a raw LZMA stream. Recognised by its alphabet and header; the LZMA stream is not
    /// decoded on the device (its decoder and dictionary do not fit the payload budget), so the code is forwarded
    /// whole and the wallet reads the payee and amount.
    /// </summary>
    internal static class PayBySquare
    {
        /// <summary>Scheme name of the intent.</summary>
        public const string Scheme = "PAY by square";

        /// <summary>Shortest code taken for PAY by square: header and length (7 characters) and some LZMA data.</summary>
        public const int MinChars = 32;

        /// <summary>Highest header version taken (0 is 1.0.0, 1 is 1.1.0; a little room for later releases).</summary>
        public const int MaxVersion = 3;

        /// <summary>Largest decompressed size accepted in the header (a PAY by square order is a few hundred bytes).</summary>
        public const int MaxDataBytes = 16384;

        /// <summary>
        /// True for base32hex text of at least <see cref="MinChars"/> characters, with a letter, whose header is a
        /// PAY by square payment order (type 0, version up to <see cref="MaxVersion"/>, document type 0, reserved 0) with a plausible data length.
        /// </summary>
        public static bool Matches(byte[] b, int s, int e)
        {
            if (e - s < MinChars) return false;
            bool letter = false;
            for (int i = s; i < e; i++)
            {
                int v = Value(b[i]);
                if (v < 0) return false;
                letter |= v >= 10;
            }

            // The first 32 bits: 6 characters carry 30, the seventh the last 2.
            long bits = 0;
            for (int i = s; i < s + 7; i++) bits = (bits << 5) | (long)Value(b[i]);
            int header = (int)(bits >> 19) & 0xFFFF;
            int length = (int)((bits >> 3) & 0xFFFF);
            length = ((length & 0xFF) << 8) | (length >> 8);
            bool order = (header >> 12) == 0 && ((header >> 8) & 0xF) <= MaxVersion && ((header >> 4) & 0xF) == 0 && (header & 0xF) == 0;
            return letter && order && length > 0 && length <= MaxDataBytes;
        }

        /// <summary>Classifies the code: forwarded to the wallet undecoded, with a warning that says so.</summary>
        public static void Analyze(FindingList f, PaymentIntent r)
        {
            r.Kind = PayloadKind.PayBySquare;
            r.Scheme = Scheme;
            f.Warning(FindingCode.PayloadNotDecoded, null, "PAY by square data is LZMA-compressed and not decoded on the glasses; the wallet reads payee and amount");
        }

        /// <summary>Value of a base32hex character (capitals only, as the format writes them), or -1.</summary>
        private static int Value(byte c)
        {
            if (c >= (byte)'0' && c <= (byte)'9') return c - '0';
            if (c >= (byte)'A' && c <= (byte)'V') return c - 'A' + 10;
            return -1;
        }
    }
}
