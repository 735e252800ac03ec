using GlassesFirmware.Payload.Money;
using GlassesFirmware.Text;

namespace GlassesFirmware.Payload.Readback
{
    /// <summary>
    /// Builds the confirmation sentence from a <see cref="PaymentIntent"/> and a language table. The
    /// templates are walked into one reusable character buffer and the sentence is the only string
    /// allocated. One instance per analyzer; not thread-safe. Every name from outside (payee, URL host) passes
    /// <see cref="OutsideText"/> and is spoken inside the table's <see cref="PayeeWords.NamedPayee"/> quote.
    /// </summary>
    public sealed class ReadbackComposer
    {
        // What a {n} placeholder stands for in the template being walked.
        private const int None = 0;
        private const int Payee = 1;
        private const int AmountMoney = 2;
        private const int FeeMoney = 3;
        private const int TotalMoney = 4;
        private const int Percent = 5;
        private const int CurrencyName = 6;
        private const int Clause = 7;
        private const int Scheme = 8;
        private const int Fields = 9;
        private const int MoneyDigits = 10;
        private const int MoneyCurrency = 11;
        private const int Name = 12;
        private const int OtherMoney = 13;
        private const int OtherCurrencyName = 14;
        private const int OtherPayee = 15;
        private const int CodeAmount = 16;
        private const int ContentName = 17;
        private const int StatedAmount = 18;

        private char[] _buffer = new char[256];
        private readonly char[] _digits = new char[24];
        private int _length;
        private PaymentIntent _intent;
        private PaymentIntent _other;
        private OutsideText _payee;
        private OutsideText _name;
        private ReadbackLanguage _language;
        private string _clause;
        private int _clause0;
        private int _clause1;
        private int _clause2;
        private long _money;

        /// <summary>The sentence to speak; deterministic for a given intent and table.</summary>
        public string Compose(PaymentIntent intent, ReadbackLanguage language)
        {
            _intent = intent;
            _language = language;
            _length = 0;
            if (!intent.Accepted)
            {
                // Say what a refused code is when it is known, with nothing from the code itself (not even a link's
                // host); the refusal phrase otherwise.
                if (intent.Kind == PayloadKind.CryptoUri) Walk(language.RefusalSentences.CryptoRefused, Scheme, None, None);
                else if (intent.Content != CodeContent.None) Walk(language.RefusalSentences.NotPaymentContent, ContentName, None, None);
                else Append(language.RefusalSentences.NotPayable);
                return Result();
            }

            if (!PayloadKinds.StatesPayment(intent.Kind) || intent.CurrencyAlpha == null)
            {
                bool an = language.UrlCodeSentences.UrlPaymentVowel != null && SoundsLikeVowel(intent.Scheme);
                if (intent.Payee == null && intent.CurrencyAlpha == null && intent.Charges.AmountWithoutCurrency == null)
                {
                    Walk(an ? language.UrlCodeSentences.UrlPaymentVowel : language.UrlCodeSentences.UrlPayment, Scheme, None, None);
                }
                else
                {
                    // The code states some of payee, amount and currency: say those, and that the wallet confirms the rest.
                    _payee = CleanName(intent.Payee, language);
                    Walk(an ? language.UrlCodeSentences.SchemePayVowel : language.UrlCodeSentences.SchemePay, Scheme, CodeAmount, Payee);
                }

                return Result();
            }

            _payee = CleanName(intent.Payee, language);
            if (_payee.MixedScript && !_payee.Refused) Append(language.PayeeWords.MixedScriptWarning);
            ChooseClause();
            if (intent.HasAmount) Walk(language.Pay, Payee, AmountMoney, Clause);
            else Walk(language.PayAmountNeeded, Payee, CurrencyName, Clause);
            if (intent.PromptMask != 0) Walk(language.Prompt, Fields, None, None);
            return Result();
        }

