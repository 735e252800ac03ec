
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
}
