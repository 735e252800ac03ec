using GlassesFirmware.Text;

namespace GlassesFirmware.Decision
{
    /// <summary>
    /// The session's view of the wallet (the phone app over BLE or the wallet backend over HTTPS): requests
    /// go out, decisions come back, identified by a 16-byte request id the glasses chose and persisted before
    /// the first send. Transport-agnostic and non-blocking: every call only queues work and returns a
    /// <see cref="WalletCallStatus"/>; answers arrive through <see cref="Poll"/>, which the session calls from
    /// its main-loop step. The implementation seals, frames, retries and reconnects; it must reuse the same
    /// request id on every retry so the wallet keeps exactly one decision per request id. Buffers passed in are
    /// owned by the caller and may be reused after the call returns (the client copies what it queues).
    /// Implementations must not throw.
    /// </summary>
    public interface IWalletClient
    {
        /// <summary>True while a paired wallet is reachable over some transport.</summary>
        bool IsLinkUp { get; }

        /// <summary>
        /// Sends a new payment request. The wallet resolves the payee (and the amount for URL codes) and
        /// answers with <see cref="WalletOutcome.NeedsConfirmation"/>, <see cref="WalletOutcome.NeedsAmount"/>
        /// or a final outcome. Resubmitting the same request id after a link drop is safe.
        /// </summary>
        WalletCallStatus Submit(PaymentRequest request);

        /// <summary>
        /// Streams one chunk of IMA ADPCM voice (16 kHz, 4 bits per sample) for
        /// <paramref name="requestId"/>: the spoken amount or the spoken confirmation, by
        /// <paramref name="purpose"/>. <paramref name="sequence"/> counts from 0 per utterance;
        /// <paramref name="last"/> ends the utterance.
        /// </summary>
        WalletCallStatus SendVoice(byte[] requestId, VoicePurpose purpose, int sequence, byte[] data, int offset, int count, bool last);

        /// <summary>
        /// Tells the wallet the wearer confirmed the readback <paramref name="readback"/> (the exact sentence
        /// spoken) by <paramref name="method"/>; for voice, the confirmation utterance was streamed before. The
        /// wallet checks intent (and the voiceprint) and answers with a final outcome.
        /// </summary>
        WalletCallStatus Confirm(byte[] requestId, ConfirmationMethod method, string readback);

        /// <summary>Asks for the decision on an earlier request id (after a reboot or a link drop); answered through <see cref="Poll"/>.</summary>
        WalletCallStatus QueryStatus(byte[] requestId);

        /// <summary>Withdraws the request; the wallet answers <see cref="WalletOutcome.Cancelled"/>, or its decision if it was already made.</summary>
        WalletCallStatus Cancel(byte[] requestId);

        /// <summary>
        /// Takes the oldest event (decision, keepalive, link change) into the caller-owned
        /// <paramref name="into"/>, overwriting all its fields; false when there is none.
        /// </summary>
        bool Poll(WalletEvent into);
    }

    /// <summary>Immediate result of an <see cref="IWalletClient"/> call.</summary>
    public enum WalletCallStatus
    {
        /// <summary>Queued for sending; the answer comes through <see cref="IWalletClient.Poll"/>.</summary>
        Queued = 0,
        /// <summary>No transport reaches the wallet now; nothing was queued.</summary>
        LinkDown = 1,
        /// <summary>The outgoing queue is full; try again on a later step.</summary>
        Busy = 2,
        /// <summary>The glasses are not paired with a wallet.</summary>
        NotPaired = 3,
        /// <summary>The call was malformed (a programming error in the caller).</summary>
        Rejected = 4,
    }

    /// <summary>What a voice stream is for.</summary>
    public enum VoicePurpose
    {
        /// <summary>The wearer saying the amount (static codes).</summary>
        Amount = 0,
        /// <summary>The wearer saying "confirm": intent and voiceprint.</summary>
        Confirmation = 1,
    }

