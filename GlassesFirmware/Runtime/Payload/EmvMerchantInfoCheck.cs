using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// What the wearer is told about the merchant: additional data (62: references, prompts, data
    /// requests), the alternate-language template (64) and the payee and city read back.
    /// </summary>
    internal sealed class EmvMerchantInfoCheck
    {
        private readonly EmvStructure _structure;
        private readonly EmvTlv _tlv;
        private byte[] _b;
        private FindingList _f;

        /// <summary>Creates the merchant information checks over the objects that <paramref name="structure"/> indexes in <paramref name="tlv"/>.</summary>
        public EmvMerchantInfoCheck(EmvStructure structure, EmvTlv tlv)
        {
            _structure = structure;
            _tlv = tlv;
        }

        /// <summary>Starts a payload held in <paramref name="b"/>; findings go to <paramref name="f"/>.</summary>
        public void Begin(byte[] b, FindingList f)
        {
            _b = b;
            _f = f;
        }

        /// <summary>Checks 62 and its sub-objects; records which ones prompt the customer ("***").</summary>
        public void CheckAdditionalData(PaymentIntent r)
        {
            int i = _structure.Root(62);
            if (i < 0) return;
            if (_tlv.ByteLength(i) == 0)
            {
                _f.Error(FindingCode.TemplateEmpty, "62", "62 empty");
                return;
            }

            int first = _tlv.Count;
            if (!_structure.OpenTemplate(i, 62, true)) return;

            // 62's own objects; nested 62.50-99 templates append theirs after this range.
            int last = _tlv.Count;
            for (int c = first; c < last; c++)
            {
                int id = _tlv.Id[c];
                int tag = EmvText.Nested(62, id);
                int s = _tlv.Start[c];
                int e = _tlv.End[c];
                if (id == 0)
                {
                    _f.Relaxed(FindingCode.FieldUndefined, "62.00", "62.00 is not defined by EMVCo", "ignored");
                }
                else if (id <= 8)
                {
                    if (Chars(s, e) > 25) _f.Relaxed(FindingCode.FieldTooLong, EmvText.TagText(tag), EmvText.TagText(tag) + " longer than 25", "kept");
                    if (!Ascii.IsAns(_b, s, e)) _f.Relaxed(FindingCode.FieldCharset, EmvText.TagText(tag), EmvText.TagText(tag) + " has characters outside ans", "kept");
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
                    _structure.CheckTemplate(c, tag, false);
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
        public bool CheckLanguageTemplate(string language, PaymentIntent r)
        {
            int i = _structure.Root(64);
            if (i < 0 || !_structure.OpenTemplate(i, 64, false)) return false;
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
            else if (_tlv.ByteLength(lang) != 2 || !Ascii.IsLetter(_b[_tlv.Start[lang]]) || !Ascii.IsLetter(_b[_tlv.Start[lang] + 1]))
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
            r.PayeeDetails.City = city >= 0 ? Utf8.GetString(_b, _tlv.Start[city], _tlv.End[city], 15) : CityFromRoot();
            return true;
        }

        /// <summary>Takes the payee from 59 (unless it is a placeholder) and the city from 60.</summary>
        public void ChoosePayee(PaymentIntent r)
        {
            r.PayeeDetails.City = CityFromRoot();
            int i = _structure.Root(59);
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
            int i = _structure.Root(60);
            return i >= 0 && _tlv.ByteLength(i) > 0 ? Utf8.GetString(_b, _tlv.Start[i], _tlv.End[i], 15) : null;
        }

        private int Chars(int start, int end)
        {
            return EmvText.Chars(_tlv, _b, start, end);
        }

        private string Value(int index)
        {
            return EmvText.Value(_tlv, _b, index);
        }
    }
}
