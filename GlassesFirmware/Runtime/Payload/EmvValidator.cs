namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Parses and validates an EMVCo merchant-presented payload (MPM v1.0 plus the v1.1 62.10/62.11
    /// objects) in place on its UTF-8 bytes, filling a <see cref="PaymentIntent"/> and findings.
    /// It runs the checks in a fixed order (which is the order of the findings): structure, accounts,
    /// fixed fields, money, merchant information. Not thread-safe: one instance per scanning loop
    /// (its object table is reused).
    /// </summary>
    internal sealed class EmvValidator
    {
        private readonly EmvTlv _tlv = new EmvTlv();
        private readonly EmvStructure _structure;
        private readonly EmvAccountCheck _accounts;
        private readonly EmvFieldCheck _fields;
        private readonly EmvMoneyCheck _money;
        private readonly EmvMerchantInfoCheck _merchant;

        /// <summary>Creates the checks, which share one object table.</summary>
        public EmvValidator()
        {
            _structure = new EmvStructure(_tlv);
            _accounts = new EmvAccountCheck(_structure, _tlv);
            _fields = new EmvFieldCheck(_structure, _tlv);
            _money = new EmvMoneyCheck(_structure, _fields, _tlv);
            _merchant = new EmvMerchantInfoCheck(_structure, _tlv);
        }

        /// <summary>
        /// Validates [start, end), known to be well-formed UTF-8 with every multi-byte character in
        /// [multibyteStart, multibyteEnd) (see <see cref="GlassesFirmware.Text.Utf8.FindInvalid"/>).
        /// </summary>
        public void Validate(byte[] b, int start, int end, int multibyteStart, int multibyteEnd, string language, FindingList f, PaymentIntent r)
        {
            _structure.Begin(b, multibyteStart, multibyteEnd, f);
            _accounts.Begin(b, f);
            _fields.Begin(b, f);
            _money.Begin(b, f);
            _merchant.Begin(b, f);

            bool crcValid = _structure.CheckCrc(start, end);
            int chars = end - start > 512 ? EmvText.Chars(_tlv, b, start, end) : 0;
            if (chars > 512)
            {
                f.Warning(FindingCode.PayloadTooLong, null, "payload has " + chars + " characters; EMVCo says it should not exceed 512");
            }

            if (!_structure.TokenizeRoot(start, end, crcValid)) return;

            int rootCount = _tlv.Count;
            _structure.CheckRootStructure(rootCount);

            int scheme = _accounts.ResolveAccounts(r);
            bool p2p = scheme >= 0 && SchemeTable.PayeeNeedsLookup(scheme);

            _fields.CheckFormatIndicator();
            _fields.CheckInitiation(r);
            _fields.CheckNumeric(52, 4, "MCC", p2p);
            int currency = _money.CheckCurrency(r);
            _money.CheckAmounts(r, currency);
            _fields.CheckCountry(r);
            _money.CheckCurrencyCountry(r, currency);
            _fields.CheckText(59, 25, "merchant name", p2p);
            _fields.CheckText(60, 15, "merchant city", p2p);
            _fields.CheckText(61, 10, "postal code", false);
            _merchant.CheckAdditionalData(r);
            bool localized = _merchant.CheckLanguageTemplate(language, r);
            for (int id = 65; id <= 79; id++)
            {
                if (_structure.Root(id) >= 0) f.Warning(FindingCode.FieldReserved, EmvText.Tag(id), EmvText.Tag(id) + " is RFU for EMVCo");
            }

            for (int id = 80; id <= 99; id++)
            {
                if (_structure.Root(id) >= 0) _structure.CheckTemplate(_structure.Root(id), id, false);
            }

            if (!localized) _merchant.ChoosePayee(r);
            r.ContentDigest = _structure.ContentDigest();
        }
    }
}
