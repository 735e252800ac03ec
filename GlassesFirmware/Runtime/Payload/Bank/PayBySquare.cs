using GlassesFirmware.Integrity;
using GlassesFirmware.Payload.Money;
using GlassesFirmware.Text;

namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// PAY by square (Slovak Banking Association): base32hex ("0-9A-V", no padding) of a 2-byte header (by-square
    /// type 0 = PAY, version, document type 0 = payment order, reserved), the 2-byte little-endian length of the
    /// data, and the data as a raw LZMA stream: a CRC-32 (little-endian) and the tab-separated order. Recognised
    /// by its alphabet and header. Codes of up to <see cref="DecodeMaxChars"/> characters and
    /// <see cref="DecodeMaxBytes"/> bytes of data are decoded on the device (the output is the LZMA dictionary);
    /// longer ones are forwarded whole, with a warning and a readback that leaves payee and amount to the wallet.
    /// </summary>
    internal sealed class PayBySquare
    {
        // Reused per analyzer; the decoder's probability table (16 KB) is made on the first PAY by square code.
        private readonly int[] _starts = new int[48];
        private readonly int[] _ends = new int[48];
        private byte[] _packed;
        private byte[] _data;
        private LzmaDecoder _lzma;

        /// <summary>Scheme name of the intent.</summary>
        public const string Scheme = "PAY by square";

        /// <summary>Shortest code taken for PAY by square: header and length (7 characters) and some LZMA data.</summary>
        public const int MinChars = 32;

        /// <summary>Highest header version taken (0 is 1.0.0, 1 is 1.1.0; a little room for later releases).</summary>
        public const int MaxVersion = 3;

        /// <summary>
        /// Largest data decoded on the glasses: LZMA costs the interpreter about 900 IL instructions per byte, so a
        /// code of up to <see cref="DecodeMaxChars"/> characters with this much data stays within the payload budget
        /// of 150,000 (docs/performance.md). A typical order (IBAN, amount, variable symbol, a short name) is 70-95 bytes.
        /// </summary>
        public const int DecodeMaxBytes = 96;

        /// <summary>Longest code decoded on the glasses (see <see cref="DecodeMaxBytes"/>).</summary>
        public const int DecodeMaxChars = 200;

        /// <summary>Largest decompressed size accepted in the header (a PAY by square order is a few hundred bytes).</summary>
        public const int MaxDataBytes = 4096;

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

            int header = Header(b, s);
            int length = DataLength(b, s);
            bool order = (header >> 12) == 0 && ((header >> 8) & 0xF) <= MaxVersion && ((header >> 4) & 0xF) == 0 && (header & 0xF) == 0;
            return letter && order && length > 0 && length <= MaxDataBytes;
        }

        // The first 32 bits: 6 characters carry 30, the seventh the last 2. The header is the first 16 bits.
        private static long First35Bits(byte[] b, int s)
        {
            long bits = 0;
            for (int i = s; i < s + 7; i++) bits = (bits << 5) | (long)Value(b[i]);
            return bits;
        }

        private static int Header(byte[] b, int s)
        {
            return (int)(First35Bits(b, s) >> 19) & 0xFFFF;
        }

        /// <summary>The data length of the header's bytes 2-3 (little-endian).</summary>
        private static int DataLength(byte[] b, int s)
        {
            int length = (int)((First35Bits(b, s) >> 3) & 0xFFFF);
            return ((length & 0xFF) << 8) | (length >> 8);
        }

        /// <summary>
        /// Decodes the code into the intent: base32hex to bytes, the LZMA stream (lc 3, lp 0, pb 2) to the data, its
        /// CRC-32, then the tab-separated first payment (amount, currency, variable symbol, first IBAN, beneficiary
        /// name). A stream that does not decode, or a CRC that fails, is an error: the code was misread or damaged.
        /// </summary>
        public void Analyze(byte[] b, int s, int e, FindingList f, PaymentIntent r)
        {
            r.Kind = PayloadKind.PayBySquare;
            r.Scheme = Scheme;
            if (e - s > DecodeMaxChars || DataLength(b, s) > DecodeMaxBytes)
            {
                f.Warning(FindingCode.PayloadNotDecoded, null, "PAY by square code too long to decode within the glasses' budget; forwarded whole, the wallet reads payee and amount");
                return;
            }

            int packed = (e - s) * 5 / 8;
            if (_packed == null || _packed.Length < packed) _packed = new byte[packed];
            // Five bits per character, a byte out whenever eight are in; trailing bits (padding) are dropped.
            int acc = 0;
            int bits = 0;
            int n = 0;
            for (int i = s; i < e; i++)
            {
                acc = (acc << 5) | Value(b[i]);
                bits += 5;
                if (bits >= 8)
                {
                    bits -= 8;
                    _packed[n++] = (byte)(acc >> bits);
                    acc &= (1 << bits) - 1;
                }
            }

            int length = DataLength(b, s);
            if (_data == null || _data.Length < length) _data = new byte[length];
            if (_lzma == null) _lzma = new LzmaDecoder(3, 0, 2);
            if (length < 5 || !_lzma.Decode(_packed, 4, packed, _data, length))
            {
                f.Error(FindingCode.PayloadNotDecoded, null, "PAY by square data does not decode (LZMA): misread or damaged");
                return;
            }

            uint stated = (uint)(_data[0] | (_data[1] << 8) | (_data[2] << 16) | (_data[3] << 24));
            if (Crc32.Compute(_data, 4, length - 4) != stated)
            {
                f.Error(FindingCode.CrcMismatch, null, "PAY by square data does not match its CRC-32: misread or edited");
                return;
            }

            ReadOrder(_data, 4, length, f, r);
        }

        /// <summary>
        /// The fields of the order, separated by tabs: invoice ID, payment count, then per payment: type, amount,
        /// currency, due date, variable, constant and specific symbols, originator reference, note, account count,
        /// IBAN and BIC per account, standing-order flag (+4 fields), direct-debit flag (+10 fields), beneficiary
        /// name. Only the first payment is read.
        /// </summary>
        private void ReadOrder(byte[] d, int s, int e, FindingList f, PaymentIntent r)
        {
            int fields = 0;
            int start = s;
            for (int i = s; i <= e && fields < _starts.Length; i++)
            {
                if (i < e && d[i] != (byte)'\t') continue;
                _starts[fields] = start;
                _ends[fields] = i;
                fields++;
                start = i + 1;
            }

            for (int i = fields; i < _starts.Length; i++)
            {
                _starts[i] = e;
                _ends[i] = e;
            }

            if (!Ascii.EqualsIgnoreCase(d, _starts[1], _ends[1], "1")) f.Warning(FindingCode.PayloadStructure, "payments", "more than one payment or none stated: only the first is read");
            int numeric = CurrencyTable.NumericOfAlpha(d, _starts[4], _ends[4]);
            r.AmountNeeded = true;
            if (numeric < 0)
            {
                f.Error(FindingCode.CurrencyUnknown, "currency", "currency is not an ISO 4217 code in use");
            }
            else
            {
                BankFields.SetCurrency(r, numeric);
                if (_ends[3] > _starts[3]) BankFields.ReadAmount(d, _starts[3], _ends[3], 13, 999999999999L, "amount", f, r);
                r.AmountNeeded = !r.HasAmount;
            }

            if (_ends[6] > _starts[6]) r.PayeeDetails.Reference = Utf8.GetString(d, _starts[6], _ends[6]);
            else if (_ends[9] > _starts[9]) r.PayeeDetails.Reference = Utf8.GetString(d, _starts[9], _ends[9]);
            int accounts = _ends[11] - _starts[11] == 1 ? d[_starts[11]] - '0' : 0;
            if (accounts < 1 || accounts > 9)
            {
                f.Error(FindingCode.FieldMissing, "iban", "no bank account: nothing to pay to");
                return;
            }

            BankFields.CheckIban(d, _starts[12], _ends[12], "iban", f, r);
            int next = 12 + 2 * accounts;
            if (Ascii.EqualsIgnoreCase(d, _starts[next], _ends[next], "1")) next += 4;
            next++;
            if (Ascii.EqualsIgnoreCase(d, _starts[next], _ends[next], "1")) next += 10;
            next++;
            if (next < _starts.Length && _ends[next] > _starts[next])
            {
                r.Payee = Utf8.GetString(d, _starts[next], _ends[next]);
                r.PayeeSource = PayeeSource.AccountHolder;
            }
        }

        /// <summary>Value of a base32hex character (capitals only, as the format writes them), or -1.</summary>
        private static int Value(byte c)
        {
            return c < Alphabet.Length ? Alphabet[c] : -1;
        }

        // base32hex value of each ASCII code ("0-9A-V"), -1 elsewhere: one array load per character instead of compares.
        private static readonly sbyte[] Alphabet = BuildAlphabet();

        private static sbyte[] BuildAlphabet()
        {
            sbyte[] table = new sbyte[128];
            for (int i = 0; i < table.Length; i++) table[i] = -1;
            for (int i = 0; i < 10; i++) table['0' + i] = (sbyte)i;
            for (int i = 0; i < 22; i++) table['A' + i] = (sbyte)(10 + i);
            return table;
        }
    }
}
