using GlassesFirmware.Payload.Money;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Puts what a URL code states about money into the intent: its currency (ISO 4217 alphabetic, checked
    /// against the currency a scheme allows) and its amount, scaled exactly to minor units with
    /// <see cref="Amount.Parse"/>. A code that states no amount leaves the amount to the wallet.
    /// </summary>
    internal static class UrlMoney
    {
        /// <summary>
        /// Reads the currency [s, e) (or <paramref name="implied"/> when s is negative); false, with an error finding,
        /// when it is not an ISO 4217 currency or not <paramref name="only"/> (null: any currency).
        /// </summary>
        public static bool Currency(byte[] b, int s, int e, string implied, string only, string tag, FindingList f, PaymentIntent r)
        {
            int index = s >= 0 ? CurrencyTable.FindAlpha(b, s, e) : FindImplied(implied);
            if (index < 0)
            {
                f.Error(FindingCode.CurrencyUnknown, tag, "currency is not an ISO 4217 currency in use");
                return false;
            }

            string alpha = CurrencyTable.AlphaAt(index);
            if (only != null && alpha != only)
            {
                f.Error(FindingCode.CurrencySchemeMismatch, tag, r.Scheme + " pays only in " + only + ", the code says " + alpha);
                return false;
            }

            Set(index, r);
            return true;
        }

        /// <summary>Sets the one currency a wallet pays in (a built-in ISO 4217 code such as "USD").</summary>
        public static void Fixed(string alpha, PaymentIntent r)
        {
            Set(FindImplied(alpha), r);
        }

        /// <summary>
        /// Reads the amount [s, e) in the intent's currency (which must be set). A zero amount or one finer than a
        /// minor unit is not used (the wallet confirms the amount): a warning on the device, an error when strict.
        /// </summary>
        public static void Read(byte[] b, int s, int e, string tag, FindingList f, PaymentIntent r)
        {
            long minor;
            int decimals;
            AmountStatus status = Amount.Parse(b, s, e, r.Exponent, out minor, out decimals);
            if (status == AmountStatus.Ok)
            {
                r.HasAmount = true;
                r.AmountMinor = minor;
            }
            else if (status == AmountStatus.Malformed)
            {
                f.Error(FindingCode.AmountFormat, tag, "amount is not 1-13 digits with at most one decimal point");
            }
            else if (status == AmountStatus.Zero)
            {
                f.Relaxed(FindingCode.AmountZero, tag, "amount is zero", "no amount; the wallet confirms it");
            }
            else
            {
                f.Relaxed(FindingCode.AmountPrecision, tag, "amount has " + decimals + " decimals, more than the currency's " + r.Exponent, "not used; the wallet confirms the amount");
            }
        }

        /// <summary>
        /// Reads the amount [s, e) of a code that states no currency (paypal.me/NAME/12.50, a MobilePay link): checked
        /// like any amount, kept as written for the readback only (<see cref="Charges.AmountWithoutCurrency"/>),
        /// never as money, since its minor units depend on the currency the wallet sets.
        /// </summary>
        public static void ReadWithoutCurrency(byte[] b, int s, int e, string tag, FindingList f, PaymentIntent r)
        {
            long minor;
            int decimals;
            // Three decimals, the most any ISO 4217 currency has; the wallet's own currency may allow fewer.
            AmountStatus status = Amount.Parse(b, s, e, 3, out minor, out decimals);
            if (status == AmountStatus.Ok)
            {
                // Digits and at most one point: ASCII, one char per byte.
                char[] text = new char[e - s];
                for (int i = s; i < e; i++) text[i - s] = (char)b[i];
                r.Charges.AmountWithoutCurrency = new string(text);
            }
            else if (status == AmountStatus.Malformed)
            {
                f.Error(FindingCode.AmountFormat, tag, "amount is not 1-13 digits with at most one decimal point");
            }
            else if (status == AmountStatus.Zero)
            {
                f.Relaxed(FindingCode.AmountZero, tag, "amount is zero", "no amount; the wallet confirms it");
            }
            else
            {
                f.Relaxed(FindingCode.AmountPrecision, tag, "amount has " + decimals + " decimals, more than any currency's", "not used; the wallet confirms the amount");
            }
        }

        private static void Set(int index, PaymentIntent r)
        {
            r.CurrencyNumeric = CurrencyTable.NumericAt(index);
            r.CurrencyAlpha = CurrencyTable.AlphaAt(index);
            r.Exponent = CurrencyTable.ExponentAt(index);
        }

        private static int FindImplied(string alpha)
        {
            if (alpha == null) return -1;
            byte[] b = { (byte)alpha[0], (byte)alpha[1], (byte)alpha[2] };
            return CurrencyTable.FindAlpha(b, 0, 3);
        }
    }
}
