using GlassesFirmware.Integrity;
using GlassesFirmware.Payload.Money;
using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Parses and validates an EMVCo merchant-presented payload (MPM v1.0 plus the v1.1 62.10/62.11
    /// objects) in place on its UTF-8 bytes, filling a <see cref="PaymentIntent"/> and findings.
    /// Not thread-safe: one instance per scanning loop (its object table is reused).
    /// </summary>
    internal sealed class EmvValidator
    {
        private const string P2pHandling = "P2P scheme: resolve payee name via wallet lookup";
        private const string OpaqueHandling = "template kept opaque";

        private readonly EmvTlv _tlv = new EmvTlv();
        private readonly long[] _childSum = new long[EmvTlv.Capacity];     // content digest: sum of each object's children
        private readonly bool[] _hasChildren = new bool[EmvTlv.Capacity];
        private readonly int[] _root = new int[100];       // index of the first root object with each ID
        private readonly int[] _rootStamp = new int[100];  // _scan when _root[id] was set
        private int _scan;
        private readonly int[] _seen = new int[100];   // stamp of the template in which an ID was last seen
        private int _stamp;
        private byte[] _b;
        private FindingList _f;
        private bool _byteLengths;

        /// <summary>
        /// Validates [start, end), known to be well-formed UTF-8 with every multi-byte character in
        /// [multibyteStart, multibyteEnd) (see <see cref="Utf8.FindInvalid"/>).
        /// </summary>
        public void Validate(byte[] b, int start, int end, int multibyteStart, int multibyteEnd, string language, FindingList f, PaymentIntent r)
        {
            _b = b;
            _f = f;
            _byteLengths = false;
            _tlv.Reset(multibyteStart, multibyteEnd);

            bool crcValid = CheckCrc(start, end);
            int chars = end - start > 512 ? Chars(start, end) : 0;
            if (chars > 512)
            {
                f.Warning(FindingCode.PayloadTooLong, null, "payload has " + chars + " characters; EMVCo says it should not exceed 512");
            }

            if (!TokenizeRoot(start, end, crcValid)) return;

            int rootCount = _tlv.Count;
            CheckRootStructure(rootCount);

            int scheme = ResolveAccounts(r);
            bool p2p = scheme >= 0 && SchemeTable.PayeeNeedsLookup(scheme);

            CheckFormatIndicator();
            CheckInitiation(r);
            CheckNumeric(52, 4, "MCC", p2p);
            int currency = CheckCurrency(r);
            CheckAmounts(r, currency);
            CheckCountry(r);
            CheckCurrencyCountry(r, currency);
            CheckText(59, 25, "merchant name", p2p);
            CheckText(60, 15, "merchant city", p2p);
            CheckText(61, 10, "postal code", false);
            CheckAdditionalData(r);
            bool localized = CheckLanguageTemplate(language, r);
            for (int id = 65; id <= 79; id++)
            {
                if (Root(id) >= 0) f.Warning(FindingCode.FieldReserved, Tag(id), Tag(id) + " is RFU for EMVCo");
            }

            for (int id = 80; id <= 99; id++)
            {
                if (Root(id) >= 0) CheckTemplate(Root(id), id, false);
            }

            if (!localized) ChoosePayee(r);
            r.ContentDigest = ContentDigest();
        }

        /// <summary>
        /// Digest of the data objects other than 63, independent of their order and of the CRC's hex case:
        /// an object is its ID and value, or its ID and the sum of its children's digests when it was
        /// opened as a template. Children are stored after their parent, so one backward pass suffices.
        /// </summary>
        private long ContentDigest()
        {
            int count = _tlv.Count;
            for (int i = 0; i < count; i++)
            {
                _childSum[i] = 0;
                _hasChildren[i] = false;
            }

            long root = 0;
            for (int i = count - 1; i >= 0; i--)
            {
                long h = Fnv1a64.Add(Fnv1a64.Offset, _tlv.Id[i]);
                h = _hasChildren[i] ? Fnv1a64.AddLong(h, _childSum[i]) : Fnv1a64.Add(h, _b, _tlv.Start[i], _tlv.End[i]);
                int parent = _tlv.Parent[i];
                if (parent >= 0)
                {
                    _childSum[parent] = unchecked(_childSum[parent] + h);
                    _hasChildren[parent] = true;
                }
                else if (_tlv.Id[i] != 63)
                {
                    root = unchecked(root + h);
                }
            }

            return Fnv1a64.AddLong(Fnv1a64.Offset, root);
        }

        // ---- integrity and structure ----

        private bool CheckCrc(int start, int end)
        {
            int p = end - 8;
            if (end - start < 8 || _b[p] != (byte)'6' || _b[p + 1] != (byte)'3' || _b[p + 2] != (byte)'0' || _b[p + 3] != (byte)'4'
                || Hex(p + 4) < 0 || Hex(p + 5) < 0 || Hex(p + 6) < 0 || Hex(p + 7) < 0)
            {
                _f.Error(FindingCode.CrcMissing, "63", "payload does not end with 6304 and four hex digits");
                return false;
            }

            int given = (Hex(p + 4) << 12) | (Hex(p + 5) << 8) | (Hex(p + 6) << 4) | Hex(p + 7);
            int computed = Crc16Ccitt.Compute(_b, start, end - start - 4);
            string written = Utf8.GetString(_b, p + 4, end);
            if (given != computed)
            {
                _f.Error(FindingCode.CrcMismatch, "63", "CRC mismatch: payload says " + written + ", computed " + Hex4(computed));
                return false;
            }

            for (int i = p + 4; i < end; i++)
            {
                if (_b[i] >= (byte)'a')
                {
                    _f.Warning(FindingCode.CrcLowerCase, "63", "CRC hex in lower case (" + written + "); compare case-insensitively");
                    break;
                }
            }

            return true;
        }

        private bool TokenizeRoot(int start, int end, bool crcValid)
        {
            if (_tlv.Tokenize(_b, start, end, -1, false)) return true;

            FindingCode code = _tlv.FaultCode;
            string problem = FaultMessage("root");

            // Some generators count lengths in UTF-8 bytes. With a valid CRC the device accepts such a
            // code when the byte-length walk lines up exactly; the strict policy does not.
            if (!_f.Strict && crcValid && !_tlv.IsAscii(start, end))
            {
                _tlv.Count = 0;
                if (_tlv.Tokenize(_b, start, end, -1, true))
                {
                    _byteLengths = true;
                    _f.Warning(FindingCode.TlvByteLengths, "root", problem + " [parses with UTF-8 byte lengths; non-conformant generator]");
                    return true;
                }
            }

            _f.Error(code, "root", problem);
            return false;
        }

        private void CheckRootStructure(int rootCount)
        {
            // A fresh stamp per payload replaces clearing the 100 entries.
            _scan++;
            for (int i = 0; i < rootCount; i++)
            {
                int id = _tlv.Id[i];
                if (_rootStamp[id] == _scan)
                {
                    _f.Error(FindingCode.TlvDuplicate, Tag(id), "root: duplicate ID " + Tag(id));
                }
                else
                {
                    _rootStamp[id] = _scan;
                    _root[id] = i;
                }

                if (_tlv.ByteLength(i) == 0)
                {
                    _f.Error(FindingCode.TlvZeroLength, Tag(id), "root: ID " + Tag(id) + " has length 00 (must be 01..99)");
                }
            }

            if (rootCount > 0 && _tlv.Id[0] != 0) _f.Error(FindingCode.OrderFirst, "00", "00 is not the first object");
            if (rootCount > 0 && _tlv.Id[rootCount - 1] != 63) _f.Error(FindingCode.OrderLast, "63", "63 is not the last object");
        }

        /// <summary>Tokenizes a template's value; on failure reports it and forgets its partial children.</summary>
        private bool OpenTemplate(int index, int tagCode, bool deviceRejects)
        {
            if (_tlv.ByteLength(index) == 0) return false;
            int saved = _tlv.Count;
            if (!_tlv.Tokenize(_b, _tlv.Start[index], _tlv.End[index], index, _byteLengths))
            {
                string tag = TagText(tagCode);
                Report(_tlv.FaultCode, tag, FaultMessage(tag), deviceRejects, OpaqueHandling);
                _tlv.Count = saved;
                return false;
            }

            // The template's children are the objects just added; a fresh stamp avoids clearing _seen.
            _stamp++;
            for (int c = saved; c < _tlv.Count; c++)
            {
                int id = _tlv.Id[c];
                if (_seen[id] == _stamp)
                {
                    string tag = TagText(tagCode);
                    Report(FindingCode.TlvDuplicate, tag, tag + ": duplicate ID " + Tag(id), deviceRejects, OpaqueHandling);
                }

                _seen[id] = _stamp;

                if (_tlv.ByteLength(c) == 0)
                {
                    string tag = TagText(tagCode);
                    Report(FindingCode.TlvZeroLength, tag + "." + Tag(id), tag + ": ID " + Tag(id) + " has length 00 (must be 01..99)", deviceRejects, OpaqueHandling);
                }
            }

            return true;
        }

        /// <summary>A template with a GUID in sub-ID 00 (26-51, 62.50-99, 80-99). Returns the GUID's object index or -1.</summary>
        private int CheckTemplate(int index, int tagCode, bool deviceRejects)
        {
            if (!OpenTemplate(index, tagCode, deviceRejects)) return -1;
            int guid = _tlv.Find(index, 0);
            if (guid < 0)
            {
                string tag = TagText(tagCode);
                Report(FindingCode.TemplateGuidMissing, tag, tag + " template has no GUID (sub-ID 00)", deviceRejects, "opaque template");
                return -1;
            }

            if (Chars(_tlv.Start[guid], _tlv.End[guid]) > 32 || !Ascii.IsAns(_b, _tlv.Start[guid], _tlv.End[guid]))
            {
                string tag = TagText(tagCode);
                _f.Relaxed(FindingCode.TemplateGuidFormat, tag + ".00", tag + ".00 GUID is longer than 32 characters or outside ans", "kept as an opaque identifier");
            }

            return guid;
        }

        // ---- root objects ----

        /// <summary>Checks 02-51 and returns the scheme index (SchemeTable) that names the payment, or -1.</summary>
        private int ResolveAccounts(PaymentIntent r)
        {
            bool any = false;
            int named = -1;
            int umbrella = -1;
            string primitive = null;
            string unknownGuid = null;
            for (int id = 2; id <= 51; id++)
            {
                int i = Root(id);
                if (i < 0) continue;
                any = true;
                if (id <= 25)
                {
                    // Network account identifiers: opaque text, never TLV.
                    if (!Ascii.IsAns(_b, _tlv.Start[i], _tlv.End[i]))
                    {
                        _f.Relaxed(FindingCode.FieldCharset, Tag(id), Tag(id) + " has characters outside ans", "kept as is");
                    }

                    if (primitive == null) primitive = SchemeTable.PrimitiveNetwork(id);
                    continue;
                }

                int guid = CheckTemplate(i, id, true);
                if (guid < 0) continue;
                int s = SchemeTable.Find(_b, _tlv.Start[guid], _tlv.End[guid], id);
                if (s == -1)
                {
                    if (unknownGuid == null) unknownGuid = Utf8.GetString(_b, _tlv.Start[guid], _tlv.End[guid]);
                    continue;
                }

                CheckSchemeCountry(s, id);
                if (SchemeTable.IsUmbrella(s))
                {
                    if (umbrella == -1) umbrella = s;
                }
                else if (named == -1)
                {
                    named = s;
                }
            }

            if (!any) _f.Error(FindingCode.AccountMissing, null, "no Merchant Account Information (02-51)");
            int scheme = named != -1 ? named : umbrella;
            r.Scheme = scheme != -1 ? SchemeTable.Name(scheme) : primitive != null ? primitive : unknownGuid;
            return scheme;
        }

        private void CheckSchemeCountry(int scheme, int id)
        {
            string country = SchemeTable.Country(scheme);
            int c = Root(58);
            if (country == null || c < 0 || _tlv.ByteLength(c) != 2) return;
            if (!Ascii.EqualsIgnoreCase(_b, _tlv.Start[c], _tlv.End[c], country))
            {
                _f.Warning(FindingCode.SchemeCountryMismatch, Tag(id),
                    Tag(id) + ": " + SchemeTable.Name(scheme) + " is a " + country + " scheme but 58 is " + Utf8.GetString(_b, _tlv.Start[c], _tlv.End[c]));
            }
        }

        private void CheckFormatIndicator()
        {
            int i = Root(0);
            if (i < 0)
            {
                _f.Error(FindingCode.FieldMissing, "00", "missing mandatory 00 (payload format indicator)");
                return;
            }

            int v = _tlv.ByteLength(i) == 2 ? Ascii.TwoDigits(_b, _tlv.Start[i]) : -1;
            if (v == 2)
            {
                _f.Warning(FindingCode.FormatIndicatorVersion, "00", "Payload Format Indicator is '02' (EMVCo: \"01\"; PayNet DuitNow spec uses \"02\")");
            }
            else if (v != 1)
            {
                _f.Error(FindingCode.FormatIndicatorInvalid, "00", "Payload Format Indicator '" + Value(i) + "' is not 01");
            }
        }

        private void CheckInitiation(PaymentIntent r)
        {
            int i = Root(1);
            if (i < 0) return;
            int v = _tlv.ByteLength(i) == 2 ? Ascii.TwoDigits(_b, _tlv.Start[i]) : -1;
            if (v != 11 && v != 12)
            {
                _f.Error(FindingCode.InitiationInvalid, "01", "Point of Initiation '" + Value(i) + "' not 11/12");
            }

            r.IsDynamic = v == 12;
        }

        private void CheckNumeric(int id, int digits, string name, bool p2p)
        {
            int i = Root(id);
            if (i < 0)
            {
                Missing(id, name, p2p);
            }
            else if (_tlv.ByteLength(i) != digits || !Ascii.IsDigits(_b, _tlv.Start[i], _tlv.End[i]))
            {
                _f.Error(FindingCode.FieldFormat, Tag(id), Tag(id) + " " + name + " '" + Value(i) + "' is not N" + digits);
            }
        }

        /// <summary>Checks 53 and returns the currency table index, or -1.</summary>
        private int CheckCurrency(PaymentIntent r)
        {
            CheckNumeric(53, 3, "currency", false);
            int i = Root(53);
            if (i < 0 || _tlv.ByteLength(i) != 3 || !Ascii.IsDigits(_b, _tlv.Start[i], _tlv.End[i])) return -1;
            int s = _tlv.Start[i];
            int numeric = (_b[s] - '0') * 100 + (_b[s + 1] - '0') * 10 + (_b[s + 2] - '0');
            r.CurrencyNumeric = numeric;
            int index = CurrencyTable.Find(numeric);
            if (index < 0)
            {
                // Without the currency the amount cannot be read back: fail closed under both policies.
                _f.Error(FindingCode.CurrencyUnknown, "53", "53 currency '" + Value(i) + "' is not an ISO 4217 currency in use");
                return -1;
            }

            r.CurrencyAlpha = CurrencyTable.AlphaAt(index);
            r.Exponent = CurrencyTable.ExponentAt(index);
            return index;
        }

        private void CheckAmounts(PaymentIntent r, int currency)
        {
            int exponent = currency >= 0 ? r.Exponent : -1;
            int i54 = Root(54);
            if (i54 >= 0) ReadAmount(r, i54, exponent);
            r.AmountNeeded = !r.HasAmount;

            int i55 = Root(55);
            int i56 = Root(56);
            int i57 = Root(57);
            int mode = 0;
            if (i55 >= 0)
            {
                int v = _tlv.ByteLength(i55) == 2 ? Ascii.TwoDigits(_b, _tlv.Start[i55]) : -1;
                if (v >= 1 && v <= 3)
                {
                    mode = v;
                }
                else
                {
                    _f.Error(FindingCode.TipIndicatorInvalid, "55", "55 '" + Value(i55) + "' not 01/02/03");
                }
            }

            if (i56 >= 0 && mode != 2) _f.Error(FindingCode.FeeUnexpected, "56", "56 present without 55=02");
            if (i57 >= 0 && mode != 3) _f.Error(FindingCode.FeeUnexpected, "57", "57 present without 55=03");
            r.TipMode = (TipMode)mode;

            if (mode == 2) ReadFixedFee(r, i56, exponent);
            if (mode == 3) ReadPercentFee(r, i57);

            if (r.HasAmount && mode != 1)
            {
                if (mode == 3) r.FeeMinor = Amount.PercentOf(r.AmountMinor, r.FeeBasisPoints);
                r.TotalMinor = r.AmountMinor + r.FeeMinor;
                r.HasTotal = true;
            }
        }

        private void ReadAmount(PaymentIntent r, int i, int exponent)
        {
            long minor;
            int decimals;
            AmountStatus status = Amount.Parse(_b, _tlv.Start[i], _tlv.End[i], exponent, out minor, out decimals);
            if (status == AmountStatus.Malformed)
            {
                _f.Error(FindingCode.AmountFormat, "54", "54 amount '" + Value(i) + "' is not 1-13 digits with at most one '.'");
                return;
            }

            if (status == AmountStatus.Zero)
            {
                _f.Relaxed(FindingCode.AmountZero, "54", "54 amount '" + Value(i) + "' is zero (must be non-zero or absent)", "treat as no amount");
                return;
            }

            if (exponent >= 0 && decimals > exponent)
            {
                string message = "54 amount '" + Value(i) + "' has " + decimals + " decimals, currency exponent " + exponent;
                if (status == AmountStatus.Inexact) message += "; not a whole number of minor units, so the wearer says the amount";
                _f.Warning(FindingCode.AmountPrecision, "54", message);
            }

            if (status == AmountStatus.Ok && exponent >= 0)
            {
                r.AmountMinor = minor;
                r.HasAmount = true;
            }
        }

        private void ReadFixedFee(PaymentIntent r, int i56, int exponent)
        {
            if (i56 < 0)
            {
                _f.Error(FindingCode.FeeMissing, "56", "55=02 without 56 (fixed fee)");
                return;
            }

            long minor;
            int decimals;
            AmountStatus status = Amount.Parse(_b, _tlv.Start[i56], _tlv.End[i56], exponent, out minor, out decimals);
            if (status != AmountStatus.Ok)
            {
                _f.Error(FindingCode.FeeFormat, "56", "56 fee '" + Value(i56) + "' is malformed, zero or finer than the currency's minor unit");
                return;
            }

            if (exponent >= 0 && decimals > exponent)
            {
                _f.Warning(FindingCode.AmountPrecision, "56", "56 fee '" + Value(i56) + "' has " + decimals + " decimals, currency exponent " + exponent);
            }

            r.FeeMinor = minor;
        }

        private void ReadPercentFee(PaymentIntent r, int i57)
        {
            if (i57 < 0)
            {
                _f.Error(FindingCode.FeeMissing, "57", "55=03 without 57 (percentage fee)");
                return;
            }

            int basisPoints;
            if (!Amount.ParsePercent(_b, _tlv.Start[i57], _tlv.End[i57], out basisPoints))
            {
                _f.Error(FindingCode.FeeFormat, "57", "57 fee '" + Value(i57) + "' is not a percentage from 00.01 to 99.99");
                return;
            }

            r.FeeBasisPoints = basisPoints;
        }

        private void CheckCountry(PaymentIntent r)
        {
            int i = Root(58);
            if (i < 0)
            {
                Missing(58, "country code", false);
                return;
            }

            int s = _tlv.Start[i];
            if (_tlv.ByteLength(i) != 2 || !IsLetter(_b[s]) || !IsLetter(_b[s + 1]))
            {
                _f.Error(FindingCode.FieldFormat, "58", "58 country '" + Value(i) + "' is not 2 letters");
                return;
            }

            r.Country = new string(new[] { (char)Upper(_b[s]), (char)Upper(_b[s + 1]) });
        }

        /// <summary>A known currency that the country in 58 does not use: a warning, since the wallet books it.</summary>
        private void CheckCurrencyCountry(PaymentIntent r, int currency)
        {
            string country = r.Country;
            if (currency < 0 || country == null || !CountryCurrencies.Knows(country)) return;
            if (!CountryCurrencies.Uses(country, r.CurrencyNumeric))
            {
                _f.Warning(FindingCode.CurrencyCountryMismatch, "53", "53 currency " + r.CurrencyAlpha + " is not a currency of 58 country " + country);
            }
        }

        private void CheckText(int id, int maxChars, string name, bool p2p)
        {
            int i = Root(id);
            if (i < 0)
            {
                if (id != 61) Missing(id, name, p2p);
                return;
            }

            if (Chars(_tlv.Start[i], _tlv.End[i]) > maxChars)
            {
                _f.Relaxed(FindingCode.FieldTooLong, Tag(id), Tag(id) + " longer than " + maxChars, "truncate for display");
            }

            if (!Ascii.IsAns(_b, _tlv.Start[i], _tlv.End[i]))
            {
                _f.Relaxed(FindingCode.FieldCharset, Tag(id), Tag(id) + " has characters outside ans", "displayed as is");
            }
        }

        private void Missing(int id, string name, bool p2p)
        {
            string message = "missing mandatory " + Tag(id) + " (" + name + ")";
            bool relaxed = p2p && (id == 52 || id == 59 || id == 60);
            if (relaxed)
            {
                _f.Relaxed(FindingCode.FieldMissing, Tag(id), message, P2pHandling);
            }
            else
            {
                _f.Error(FindingCode.FieldMissing, Tag(id), message);
            }
        }

        private void CheckAdditionalData(PaymentIntent r)
        {
            int i = Root(62);
            if (i < 0) return;
            if (_tlv.ByteLength(i) == 0)
            {
                _f.Error(FindingCode.TemplateEmpty, "62", "62 empty");
                return;
            }

            int first = _tlv.Count;
            if (!OpenTemplate(i, 62, true)) return;

            // 62's own objects; nested 62.50-99 templates append theirs after this range.
            int last = _tlv.Count;
            for (int c = first; c < last; c++)
            {
                int id = _tlv.Id[c];
                int tag = Nested(62, id);
                int s = _tlv.Start[c];
                int e = _tlv.End[c];
                if (id == 0)
                {
                    _f.Relaxed(FindingCode.FieldUndefined, "62.00", "62.00 is not defined by EMVCo", "ignored");
                }
                else if (id <= 8)
                {
                    if (Chars(s, e) > 25) _f.Relaxed(FindingCode.FieldTooLong, TagText(tag), TagText(tag) + " longer than 25", "kept");
                    if (!Ascii.IsAns(_b, s, e)) _f.Relaxed(FindingCode.FieldCharset, TagText(tag), TagText(tag) + " has characters outside ans", "kept");
                    if (e - s == 3 && _b[s] == (byte)'*' && _b[s + 1] == (byte)'*' && _b[s + 2] == (byte)'*')
                    {
                        r.PromptMask |= 1 << id;
                    }
                }
                else if (id == 9)
                {
                    if (!IsDataRequest(s, e))
                    {
                        _f.Error(FindingCode.DataRequestInvalid, "62.09", "62.09 '" + Value(c) + "' not a unique combination of A/M/E");
                    }
                }
                else if (id >= 50)
                {
                    CheckTemplate(c, tag, false);
                }
            }
        }

        private bool IsDataRequest(int s, int e)
        {
            if (e - s < 1 || e - s > 3) return false;
            int seen = 0;
            for (int k = s; k < e; k++)
            {
                int bit = _b[k] == (byte)'A' ? 1 : _b[k] == (byte)'M' ? 2 : _b[k] == (byte)'E' ? 4 : 0;
                if (bit == 0 || (seen & bit) != 0) return false;
                seen |= bit;
            }

            return true;
        }

        /// <summary>Checks 64 and, when its language is the wearer's, takes the payee from it. Returns true if it did.</summary>
        private bool CheckLanguageTemplate(string language, PaymentIntent r)
        {
            int i = Root(64);
            if (i < 0 || !OpenTemplate(i, 64, false)) return false;
            const string Ignored = "alternate-language name ignored";
            int lang = _tlv.Find(i, 0);
            int name = _tlv.Find(i, 1);
            int city = _tlv.Find(i, 2);
            bool usable = true;
            if (lang < 0)
            {
                _f.Relaxed(FindingCode.FieldMissing, "64.00", "missing mandatory 64.00 (language preference)", Ignored);
                usable = false;
            }
            else if (_tlv.ByteLength(lang) != 2 || !IsLetter(_b[_tlv.Start[lang]]) || !IsLetter(_b[_tlv.Start[lang] + 1]))
            {
                _f.Relaxed(FindingCode.FieldFormat, "64.00", "64.00 language '" + Value(lang) + "' is not an ISO 639 code", Ignored);
                usable = false;
            }

            if (name < 0)
            {
                _f.Relaxed(FindingCode.FieldMissing, "64.01", "missing mandatory 64.01 (alternate merchant name)", Ignored);
                usable = false;
            }
            else if (Chars(_tlv.Start[name], _tlv.End[name]) > 25)
            {
                _f.Relaxed(FindingCode.FieldTooLong, "64.01", "64.01 longer than 25", "truncate for display");
            }

            if (city >= 0 && Chars(_tlv.Start[city], _tlv.End[city]) > 15)
            {
                _f.Relaxed(FindingCode.FieldTooLong, "64.02", "64.02 longer than 15", "truncate for display");
            }

            if (!usable || language == null || !Ascii.EqualsIgnoreCase(_b, _tlv.Start[lang], _tlv.End[lang], language)) return false;
            r.Payee = Utf8.GetString(_b, _tlv.Start[name], _tlv.End[name], 25);
            r.PayeeSource = PayeeSource.Localized;
            r.City = city >= 0 ? Utf8.GetString(_b, _tlv.Start[city], _tlv.End[city], 15) : CityFromRoot();
            return true;
        }

        private void ChoosePayee(PaymentIntent r)
        {
            r.City = CityFromRoot();
            int i = Root(59);
            if (i < 0 || _tlv.ByteLength(i) == 0) return;
            int s = _tlv.Start[i];
            int e = _tlv.End[i];

            // Placeholders seen on real codes (SG-3 "NA") are no name at all.
            if (Ascii.EqualsIgnoreCase(_b, s, e, "NA") || Ascii.EqualsIgnoreCase(_b, s, e, "N/A")) return;
            r.Payee = Utf8.GetString(_b, s, e, 25);
            r.PayeeSource = PayeeSource.MerchantName;
        }

        private string CityFromRoot()
        {
            int i = Root(60);
            return i >= 0 && _tlv.ByteLength(i) > 0 ? Utf8.GetString(_b, _tlv.Start[i], _tlv.End[i], 15) : null;
        }

        // ---- helpers ----

        private void Report(FindingCode code, string tag, string message, bool deviceRejects, string deviceHandling)
        {
            if (deviceRejects) _f.Error(code, tag, message);
            else _f.Relaxed(code, tag, message, deviceHandling);
        }

        private string FaultMessage(string context)
        {
            int p = _tlv.FaultPosition;
            switch (_tlv.FaultCode)
            {
                case FindingCode.TlvBadId:
                    return context + ": non-numeric ID '" + Utf8.GetString(_b, p, p + 2) + "' at offset " + _tlv.FaultOffset;
                case FindingCode.TlvBadLength:
                    return context + ": non-numeric length '" + Utf8.GetString(_b, p + 2, p + 4) + "' for ID " + Tag(_tlv.FaultId);
                case FindingCode.TlvOverrun:
                    return context + ": ID " + Tag(_tlv.FaultId) + " length " + Utf8.GetString(_b, p + 2, p + 4) + " runs past the end (offset " + _tlv.FaultOffset + ")";
                case FindingCode.TlvTrailing:
                    return context + ": trailing characters at offset " + _tlv.FaultOffset;
                default:
                    return context + ": more than " + EmvTlv.Capacity + " data objects";
            }
        }

        /// <summary>Index of the root object with this ID, or -1.</summary>
        private int Root(int id)
        {
            return _rootStamp[id] == _scan ? _root[id] : -1;
        }

        private int Chars(int start, int end)
        {
            return _tlv.IsAscii(start, end) ? end - start : Utf8.CountChars(_b, start, end);
        }

        private string Value(int index)
        {
            return Utf8.GetString(_b, _tlv.Start[index], _tlv.End[index], 32);
        }

        private int Hex(int p)
        {
            int c = _b[p];
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            return -1;
        }

        private static string Hex4(int v)
        {
            const string Digits = "0123456789ABCDEF";
            return new string(new[] { Digits[(v >> 12) & 15], Digits[(v >> 8) & 15], Digits[(v >> 4) & 15], Digits[v & 15] });
        }

        private static int Upper(byte c)
        {
            return c >= (byte)'a' && c <= (byte)'z' ? c - 32 : c;
        }

        private static bool IsLetter(byte c)
        {
            return (c >= (byte)'A' && c <= (byte)'Z') || (c >= (byte)'a' && c <= (byte)'z');
        }

        /// <summary>Tag code of sub-object <paramref name="id"/> in template <paramref name="parent"/> (text "62.09").</summary>
        private static int Nested(int parent, int id)
        {
            return 10000 + parent * 100 + id;
        }

        /// <summary>"59" for a root tag code, "62.09" for a nested one; built only when a finding needs it.</summary>
        private static string TagText(int tagCode)
        {
            return tagCode < 10000 ? Tag(tagCode) : Tag((tagCode - 10000) / 100) + "." + Tag(tagCode % 100);
        }

        private static string Tag(int id)
        {
            return new string(new[] { (char)('0' + id / 10), (char)('0' + id % 10) });
        }
    }
}
