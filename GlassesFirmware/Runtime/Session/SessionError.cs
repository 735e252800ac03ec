namespace GlassesFirmware.Session
{
    /// <summary>Typed reasons, stable across releases (the numbers are logged and shown in diagnostics).</summary>
    public enum SessionError
    {
        /// <summary>No error.</summary>
        None = 0,
        /// <summary>The wearer cancelled (long press or <see cref="PaymentSession.Cancel"/>).</summary>
        Cancelled = 1,
        /// <summary>A state's time limit ran out (<see cref="PaymentSession.LastErrorState"/> says which).</summary>
        Timeout = 2,
        /// <summary>No payment code was found before the scan time cap.</summary>
        NoCode = 3,
        /// <summary>The camera or scanner module did not start or deliver.</summary>
        CaptureFailed = 4,
        /// <summary>Only codes that are not payments were seen (text, a consumer code, binary).</summary>
        NotPayment = 5,
        /// <summary>A URL code whose host is not allow-listed (never opened, never forwarded).</summary>
        UrlNotAllowed = 6,
        /// <summary>A payment code with an error finding (bad CRC, malformed fields).</summary>
        PayloadInvalid = 7,
        /// <summary>The payload does not fit the session's buffer.</summary>
        PayloadTooLong = 8,
        /// <summary>This single-use (dynamic) code was paid before.</summary>
        AlreadyPaid = 9,
        /// <summary>The amount is above nf.config limit.amount.max.minor.</summary>
        AmountAboveLimit = 10,
        /// <summary>Battery below nf.config limit.battery.min.percent.</summary>
        BatteryLow = 11,
        /// <summary>Chip above nf.config limit.temperature.max.c.</summary>
        TooHot = 12,
        /// <summary>No transport reaches the wallet.</summary>
        LinkDown = 13,
        /// <summary>The glasses are not paired with a wallet.</summary>
        NotPaired = 14,
        /// <summary>The wallet did not answer in time (the request is then settled later by its id).</summary>
        WalletTimeout = 15,
        /// <summary>The wallet declined (<see cref="PaymentSession.LastDecline"/> says why).</summary>
        Declined = 16,
        /// <summary>The in-flight record could not be stored, so nothing was sent.</summary>
        StorageFailed = 17,
        /// <summary>The microphone is missing or failed while voice was needed.</summary>
        MicrophoneFailed = 18,
        /// <summary>The wallet did not understand the spoken amount after the allowed attempts.</summary>
        AmountNotUnderstood = 19,
        /// <summary>A payment interrupted by a reboot never reached the wallet: nothing was paid.</summary>
        Interrupted = 20,
        /// <summary>An earlier request is still undecided; no new payment until the wallet settles it.</summary>
        PreviousUnresolved = 21,
        /// <summary>An unexpected fault in the runtime or an adapter; the session returned to idle.</summary>
        Fault = 22,
        /// <summary>The code needs a spoken amount, but this build cannot stream voice (<see cref="SessionSettings.StreamVoice"/>).</summary>
        VoiceUnavailable = 23,
        /// <summary>
        /// The wallet's amount or currency differs from the code's and <see cref="SessionSettings.RefuseWalletDifferences"/>
        /// is on (the default): nothing is read back, the wallet gets Cancel(id).
        /// </summary>
        WalletDiffers = 24,
        /// <summary>A payee name (the code's or the wallet's) hides characters (bidi controls) or imitates the readback's quoting.</summary>
        TextRefused = 25,
        /// <summary>The wallet answered about this request but did not decide in time; it may still complete it.</summary>
        WalletLate = 26,
        /// <summary>
        /// The wearer cancelled after confirming: the wallet got Cancel(id) but may still complete the payment. The
        /// wallet's final answer is reported when it comes (<see cref="PaymentSession.LastOutcome"/> then changes).
        /// </summary>
        CancelUnconfirmed = 27,
        /// <summary>
        /// A second payment code was found in the frame of the code already read back (a sticker beside the merchant's
        /// code): the request was withdrawn with Cancel(id) before any confirmation, and nothing was paid.
        /// </summary>
        CodesInView = 28,
    }
}