    /// <summary>How the wearer confirmed.</summary>
    public enum ConfirmationMethod
    {
        /// <summary>Spoken confirmation (streamed as <see cref="VoicePurpose.Confirmation"/>).</summary>
        Voice = 0,
        /// <summary>A tap on the button (builds without a microphone, or the wearer prefers it).</summary>
        Button = 1,
    }

    /// <summary>Kinds of <see cref="WalletEvent"/>.</summary>
    public enum WalletEventKind
    {
        /// <summary>The event holds nothing.</summary>
        None = 0,
        /// <summary>The wallet is still working on <see cref="WalletEvent.RequestId"/> (waiting for its user or its backend).</summary>
        Keepalive = 1,
        /// <summary>An answer about <see cref="WalletEvent.RequestId"/>: see <see cref="WalletEvent.Outcome"/>.</summary>
        Decision = 2,
        /// <summary>The link to the wallet was lost; queued calls are kept and resent after reconnecting.</summary>
        LinkDown = 3,
        /// <summary>The link to the wallet is back.</summary>
        LinkUp = 4,
        /// <summary>
        /// The call about <see cref="WalletEvent.RequestId"/> could not be completed: retries exhausted, or the
        /// wallet refused it (conflicting content, unknown request). Nothing is known to be paid: query the status
        /// later; never report success.
        /// </summary>
        Failed = 5,
    }

    /// <summary>The wallet's answer about a request.</summary>
    public enum WalletOutcome
    {
        /// <summary>No outcome in this event.</summary>
        None = 0,
        /// <summary>Paid.</summary>
        Approved = 1,
        /// <summary>Refused; see <see cref="WalletEvent.Reason"/>.</summary>
        Declined = 2,
        /// <summary>The wallet resolved payee and amount; read them back and confirm.</summary>
        NeedsConfirmation = 3,
        /// <summary>The wallet resolved the payee but needs the amount spoken.</summary>
        NeedsAmount = 4,
        /// <summary>The wallet knows the request and has not decided yet (status query).</summary>
        Pending = 5,
        /// <summary>The wallet never received this request id (status query): nothing was paid.</summary>
        Unknown = 6,
        /// <summary>The request was withdrawn before any payment.</summary>
        Cancelled = 7,
    }

    /// <summary>Why the wallet declined.</summary>
    public enum DeclineReason
    {
        /// <summary>Not declined, or no reason given.</summary>
        None = 0,
        /// <summary>The spoken confirmation did not match the wearer's voiceprint.</summary>
        VoiceMismatch = 1,
        /// <summary>The confirmation did not express intent to pay what was read back.</summary>
        IntentMismatch = 2,
        /// <summary>Not enough funds.</summary>
        Funds = 3,
        /// <summary>A wallet or scheme limit.</summary>
        Limit = 4,
        /// <summary>The wallet's risk checks refused it.</summary>
        Risk = 5,
        /// <summary>The payee could not be resolved or is blocked.</summary>
        Payee = 6,
        /// <summary>This single-use code was already paid.</summary>
        AlreadyPaid = 7,
        /// <summary>The wallet's own time limit ran out.</summary>
        Expired = 8,
        /// <summary>Any other reason.</summary>
        Other = 9,
    }

    /// <summary>Stable names of <see cref="WalletOutcome"/> and <see cref="DeclineReason"/> (enum ToString prints numbers on the device).</summary>
    public static class DecisionNames
    {
        private static readonly string[] Outcomes =
        {
            "none", "approved", "declined", "needsConfirmation", "needsAmount", "pending", "unknown", "cancelled",
        };

        private static readonly string[] Reasons =
        {
            "none", "voiceMismatch", "intentMismatch", "funds", "limit", "risk", "payee", "alreadyPaid", "expired", "other",
        };

        /// <summary>The name of <paramref name="outcome"/>, or its number when it has none.</summary>
        public static string Outcome(WalletOutcome outcome)
        {
            return EnumNames.Of(Outcomes, (int)outcome);
        }

        /// <summary>The name of <paramref name="reason"/>, or its number when it has none.</summary>
        public static string Reason(DeclineReason reason)
        {
            return EnumNames.Of(Reasons, (int)reason);
        }
    }
}
