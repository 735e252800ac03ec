using GlassesFirmware.Payload;
using GlassesFirmware.Payload.Readback;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// The one rule for the confirmation readback (docs/session.md, "What the wearer hears"): the sentence is
    /// composed from the values the wallet will book (its resolved payee, amount and currency; the code's where the
    /// wallet gave none; the code's fee only while the wallet's amount is the code's), and every difference between the
    /// code and the wallet's answer is spoken as a difference, or refused when <see cref="SessionSettings.RefuseWalletDifferences"/>.
    /// The session sends exactly this sentence with <c>Confirm</c>, so the readback hash the wallet gets is its hash.
    /// </summary>
    internal sealed class BookedReadback
    {
        private readonly ReadbackComposer _composer = new ReadbackComposer();
        private readonly ReadbackLanguage _language;
        private readonly bool _refuseDifferences;

        internal BookedReadback(string language, bool refuseDifferences)
        {
            _language = ReadbackLanguages.Find(language);
            _refuseDifferences = refuseDifferences;
        }

        /// <summary>The amount the wallet will book, fee included, in minor units of the booked currency (after <see cref="Compose"/>).</summary>
        internal long FinalAmountMinor { get; private set; }

        /// <summary>Why the readback may not be spoken (<see cref="SessionError.None"/> when it may), after <see cref="Compose"/>.</summary>
        internal SessionError Refusal { get; private set; }

        /// <summary>
        /// The sentence for the <paramref name="code"/> and the wallet's answer (payee or null, amount or -1, currency or
        /// -1), followed by <paramref name="hint"/>; null when <see cref="Refusal"/> is set.
        /// </summary>
        internal string Compose(PaymentIntent code, string walletPayee, long walletAmount, int walletCurrency, string hint)
        {
            bool walletNamed = walletPayee != null && walletPayee.Length > 0;
            PaymentIntent booked = code.Booked(walletPayee, walletAmount, walletCurrency);
            bool sameCurrency = code.CurrencyNumeric < 0 || booked.CurrencyNumeric == code.CurrencyNumeric;
            bool codeAmount = code.HasAmount && booked.AmountMinor == code.AmountMinor;
            bool codeTotal = code.HasAmount && code.Charges.HasTotal && booked.AmountMinor == code.Charges.TotalMinor;
            FinalAmountMinor = booked.Charges.HasTotal ? booked.Charges.TotalMinor : booked.AmountMinor;

            bool amountDiffers = code.HasAmount && !codeAmount && !codeTotal;
            bool currencyDiffers = !sameCurrency;
            bool payeeDiffers = walletNamed && code.Payee != null && code.Payee.Length > 0
                && code.Payee.Trim().ToLower() != walletPayee.Trim().ToLower();
            Refusal = SessionError.None;
            if (RefusesName(booked.Payee) || (payeeDiffers && RefusesName(code.Payee)))
            {
                Refusal = SessionError.TextRefused;
                return null;
            }
            if (_refuseDifferences && (amountDiffers || currencyDiffers))
            {
                Refusal = SessionError.WalletDiffers;
                return null;
            }
            string sentence = _composer.Compose(booked, _language);
            if (amountDiffers || currencyDiffers || payeeDiffers)
            {
                sentence += _composer.Differences(booked, code, amountDiffers, currencyDiffers, payeeDiffers, _language);
            }
            return sentence + hint;
        }

        /// <summary>True when a payee name may not be spoken at all (<see cref="ReadbackComposer.RefusesName"/>).</summary>
        internal bool RefusesName(string payee)
        {
            return ReadbackComposer.RefusesName(payee, _language);
        }
    }
}