        /// <summary>
        /// True when English says "an" before the name: an initialism ("UPI") is read letter by letter, so
        /// it is the letter's name that counts (an F-, an M-, a U-); a word counts by its first letter,
        /// A, E, I or O ("an Alipay"), since names in U are read "you" ("a UnionPay").
        /// </summary>
        private static bool SoundsLikeVowel(string name)
        {
            int letters = 0;
            while (letters < name.Length && name[letters] >= 'A' && name[letters] <= 'Z') letters++;
            bool initialism = letters >= 2 && (letters == name.Length || name[letters] == ' ');
            return (initialism ? "AEFHILMNORSX" : "AEIOaeio").IndexOf(name[0]) >= 0;
        }

        /// <summary>
        /// The clauses saying how the wallet's answer (<paramref name="booked"/>, what the wallet will book) differs
        /// from the <paramref name="code"/>: its amount and currency (<paramref name="amountDiffers"/>: both as money;
        /// otherwise <paramref name="currencyDiffers"/>: the currency names), then the code's payee
        /// (<paramref name="payeeDiffers"/>). "" when nothing differs.
        /// </summary>
        public string Differences(PaymentIntent booked, PaymentIntent code, bool amountDiffers, bool currencyDiffers, bool payeeDiffers, ReadbackLanguage language)
        {
            _intent = booked;
            _other = code;
            _language = language;
            _length = 0;
            if (amountDiffers) Walk(language.WalletDiffers, AmountMoney, OtherMoney, None);
            else if (currencyDiffers) Walk(language.WalletDiffers, CurrencyName, OtherCurrencyName, None);
            if (payeeDiffers) Walk(language.CodePayeeDiffers, OtherPayee, None, None);
            _other = null;
            return Result();
        }

        /// <summary>
        /// True when <paramref name="name"/> may not be spoken at all: it holds bidi controls, or the words that close
        /// a quoted name in <paramref name="language"/>. The session refuses such a payment.
        /// </summary>
        public static bool RefusesName(string name, ReadbackLanguage language)
        {
            return CleanName(name, language).Refused;
        }

        private static OutsideText CleanName(string name, ReadbackLanguage language)
        {
            return OutsideText.ForSpeech(name, OutsideText.MaxSpokenChars, language.PayeeWords.NameEnd);
        }

        /// <summary>A cleaned name in the table's quote; the refusal phrase or the unknown payee when there is none to say.</summary>
        private void Quote(OutsideText name)
        {
            if (name.Refused)
            {
                Append(_language.PayeeWords.HiddenName);
            }
            else if (name.Text.Length == 0)
            {
                Append(_language.PayeeWords.UnknownPayee);
            }
            else
            {
                _name = name;
                Walk(_language.PayeeWords.NamedPayee, Name, None, None);
            }
        }

        private void ChooseClause()
        {
            _clause = null;
            _clause0 = None;
            _clause1 = None;
            _clause2 = None;
            TipMode mode = _intent.Charges.TipMode;
            if (PayloadKinds.IsBankTransfer(_intent.Kind))
            {
                _clause = _language.BankTransfer;
            }
            else if (mode == TipMode.Prompt)
            {
                _clause = _language.FeeClauses.Tip;
            }
            else if (mode == TipMode.FixedFee)
            {
                _clause = _intent.HasAmount ? _language.FeeClauses.FixedFee : _language.FeeClauses.FixedFeeOnly;
                _clause0 = FeeMoney;
                _clause1 = TotalMoney;
            }
            else if (mode == TipMode.PercentageFee)
            {
                _clause = _intent.HasAmount ? _language.FeeClauses.PercentFee : _language.FeeClauses.PercentFeeOnly;
                _clause0 = Percent;
                _clause1 = FeeMoney;
                _clause2 = TotalMoney;
            }
        }

        /// <summary>Copies a template, replacing {0}, {1}, {2} by the given slots (inserted text is never re-read).</summary>
        private void Walk(string text, int slot0, int slot1, int slot2)
        {
            // One ToCharArray instead of text[i]: on the device a string is UTF-8 and s[i] walks it from the start.
            char[] template = text.ToCharArray();
            int n = template.Length;
            for (int i = 0; i < n; i++)
            {
                char c = template[i];
                if (c == '{' && i + 2 < n && template[i + 2] == '}' && template[i + 1] >= '0' && template[i + 1] <= '2')
                {
                    int index = template[i + 1] - '0';
                    Emit(index == 0 ? slot0 : index == 1 ? slot1 : slot2);
                    i += 2;
                }
                else
                {
                    Put(c);
                }
            }
        }

