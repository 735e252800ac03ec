using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Merchant Account Information (02-51): network identifiers and scheme templates, which scheme names
    /// the payment, and whether that scheme belongs to the country in 58.
    /// </summary>
    internal sealed class EmvAccountCheck
    {
        private readonly EmvStructure _structure;
        private readonly EmvTlv _tlv;
        private byte[] _b;
        private FindingList _f;

        /// <summary>Creates the account checks over the objects that <paramref name="structure"/> indexes in <paramref name="tlv"/>.</summary>
        public EmvAccountCheck(EmvStructure structure, EmvTlv tlv)
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

        /// <summary>Checks 02-51 and returns the scheme index (SchemeTable) that names the payment, or -1.</summary>
        public int ResolveAccounts(PaymentIntent r)
        {
            bool any = false;
            int named = -1;
            int umbrella = -1;
            string primitive = null;
            string unknownGuid = null;
            for (int id = 2; id <= 51; id++)
            {
                int i = _structure.Root(id);
                if (i < 0) continue;
                any = true;
                if (id <= 25)
                {
                    // Network account identifiers: opaque text, never TLV.
                    if (!Ascii.IsAns(_b, _tlv.Start[i], _tlv.End[i]))
                    {
                        _f.Relaxed(FindingCode.FieldCharset, EmvText.Tag(id), EmvText.Tag(id) + " has characters outside ans", "kept as is");
                    }

                    if (primitive == null) primitive = SchemeTable.PrimitiveNetwork(id);
                    continue;
                }

                int guid = _structure.CheckTemplate(i, id, true);
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
            int c = _structure.Root(58);
            if (country == null || c < 0 || _tlv.ByteLength(c) != 2) return;
            if (!Ascii.EqualsIgnoreCase(_b, _tlv.Start[c], _tlv.End[c], country))
            {
                _f.Warning(FindingCode.SchemeCountryMismatch, EmvText.Tag(id),
                    EmvText.Tag(id) + ": " + SchemeTable.Name(scheme) + " is a " + country + " scheme but 58 is " + Utf8.GetString(_b, _tlv.Start[c], _tlv.End[c]));
            }
        }
    }
}
