using GlassesFirmware.Decision;
using GlassesFirmware.Payload.Readback;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// The sentences the session speaks besides the readbacks (<see cref="BookedReadback"/>): the choice between
    /// codes, and one short sentence per outcome, taken from the language's table (<see cref="ReadbackLanguage.Phrases"/>,
    /// indexed by <see cref="SpokenPhrase"/>). One reusable character buffer; one string per sentence. The table of
    /// what is said in which state is docs/session.md, "What the wearer hears", checked by SessionSpeechTableTests.
    /// </summary>
    public sealed class SessionSpeech
    {
        /// <summary>The readback's phrase id, for the session's one call outside this class.</summary>
        internal const int ConfirmHint = SpokenPhrase.ConfirmHint;

        /// <summary>The tap-only hint's phrase id, for the session's one call outside this class.</summary>
        internal const int TapHint = SpokenPhrase.TapHint;

        private readonly char[] _buffer = new char[512];
        private readonly string[] _phrases;
        private int _length;

        /// <summary>The sentences in <paramref name="language"/> (readback.language; English when there is no table).</summary>
        public SessionSpeech(string language)
        {
            ReadbackLanguage table = ReadbackLanguages.Find(language);
            _phrases = table.Phrases;
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
                return _phrases[earlier ? SpokenPhrase.EarlierPaid : SpokenPhrase.Paid];
            }
            if (outcome == SessionOutcome.Declined)
            {
                bool voice = decline == DeclineReason.VoiceMismatch || decline == DeclineReason.IntentMismatch;
                return _phrases[voice ? SpokenPhrase.VoiceMismatch : SpokenPhrase.Declined];
            }
            if (error == SessionError.WalletLate && state != SessionState.Authorizing)
            {
                // Not confirmed yet: the wallet cannot complete it.
                return _phrases[SpokenPhrase.WalletLateUnpaid];
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
                return _phrases[SpokenPhrase.EarlierPaid];
            }
            if (owed == SessionError.None)
            {
                return null;
            }
            return _phrases[owed == SessionError.CancelUnconfirmed && outcome != WalletOutcome.Declined ? SpokenPhrase.Cancelled : SpokenPhrase.EarlierNotPaid];
        }

        /// <summary>The phrase for an error.</summary>
        private string ForError(SessionError error)
        {
            switch (error)
            {
                case SessionError.Cancelled: return _phrases[SpokenPhrase.Cancelled];
                case SessionError.NoCode: return _phrases[SpokenPhrase.NoCode];
                case SessionError.NotPayment: return _phrases[SpokenPhrase.NotPayment];
                case SessionError.UrlNotAllowed: return _phrases[SpokenPhrase.UrlNotAllowed];
                case SessionError.AlreadyPaid: return _phrases[SpokenPhrase.AlreadyPaid];
                case SessionError.AmountAboveLimit: return _phrases[SpokenPhrase.AboveLimit];
                case SessionError.BatteryLow: return _phrases[SpokenPhrase.BatteryLow];
                case SessionError.TooHot: return _phrases[SpokenPhrase.TooHot];
                case SessionError.LinkDown:
                case SessionError.NotPaired:
                case SessionError.WalletTimeout: return _phrases[SpokenPhrase.LinkDown];
                case SessionError.Timeout: return _phrases[SpokenPhrase.Timeout];
                case SessionError.PreviousUnresolved: return _phrases[SpokenPhrase.Unresolved];
                case SessionError.Interrupted: return _phrases[SpokenPhrase.EarlierNotPaid];
                case SessionError.VoiceUnavailable: return _phrases[SpokenPhrase.NoVoice];
                case SessionError.PayloadTooLong: return _phrases[SpokenPhrase.TooLong];
                case SessionError.TextRefused: return _phrases[SpokenPhrase.HiddenText];
                case SessionError.WalletDiffers: return _phrases[SpokenPhrase.Differs];
                case SessionError.WalletLate: return _phrases[SpokenPhrase.WalletLate];
                case SessionError.CancelUnconfirmed: return _phrases[SpokenPhrase.Cancelling];
                case SessionError.CodesInView: return _phrases[SpokenPhrase.TwoCodes] + _phrases[SpokenPhrase.Cancelled];
                default: return _phrases[SpokenPhrase.Failed];
            }
        }

        /// <summary>The choice sentence: the two-codes warning (first time only), one code's readback, the gesture hint.</summary>
        internal string Choice(bool first, string readback)
        {
            _length = 0;
            if (first)
            {
                Append(_phrases[SpokenPhrase.TwoCodes]);
            }
            Append(readback);
            Append(_phrases[SpokenPhrase.ChooseHint]);
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
