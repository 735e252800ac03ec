using GlassesFirmware.Decision;
using GlassesFirmware.Payload.Readback;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// The sentences the session speaks besides the readbacks (<see cref="BookedReadback"/>): the choice between
    /// codes, and one short sentence per outcome. One reusable character buffer; one string per sentence. The table of
    /// what is said in which state is docs/session.md, "What the wearer hears", checked by SessionSpeechTableTests.
    /// </summary>
    public sealed class SessionSpeech
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
            "This code is too long to pay.",
            "The payee name hides characters. Not paying.",
            "Your wallet's amount differs from the code. Not paying.",
            "Your wallet did not answer in time. It may still complete the payment.",
            "Cancelling. The wallet may still complete it.",
            "Your wallet did not answer in time. Nothing was paid.",
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
            "此码太长，无法付款。",
            "收款方名称含有隐藏字符，不付款。",
            "钱包的金额与付款码不一致，不付款。",
            "钱包未及时回复，付款仍可能完成。",
            "正在取消，钱包仍可能完成付款。",
            "钱包未及时回复，未付款。",
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
        internal const int TooLong = 22;
        internal const int HiddenText = 23;
        internal const int Differs = 24;
        internal const int WalletLate = 25;
        internal const int Cancelling = 26;
        internal const int WalletLateUnpaid = 27;

        private readonly char[] _buffer = new char[512];
        private readonly string[] _phrases;
        private int _length;

        /// <summary>The sentences in <paramref name="language"/> (readback.language; English when there is no table).</summary>
        public SessionSpeech(string language)
        {
            ReadbackLanguage table = ReadbackLanguages.Find(language);
            _phrases = table.Code == "zh" ? Chinese : English;
            Code = table.Code;
        }

        /// <summary>The language code actually used.</summary>
        public readonly string Code;

        /// <summary>A fixed phrase.</summary>
        internal string Phrase(int id)
        {
            return _phrases[id];
        }

        /// <summary>
        /// What the session says when it ends in <paramref name="state"/> with <paramref name="outcome"/> and
        /// <paramref name="error"/> (<paramref name="decline"/> for declined; <paramref name="earlier"/> when the request was
        /// from before a reboot).
        /// </summary>
        public string ForEnd(SessionState state, SessionOutcome outcome, SessionError error, DeclineReason decline, bool earlier)
        {
            if (outcome == SessionOutcome.Approved)
            {
                return _phrases[earlier ? EarlierPaid : Paid];
            }
            if (outcome == SessionOutcome.Declined)
            {
                bool voice = decline == DeclineReason.VoiceMismatch || decline == DeclineReason.IntentMismatch;
                return _phrases[voice ? VoiceMismatch : Declined];
            }
            if (error == SessionError.WalletLate && state != SessionState.Authorizing)
            {
                // Not confirmed yet: the wallet cannot complete it.
                return _phrases[WalletLateUnpaid];
            }
            return ForError(error);
        }

        /// <summary>
        /// What the session says when the wallet's final answer about an earlier request arrives after the session
        /// ended; null when nothing is owed (<paramref name="owed"/>: the error that left the payment open, or None).
        /// </summary>
        public string ForLateAnswer(WalletOutcome outcome, SessionError owed)
        {
            if (outcome == WalletOutcome.Approved)
            {
                return _phrases[EarlierPaid];
            }
            if (owed == SessionError.None)
            {
                return null;
            }
            return _phrases[owed == SessionError.CancelUnconfirmed && outcome != WalletOutcome.Declined ? Cancelled : EarlierNotPaid];
        }

        /// <summary>The phrase for an error.</summary>
        private string ForError(SessionError error)
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
                case SessionError.PayloadTooLong: return _phrases[TooLong];
                case SessionError.TextRefused: return _phrases[HiddenText];
                case SessionError.WalletDiffers: return _phrases[Differs];
                case SessionError.WalletLate: return _phrases[WalletLate];
                case SessionError.CancelUnconfirmed: return _phrases[Cancelling];
                default: return _phrases[Failed];
            }
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
