using GlassesFirmware.Payload.Money;

namespace GlassesFirmware.Payload.Readback
{
    /// <summary>Builds the confirmation sentence from a <see cref="PaymentIntent"/> and a language table.</summary>
    public static class ReadbackComposer
    {
        /// <summary>The sentence to speak; deterministic for a given intent and table.</summary>
        public static string Compose(PaymentIntent intent, ReadbackLanguage language)
        {
            if (!intent.Accepted) return language.NotPayable;
            if (intent.Kind != PayloadKind.EmvMerchant)
            {
                bool vowel = language.UrlPaymentVowel != null && "AEIOUaeiou".IndexOf(intent.Scheme[0]) >= 0;
                return Fill(vowel ? language.UrlPaymentVowel : language.UrlPayment, intent.Scheme, null, null);
            }

            string payee = intent.Payee != null ? intent.Payee : language.UnknownPayee;
            string sentence;
            if (intent.HasAmount)
            {
                string extra = "";
                if (intent.TipMode == TipMode.FixedFee)
                {
                    extra = Fill(language.FixedFee, Money(intent, intent.FeeMinor, language), Money(intent, intent.TotalMinor, language), null);
                }
                else if (intent.TipMode == TipMode.PercentageFee)
                {
                    extra = Fill(language.PercentFee, Amount.FormatPercent(intent.FeeBasisPoints), Money(intent, intent.FeeMinor, language), Money(intent, intent.TotalMinor, language));
                }
                else if (intent.TipMode == TipMode.Prompt)
                {
                    extra = language.Tip;
                }

                sentence = Fill(language.Pay, payee, Money(intent, intent.AmountMinor, language), extra);
            }
            else
            {
                string extra = "";
                if (intent.TipMode == TipMode.FixedFee)
                {
                    extra = Fill(language.FixedFeeOnly, Money(intent, intent.FeeMinor, language), null, null);
                }
                else if (intent.TipMode == TipMode.PercentageFee)
                {
                    extra = Fill(language.PercentFeeOnly, Amount.FormatPercent(intent.FeeBasisPoints), null, null);
                }
                else if (intent.TipMode == TipMode.Prompt)
                {
                    extra = language.Tip;
                }

                sentence = Fill(language.PayAmountNeeded, payee, language.CurrencyName(intent.CurrencyAlpha, false), extra);
            }

            if (intent.PromptMask != 0)
            {
                string fields = "";
                for (int id = 1; id <= 8; id++)
                {
                    if ((intent.PromptMask & (1 << id)) == 0) continue;
                    fields = fields.Length == 0 ? language.PromptFields[id - 1] : fields + language.ListSeparator + language.PromptFields[id - 1];
                }

                sentence += Fill(language.Prompt, fields, null, null);
            }

            return sentence;
        }

        private static string Money(PaymentIntent intent, long minor, ReadbackLanguage language)
        {
            long unit = 1;
            for (int k = 0; k < intent.Exponent; k++) unit *= 10;
            string name = language.CurrencyName(intent.CurrencyAlpha, minor == unit);
            return Fill(language.Money, Amount.Format(minor, intent.Exponent), name, null);
        }

        /// <summary>Fills {0}, {1}, {2}; string.Format never re-reads the inserted text, so a payee name with braces is safe.</summary>
        private static string Fill(string template, string a, string b, string c)
        {
            return string.Format(template, new object[] { a, b, c });
        }
    }
}
