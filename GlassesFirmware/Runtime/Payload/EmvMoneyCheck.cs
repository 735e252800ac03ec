using GlassesFirmware.Payload.Money;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// The money fields: currency (53), amount (54), tip or convenience fee (55-57) and whether the
    /// currency is one the country in 58 uses. Amounts are read into long minor units.
    /// </summary>
    internal sealed class EmvMoneyCheck
    {
        private readonly EmvStructure _structure;
        private readonly EmvFieldCheck _fields;
        private readonly EmvTlv _tlv;
        private byte[] _b;
        private FindingList _f;

        /// <summary>
        /// Creates the money checks over the objects that <paramref name="structure"/> indexes in
        /// <paramref name="tlv"/>; <paramref name="fields"/> checks 53's numeric format.
        /// </summary>
        public EmvMoneyCheck(EmvStructure structure, EmvFieldCheck fields, EmvTlv tlv)
        {
            _structure = structure;
            _fields = fields;
            _tlv = tlv;
        }

        /// <summary>Starts a payload held in <paramref name="b"/>; findings go to <paramref name="f"/>.</summary>
        public void Begin(byte[] b, FindingList f)
        {
            _b = b;
            _f = f;
        }

        /// <summary>Checks 53 and returns the currency table index, or -1.</summary>
        public int CheckCurrency(PaymentIntent r)
        {
            _fields.CheckNumeric(53, 3, "currency", false);
            int i = _structure.Root(53);
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

        /// <summary>Checks 54-57 in the currency found by <see cref="CheckCurrency"/> and works out the total.</summary>
        public void CheckAmounts(PaymentIntent r, int currency)
        {
            int exponent = currency >= 0 ? r.Exponent : -1;
            int i54 = _structure.Root(54);
            if (i54 >= 0) ReadAmount(r, i54, exponent);
            r.AmountNeeded = !r.HasAmount;

            int i55 = _structure.Root(55);
            int i56 = _structure.Root(56);
            int i57 = _structure.Root(57);
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
            r.Charges.TipMode = (TipMode)mode;

            if (mode == 2) ReadFixedFee(r, i56, exponent);
            if (mode == 3) ReadPercentFee(r, i57);

            if (r.HasAmount && mode != 1)
            {
                if (mode == 3) r.Charges.FeeMinor = Amount.PercentOf(r.AmountMinor, r.Charges.FeeBasisPoints);
                r.Charges.TotalMinor = r.AmountMinor + r.Charges.FeeMinor;
                r.Charges.HasTotal = true;
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

            r.Charges.FeeMinor = minor;
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

            r.Charges.FeeBasisPoints = basisPoints;
        }

        /// <summary>A known currency that the country in 58 does not use: a warning, since the wallet books it.</summary>
        public void CheckCurrencyCountry(PaymentIntent r, int currency)
        {
            string country = r.PayeeDetails.Country;
            if (currency < 0 || country == null || !CountryCurrencies.Knows(country)) return;
            if (!CountryCurrencies.Uses(country, r.CurrencyNumeric))
            {
                _f.Warning(FindingCode.CurrencyCountryMismatch, "53", "53 currency " + r.CurrencyAlpha + " is not a currency of 58 country " + country);
            }
        }

        private string Value(int index)
        {
            return EmvText.Value(_tlv, _b, index);
        }
    }
}