        private void Emit(int slot)
        {
            switch (slot)
            {
                case Payee:
                    Quote(_payee);
                    break;
                case Name:
                    Append(_name.Text);
                    if (_name.Cut) Append(_language.PayeeWords.NameCut);
                    break;
                case OtherPayee:
                    Quote(CleanName(_other.Payee, _language));
                    break;
                case OtherMoney:
                case OtherCurrencyName:
                    PaymentIntent own = _intent;
                    _intent = _other;
                    Emit(slot == OtherMoney ? AmountMoney : CurrencyName);
                    _intent = own;
                    break;
                case AmountMoney:
                    Money(_intent.AmountMinor);
                    break;
                case FeeMoney:
                    Money(_intent.Charges.FeeMinor);
                    break;
                case TotalMoney:
                    Money(_intent.Charges.TotalMinor);
                    break;
                case Percent:
                    Append(Amount.FormatPercent(_intent.Charges.FeeBasisPoints));
                    break;
                case CurrencyName:
                    Append(_language.CurrencyName(_intent.CurrencyAlpha, false));
                    break;
                case Clause:
                    if (_clause != null) Walk(_clause, _clause0, _clause1, _clause2);
                    break;
                case Scheme:
                    Append(OutsideText.ForSpokenHost(_intent.Scheme, OutsideText.MaxSpokenChars).Text);
                    break;
                case StatedAmount:
                    Append(_intent.Charges.AmountWithoutCurrency);
                    break;
                case ContentName:
                    Append(_language.RefusalSentences.Contents[(int)_intent.Content - 1]);
                    break;
                case CodeAmount:
                    if (_intent.HasAmount) Money(_intent.AmountMinor);
                    else if (_intent.Charges.AmountWithoutCurrency != null) Walk(_language.UrlCodeSentences.AmountWithoutCurrency, StatedAmount, None, None);
                    else if (_intent.CurrencyAlpha != null) Walk(_language.UrlCodeSentences.AmountInCurrency, CurrencyName, None, None);
                    else Append(_language.UrlCodeSentences.UnknownAmount);
                    break;
                case MoneyDigits:
                    int start = Amount.FormatInto(_money, _intent.Exponent, _digits);
                    for (int i = start; i < _digits.Length; i++) Put(_digits[i]);
                    break;
                case MoneyCurrency:
                    long unit = 1;
                    for (int k = 0; k < _intent.Exponent; k++) unit *= 10;
                    Append(_language.CurrencyName(_intent.CurrencyAlpha, _money == unit));
                    break;
                case Fields:
                    bool first = true;
                    for (int id = 1; id <= 8; id++)
                    {
                        if ((_intent.PromptMask & (1 << id)) == 0) continue;
                        if (!first) Append(_language.ListSeparator);
                        Append(_language.PromptFields[id - 1]);
                        first = false;
                    }

                    break;
            }
        }

        /// <summary>Money through the table's template: digits with the currency exponent, then the name.</summary>
        private void Money(long minor)
        {
            _money = minor;
            Walk(_language.Money, MoneyDigits, MoneyCurrency, None);
        }

        // The payee comes from the QR code: copied char by char from one ToCharArray, so a character outside the BMP
        // keeps both halves on the device (s[i] there returns the high half for the low one) and the copy stays O(n).
        private void Append(string s)
        {
            char[] chars = s.ToCharArray();
            for (int i = 0; i < chars.Length; i++) Put(chars[i]);
        }

        private void Put(char c)
        {
            if (_length == _buffer.Length)
            {
                char[] larger = new char[_buffer.Length * 2];
                for (int i = 0; i < _length; i++) larger[i] = _buffer[i];
                _buffer = larger;
            }

            _buffer[_length++] = c;
        }

        private string Result()
        {
            string s = new string(_buffer, 0, _length);
            _intent = null;
            return s;
        }
    }
}
