namespace GlassesFirmware.Payload.Readback
{
    /// <summary>
    /// Ids of the fixed sentences the session speaks besides readbacks; each language table holds them in
    /// <see cref="ReadbackLanguage.Phrases"/> in this order (tests check every table has all <see cref="Count"/>).
    /// </summary>
    public static class SpokenPhrase
    {
        /// <summary>After a readback when voice can confirm: say confirm or tap.</summary>
        public const int ConfirmHint = 0;

        /// <summary>Two different codes are in view (said once, before the first choice).</summary>
        public const int TwoCodes = 1;

        /// <summary>After each choice readback: the gestures.</summary>
        public const int ChooseHint = 2;

        /// <summary>Approved.</summary>
        public const int Paid = 3;

        /// <summary>Declined by the wallet.</summary>
        public const int Declined = 4;

        /// <summary>Cancelled by the wearer.</summary>
        public const int Cancelled = 5;

        /// <summary>Declined because the voice did not match.</summary>
        public const int VoiceMismatch = 6;

        /// <summary>Any failure without its own phrase.</summary>
        public const int Failed = 7;

        /// <summary>No payment code was found.</summary>
        public const int NoCode = 8;

        /// <summary>The code is not a payment.</summary>
        public const int NotPayment = 9;

        /// <summary>The payment link's host is not allowed.</summary>
        public const int UrlNotAllowed = 10;

        /// <summary>This single-use code was paid before.</summary>
        public const int AlreadyPaid = 11;

        /// <summary>The amount is above the limit.</summary>
        public const int AboveLimit = 12;

        /// <summary>Battery too low.</summary>
        public const int BatteryLow = 13;

        /// <summary>Too hot.</summary>
        public const int TooHot = 14;

        /// <summary>The wallet is not reachable.</summary>
        public const int LinkDown = 15;

        /// <summary>A time limit ran out.</summary>
        public const int Timeout = 16;

        /// <summary>An earlier request is still undecided.</summary>
        public const int Unresolved = 17;

        /// <summary>An earlier request was paid.</summary>
        public const int EarlierPaid = 18;

        /// <summary>An earlier request was not paid.</summary>
        public const int EarlierNotPaid = 19;

        /// <summary>After a readback when only a tap can confirm.</summary>
        public const int TapHint = 20;

        /// <summary>The code needs a spoken amount and voice is off.</summary>
        public const int NoVoice = 21;

        /// <summary>The code is too long.</summary>
        public const int TooLong = 22;

        /// <summary>A payee name hides characters.</summary>
        public const int HiddenText = 23;

        /// <summary>The wallet's amount or currency differs from the code's.</summary>
        public const int Differs = 24;

        /// <summary>The wallet answered late after confirmation: it may still pay.</summary>
        public const int WalletLate = 25;

        /// <summary>Cancelled after confirming: the wallet may still pay.</summary>
        public const int Cancelling = 26;

        /// <summary>The wallet answered late before confirmation: nothing was paid.</summary>
        public const int WalletLateUnpaid = 27;

        /// <summary>The spoken confirmation did not reach the wallet whole (the uplink queue was full); a tap still confirms.</summary>
        public const int VoiceNotSent = 28;

        /// <summary>
        /// Voice enrolment after pairing, once before the first sample: voice setup, say each phrase after me. The first
        /// prompt is this phrase followed by <see cref="EnrolSay"/>'s, as one sentence, so (like <see cref="TwoCodes"/>) a
        /// table ends it with whatever space its language needs before the next.
        /// </summary>
        public const int EnrolStart = 29;

        /// <summary>
        /// Voice enrolment, each sample: "Say: ", followed by the sample's <c>EnrolmentScript</c> phrase
        /// (GlassesFirmware.Confirmation) and a full stop. The script phrase stays English in every language: the
        /// wallet's recognizer is English.
        /// </summary>
        public const int EnrolSay = 30;

        /// <summary>Voice enrolment done: every sample was sent.</summary>
        public const int EnrolDone = 31;

        /// <summary>Voice enrolment ended early (no speech in time, the wearer held the button, or a sample was not sent).</summary>
        public const int EnrolStopped = 32;

        /// <summary>Number of phrases: every language table has exactly this many.</summary>
        public const int Count = 33;
    }
}
