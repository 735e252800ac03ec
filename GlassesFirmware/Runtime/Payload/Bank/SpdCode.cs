using GlassesFirmware.Integrity;
using GlassesFirmware.Payload.Money;
using GlassesFirmware.Text;

namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// The Short Payment Descriptor (SPAYD, Czech Banking Association, version 1.0; used in Czechia and Slovakia):
    /// "SPD*1.0*" then "KEY:value" attributes joined by "*", values percent-encoded where they hold "*" or
    /// non-ASCII. Read: ACC (IBAN, optionally "+BIC"), AM (amount), CC (ISO 4217), RN (payee name), X-VS, RF and
    /// MSG (the reference), and CRC32: 8 hex digits of the CRC-32 of the canonical form (the header, then the other
    /// attributes sorted, joined by "*"). One instance per analyzer; the attribute table is reused.
    /// </summary>
    internal sealed class SpdCode
    {
        /// <summary>Scheme name of the intent.</summary>
        public const string Scheme = "SPD";

        /// <summary>Attributes read; more are ignored (the standard defines about 20 keys).</summary>
        public const int Capacity = 32;

        private readonly int[] _start = new int[Capacity];
        private readonly int[] _colon = new int[Capacity];
        private readonly int[] _end = new int[Capacity];
        private int _count;
        private byte[] _b;

        /// <summary>True when the payload starts with "SPD*" in any case.</summary>
        public static bool Matches(byte[] b, int s, int e)
        {
            return Ascii.StartsWithIgnoreCase(b, s, e, "SPD*");
        }

        /// <summary>Validates the descriptor in [s, e) into the intent.</summary>
        public void Analyze(byte[] b, int s, int e, FindingList f, PaymentIntent r)
        {
            _b = b;
            r.Kind = PayloadKind.Spd;
            r.Scheme = Scheme;
            int version = s + 4;
            int p = version;
            while (p < e && b[p] != (byte)'*') p++;
            if (p - version != 3 || b[version] != (byte)'1' || b[version + 1] != (byte)'.' || b[version + 2] < (byte)'0' || b[version + 2] > (byte)'9')
            {
                f.Error(FindingCode.FormatIndicatorInvalid, "version", "SPD version is not 1.x");
            }

            int attributes = p < e ? p + 1 : e;
            Split(attributes, e, f);
            int crc = Find("CRC32");
            if (crc >= 0) CheckCrc(s, attributes, crc, f);

            int acc = Find("ACC");
            if (acc < 0)
            {
                f.Error(FindingCode.FieldMissing, "ACC", "no ACC (account): nothing to pay to");
            }
            else
            {
                CheckAccount(acc, f, r);
            }

            CheckMoney(f, r);
            int name = Find("RN");
            if (name >= 0 && _end[name] > _colon[name] + 1)
            {
                r.Payee = Decoded(name, f);
                r.PayeeSource = PayeeSource.AccountHolder;
            }

            int reference = Find("X-VS");
            if (reference < 0) reference = Find("RF");
            if (reference < 0) reference = Find("MSG");
            if (reference >= 0) r.PayeeDetails.Reference = Decoded(reference, f);
        }

        private void Split(int s, int e, FindingList f)
        {
            _count = 0;
            int start = s;
            for (int i = s; i <= e; i++)
            {
                if (i < e && _b[i] != (byte)'*') continue;
                if (i > start) Add(start, i, f);
                start = i + 1;
            }
        }

        private void Add(int s, int e, FindingList f)
        {
            int colon = s;
            while (colon < e && _b[colon] != (byte)':') colon++;
            if (colon == s || colon == e)
            {
                f.Relaxed(FindingCode.PayloadStructure, "attributes", "attribute without KEY:value", "ignored");
                return;
            }

            for (int k = 0; k < _count; k++)
            {
                if (colon - s == _colon[k] - _start[k] && SameKey(_start[k], s, colon - s))
                {
                    f.Relaxed(FindingCode.PayloadStructure, Utf8.GetString(_b, s, colon, 8), "attribute given twice", "the first is used");
                    return;
                }
            }

            if (_count == Capacity)
            {
                f.Relaxed(FindingCode.PayloadStructure, "attributes", "more than " + Capacity + " attributes", "the rest ignored");
                return;
            }

            _start[_count] = s;
            _colon[_count] = colon;
            _end[_count] = e;
            _count++;
        }

        private bool SameKey(int a, int c, int n)
        {
            for (int i = 0; i < n; i++)
            {
                if (Ascii.Upper(_b[a + i]) != Ascii.Upper(_b[c + i])) return false;
            }

            return true;
        }

        /// <summary>Index of the attribute with this key (keys compared without case), or -1.</summary>
        private int Find(string key)
        {
            for (int k = 0; k < _count; k++)
            {
                if (_colon[k] - _start[k] == key.Length && Ascii.StartsWithIgnoreCase(_b, _start[k], _colon[k], key)) return k;
            }

            return -1;
        }

        /// <summary>
        /// CRC32 is the CRC-32 (IEEE) of the canonical form: the header as written ("SPD*1.0*"), then every other
        /// attribute in ordinal order of its "KEY:value" text, joined by "*". Compared without case.
        /// </summary>
        private void CheckCrc(int s, int attributes, int crc, FindingList f)
        {
            int vs = _colon[crc] + 1;
            if (_end[crc] - vs != 8 || !IsHex(vs, _end[crc]))
            {
                f.Error(FindingCode.CrcMissing, "CRC32", "CRC32 is not 8 hex digits");
                return;
            }

            byte[] canonical = new byte[_end[_count - 1] - s + 1];
            int n = 0;
            for (int i = s; i < attributes; i++) canonical[n++] = _b[i];
            int previous = -1;
            bool first = true;
            for (int round = 0; round < _count; round++)
            {
                int next = -1;
                for (int k = 0; k < _count; k++)
                {
                    if (k == crc || (previous >= 0 && Compare(k, previous) <= 0)) continue;
                    if (next < 0 || Compare(k, next) < 0) next = k;
                }

                if (next < 0) break;
                if (!first) canonical[n++] = (byte)'*';
                for (int i = _start[next]; i < _end[next]; i++) canonical[n++] = _b[i];
                first = false;
                previous = next;
            }

            uint expected = Crc32.Compute(canonical, 0, n);
            uint stated = 0;
            for (int i = vs; i < vs + 8; i++) stated = (stated << 4) | (uint)HexValue(_b[i]);
            if (stated != expected) f.Error(FindingCode.CrcMismatch, "CRC32", "CRC32 does not match the attributes: misread or edited");
        }

        /// <summary>Ordinal comparison of the "KEY:value" texts of two attributes.</summary>
        private int Compare(int a, int c)
        {
            int la = _end[a] - _start[a];
            int lc = _end[c] - _start[c];
            int n = la < lc ? la : lc;
            for (int i = 0; i < n; i++)
            {
                int d = _b[_start[a] + i] - _b[_start[c] + i];
                if (d != 0) return d;
            }

            return la - lc;
        }

        private void CheckAccount(int acc, FindingList f, PaymentIntent r)
        {
            int s = _colon[acc] + 1;
            int e = _end[acc];
            int plus = s;
            while (plus < e && _b[plus] != (byte)'+') plus++;
            if (BankFields.CheckIban(_b, s, plus, "ACC", f, r) && plus < e && !Bic.IsWellFormed(_b, plus + 1, e))
            {
                f.Error(FindingCode.BicFormat, "ACC", "the BIC after + is not 8 or 11 characters of the ISO 9362 form");
            }
        }

        /// <summary>
        /// CC, or when it is absent the currency of the account's country (CZK for CZ, EUR for SK) with a warning;
        /// then AM (at most 10 characters, two decimals, up to 9,999,999.99).
        /// </summary>
        private void CheckMoney(FindingList f, PaymentIntent r)
        {
            r.AmountNeeded = true;
            int cc = Find("CC");
            int numeric = -1;
            if (cc >= 0)
            {
                numeric = AlphaCurrency(_colon[cc] + 1, _end[cc]);
                if (numeric < 0)
                {
                    f.Error(FindingCode.CurrencyUnknown, "CC", "CC is not an ISO 4217 currency in use");
                    return;
                }
            }
            else if (r.PayeeDetails.Country == "CZ" || r.PayeeDetails.Country == "SK")
            {
                numeric = r.PayeeDetails.Country == "CZ" ? 203 : BankFields.Euro;
                f.Warning(FindingCode.FieldMissing, "CC", "no CC: the currency of the account's country is assumed");
            }
            else
            {
                if (r.PayeeDetails.Account != null) f.Error(FindingCode.FieldMissing, "CC", "no CC, and the account is neither Czech nor Slovak: the currency is unknown");
                return;
            }

            BankFields.SetCurrency(r, numeric);
            int am = Find("AM");
            if (am >= 0) BankFields.ReadAmount(_b, _colon[am] + 1, _end[am], 10, 999999999L, "AM", f, r);
            r.AmountNeeded = !r.HasAmount;
        }

        /// <summary>The ISO 4217 numeric code of three capital letters in [s, e), or -1.</summary>
        private int AlphaCurrency(int s, int e)
        {
            if (e - s != 3) return -1;
            for (int i = s; i < e; i++)
            {
                if (_b[i] < (byte)'A' || _b[i] > (byte)'Z') return -1;
            }

            return CurrencyTable.NumericOfAlpha(_b, s, e);
        }

        /// <summary>The value of an attribute, percent-decoded ("%2A" is "*") and read as UTF-8.</summary>
        private string Decoded(int k, FindingList f)
        {
            int s = _colon[k] + 1;
            int e = _end[k];
            byte[] bytes = new byte[e - s];
            int n = 0;
            for (int i = s; i < e; i++)
            {
                if (_b[i] == (byte)'%' && i + 2 < e && IsHex(i + 1, i + 3))
                {
                    bytes[n++] = (byte)(HexValue(_b[i + 1]) * 16 + HexValue(_b[i + 2]));
                    i += 2;
                }
                else
                {
                    bytes[n++] = _b[i];
                }
            }

            if (!Utf8.IsValid(bytes, 0, n)) f.Warning(FindingCode.FieldCharset, Utf8.GetString(_b, _start[k], _colon[k], 8), "percent-encoded bytes are not UTF-8");
            return Utf8.GetString(bytes, 0, n);
        }

        private bool IsHex(int s, int e)
        {
            for (int i = s; i < e; i++)
            {
                if (HexValue(_b[i]) < 0) return false;
            }

            return true;
        }

        private static int HexValue(byte c)
        {
            if (c >= (byte)'0' && c <= (byte)'9') return c - '0';
            int u = Ascii.Upper(c);
            return u >= 'A' && u <= 'F' ? u - 'A' + 10 : -1;
        }
    }
}
