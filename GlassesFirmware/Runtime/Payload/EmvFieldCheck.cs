namespace GlassesFirmware.Payload
{
    /// <summary>
    /// The root's fixed-format fields: 00 (format indicator), 01 (point of initiation), numeric fields such
    /// as 52 (MCC), 58 (country) and the merchant texts 59-61, with what a missing mandatory field means.
    /// </summary>
    internal sealed class EmvFieldCheck
    {
        private const string P2pHandling = "P2P scheme: resolve payee name via wallet lookup";

        private readonly EmvStructure _structure;
        private readonly EmvTlv _tlv;
        private byte[] _b;
        private FindingList _f;

        /// <summary>Creates the field checks over the objects that <paramref name="structure"/> indexes in <paramref name="tlv"/>.</summary>
        public EmvFieldCheck(EmvStructure structure, EmvTlv tlv)
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

        /// <summary>Checks 00, which must be present and 01.</summary>
        public void CheckFormatIndicator()
        {
            int i = _structure.Root(0);
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

        /// <summary>Checks 01 (11 static, 12 dynamic) and records which it is.</summary>
        public void CheckInitiation(PaymentIntent r)
        {
            int i = _structure.Root(1);
            if (i < 0) return;
            int v = _tlv.ByteLength(i) == 2 ? Ascii.TwoDigits(_b, _tlv.Start[i]) : -1;
            if (v != 11 && v != 12)
            {
                _f.Error(FindingCode.InitiationInvalid, "01", "Point of Initiation '" + Value(i) + "' not 11/12");
            }

            r.IsDynamic = v == 12;
        }

        /// <summary>Checks that mandatory root field <paramref name="id"/> is exactly <paramref name="digits"/> digits.</summary>
        public void CheckNumeric(int id, int digits, string name, bool p2p)
        {
            int i = _structure.Root(id);
            if (i < 0)
            {
                Missing(id, name, p2p);
            }
            else if (_tlv.ByteLength(i) != digits || !Ascii.IsDigits(_b, _tlv.Start[i], _tlv.End[i]))
            {
                _f.Error(FindingCode.FieldFormat, EmvText.Tag(id), EmvText.Tag(id) + " " + name + " '" + Value(i) + "' is not N" + digits);
            }
        }

        /// <summary>Checks 58 and records the country in upper case.</summary>
        public void CheckCountry(PaymentIntent r)
        {
            int i = _structure.Root(58);
            if (i < 0)
            {
                Missing(58, "country code", false);
                return;
            }

            int s = _tlv.Start[i];
            if (_tlv.ByteLength(i) != 2 || !Ascii.IsLetter(_b[s]) || !Ascii.IsLetter(_b[s + 1]))
            {
                _f.Error(FindingCode.FieldFormat, "58", "58 country '" + Value(i) + "' is not 2 letters");
                return;
            }

            r.PayeeDetails.Country = new string(new[] { (char)Ascii.Upper(_b[s]), (char)Ascii.Upper(_b[s + 1]) });
        }

        /// <summary>Checks text field <paramref name="id"/> (59-61): presence, length and character set.</summary>
        public void CheckText(int id, int maxChars, string name, bool p2p)
        {
            int i = _structure.Root(id);
            if (i < 0)
            {
                if (id != 61) Missing(id, name, p2p);
                return;
            }

            if (EmvText.Chars(_tlv, _b, _tlv.Start[i], _tlv.End[i]) > maxChars)
            {
                _f.Relaxed(FindingCode.FieldTooLong, EmvText.Tag(id), EmvText.Tag(id) + " longer than " + maxChars, "truncate for display");
            }

            if (!Ascii.IsAns(_b, _tlv.Start[i], _tlv.End[i]))
            {
                _f.Relaxed(FindingCode.FieldCharset, EmvText.Tag(id), EmvText.Tag(id) + " has characters outside ans", "displayed as is");
            }
        }

        private void Missing(int id, string name, bool p2p)
        {
            string message = "missing mandatory " + EmvText.Tag(id) + " (" + name + ")";
            bool relaxed = p2p && (id == 52 || id == 59 || id == 60);
            if (relaxed)
            {
                _f.Relaxed(FindingCode.FieldMissing, EmvText.Tag(id), message, P2pHandling);
            }
            else
            {
                _f.Error(FindingCode.FieldMissing, EmvText.Tag(id), message);
            }
        }

        private string Value(int index)
        {
            return EmvText.Value(_tlv, _b, index);
        }
    }
}
