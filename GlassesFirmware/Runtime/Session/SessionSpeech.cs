using GlassesFirmware.Payload.Money;
using GlassesFirmware.Payload.Readback;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// The sentences the session speaks besides the payload's own readback: the confirmation readback with the
    /// wallet's resolved payee and amount (payload readback templates of the wearer's language), the choice
    /// between codes, and one short sentence per outcome. One reusable character buffer; one string per sentence.
    /// </summary>
    internal sealed class SessionSpeech
    {
        private static readonly string[] English =
        {
            " Say confirm, or tap, to pay.",
            "Two different payment codes are in view. ",
            " Tap to pay this one, double tap for the next, hold to cancel.",
            "Paid.",
            "Declined by your wallet.",
            "Cancelled.",
            "Your voice did not match.",
            "Payment failed.",
            "No payment code found.",
            "This code is not a payment.",
            "This payment link is not allowed.",
            "This code was already paid.",
            "The amount is above your limit.",
            "Battery too low to pay.",
            "The glasses are too hot to pay.",
            "Your wallet is not reachable.",
            "Time is up.",
            "An earlier payment is still being checked.",
            "An earlier payment went through.",
            "An earlier payment did not go through.",
            " Tap to pay.",
            "This code needs a spoken amount, and these glasses cannot send voice.",
        };

        private static readonly string[] Chinese =
        {
            "请说“确认”或轻点付款。",
            "视野中有两个不同的付款码。",
            "轻点支付此码，双击听下一个，长按取消。",
            "已付款。",
            "钱包拒绝了付款。",
            "已取消。",
            "声音验证未通过。",
            "付款失败。",
            "未找到付款码。",
            "这不是付款码。",
            "不允许此付款链接。",
            "此码已付过款。",
            "金额超过限额。",
            "电量过低，无法付款。",
            "眼镜过热，无法付款。",
            "无法连接钱包。",
            "已超时。",
            "之前的付款仍在确认中。",
            "之前的付款已成功。",
            "之前的付款未完成。",
            "请轻点付款。",
            "此码需要说出金额，本眼镜无法发送语音。",
        };

        internal const int ConfirmHint = 0;
        internal const int TwoCodes = 1;
        internal const int ChooseHint = 2;
        internal const int Paid = 3;
        internal const int Declined = 4;
        internal const int Cancelled = 5;
        internal const int VoiceMismatch = 6;
        internal const int Failed = 7;
        internal const int NoCode = 8;
        internal const int NotPayment = 9;
        internal const int UrlNotAllowed = 10;
        internal const int AlreadyPaid = 11;
        internal const int AboveLimit = 12;
        internal const int BatteryLow = 13;
        internal const int TooHot = 14;
        internal const int LinkDown = 15;
        internal const int Timeout = 16;
        internal const int Unresolved = 17;
        internal const int EarlierPaid = 18;
        internal const int EarlierNotPaid = 19;
        internal const int TapHint = 20;
        internal const int NoVoice = 21;

        private readonly char[] _buffer = new char[512];
        private readonly char[] _digits = new char[24];
        private readonly ReadbackLanguage _language;
        private readonly string[] _phrases;
        private int _length;

        internal SessionSpeech(string language)
        {
            _language = ReadbackLanguages.Find(language);
            _phrases = _language.Code == "zh" ? Chinese : English;
            Code = _language.Code;
        }

        /// <summary>The language code actually used.</summary>
        internal readonly string Code;

        /// <summary>A fixed phrase.</summary>
        internal string Phrase(int id)
        {
            return _phrases[id];
        }

        /// <summary>The phrase for an error.</summary>
        internal string ForError(SessionError error)
        {
            switch (error)
            {
                case SessionError.Cancelled: return _phrases[Cancelled];
                case SessionError.NoCode: return _phrases[NoCode];
                case SessionError.NotPayment: return _phrases[NotPayment];
                case SessionError.UrlNotAllowed: return _phrases[UrlNotAllowed];
                case SessionError.AlreadyPaid: return _phrases[AlreadyPaid];
                case SessionError.AmountAboveLimit: return _phrases[AboveLimit];
                case SessionError.BatteryLow: return _phrases[BatteryLow];
                case SessionError.TooHot: return _phrases[TooHot];
                case SessionError.LinkDown:
                case SessionError.NotPaired:
                case SessionError.WalletTimeout: return _phrases[LinkDown];
                case SessionError.Timeout: return _phrases[Timeout];
                case SessionError.PreviousUnresolved: return _phrases[Unresolved];
                case SessionError.Interrupted: return _phrases[EarlierNotPaid];
                case SessionError.VoiceUnavailable: return _phrases[NoVoice];
                default: return _phrases[Failed];
            }
        }

        /// <summary>"Pay AMOUNT CURRENCY to PAYEE." with the confirmation hint, from the wallet's resolved values.</summary>
        internal string Confirmation(string payee, long amountMinor, int currencyNumeric, string hint)
        {
            int c = CurrencyTable.Find(currencyNumeric);
            string alpha = c >= 0 ? CurrencyTable.AlphaAt(c) : "";
            int exponent = c >= 0 ? CurrencyTable.ExponentAt(c) : 0;
            _length = 0;
            string name = payee == null || payee.Length == 0 ? _language.UnknownPayee : payee;
            char[] template = _language.Pay.ToCharArray(); // not template[i] on a string: O(i) on the device
            for (int i = 0; i < template.Length; i++)
            {
                char ch = template[i];
                if (ch == '{' && i + 2 < template.Length && template[i + 2] == '}')
                {
                    char arg = template[i + 1];
                    if (arg == '0')
                    {
                        Append(name);
                    }
                    else if (arg == '1')
                    {
                        AppendMoney(amountMinor, exponent, alpha);
                    }
                    i += 2;
                    continue;
                }
                Append(ch);
            }
            Append(hint);
            return new string(_buffer, 0, _length);
        }

        /// <summary>The choice sentence: the two-codes warning (first time only), one code's readback, the gesture hint.</summary>
        internal string Choice(bool first, string readback)
        {
            _length = 0;
            if (first)
            {
                Append(_phrases[TwoCodes]);
            }
            Append(readback);
            Append(_phrases[ChooseHint]);
            return new string(_buffer, 0, _length);
        }

        private void AppendMoney(long minor, int exponent, string alpha)
        {
            char[] money = _language.Money.ToCharArray();
            for (int i = 0; i < money.Length; i++)
            {
                char ch = money[i];
                if (ch == '{' && i + 2 < money.Length && money[i + 2] == '}')
                {
                    if (money[i + 1] == '0')
                    {
                        AppendAmount(minor, exponent);
                    }
                    else
                    {
                        long unit = 1;
                        for (int e = 0; e < exponent; e++)
                        {
                            unit *= 10;
                        }
                        Append(_language.CurrencyName(alpha, minor == unit));
                    }
                    i += 2;
                    continue;
                }
                Append(ch);
            }
        }

        private void AppendAmount(long minor, int exponent)
        {
            if (minor < 0)
            {
                minor = 0;
            }
            int n = 0;
            do
            {
                _digits[n++] = (char)('0' + (int)(minor % 10));
                minor /= 10;
                if (n == exponent)
                {
                    _digits[n++] = '.';
                }
            }
            while (minor > 0 || n < (exponent > 0 ? exponent + 2 : 1));
            for (int i = n - 1; i >= 0; i--)
            {
                Append(_digits[i]);
            }
        }

        // The payee comes from the QR code: one ToCharArray keeps a character outside the BMP whole on the device
        // (s[i] there returns the high half for the low one) and keeps the copy O(n).
        private void Append(string s)
        {
            char[] chars = s.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                Append(chars[i]);
            }
        }

        private void Append(char ch)
        {
            if (_length < _buffer.Length)
            {
                _buffer[_length++] = ch;
            }
        }
    }
}
