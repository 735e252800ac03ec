namespace GlassesFirmware.Uplink.Links
{
    /// <summary>
    /// The HTTPS binding (docs/protocol.md, "HTTPS binding"): one POST of a routed, sealed body to the paired
    /// wallet's endpoint with an <c>Idempotency-Key</c> header, TLS 1.2+ trusting only the paired wallet's
    /// anchor, an explicit timeout, and bounded retries with backoff and jitter (<see cref="RetrySchedule"/>)
    /// for failures before a response. One exchange at a time. Non-blocking (the device adapter runs the
    /// synchronous nanoFramework HttpClient on its own thread); implementations must not throw.
    /// </summary>
    public interface IRequestLink
    {
        /// <summary>True when the network is up and a wallet endpoint is configured.</summary>
        bool IsAvailable { get; }

        /// <summary>
        /// Points the link at the paired wallet: <paramref name="baseUrl"/> (the pairing QR's HTTPS endpoint;
        /// bodies are POSTed to <c>baseUrl + "v1/uplink"</c>) and its only TLS anchor. The host adapter checks the
        /// server certificate's SHA-256 against <paramref name="anchorFingerprint"/> in its validation callback;
        /// the device adapter passes <paramref name="anchorCertificate"/> (DER) as <c>HttpsAuthentCert</c>. During
        /// pairing the certificate is not known yet (null): the handshake is secured by sealing alone
        /// (docs/protocol.md 7.2). Null <paramref name="baseUrl"/> unconfigures the link (unpairing).
        /// </summary>
        bool Configure(string baseUrl, byte[] anchorCertificate, byte[] anchorFingerprint);

        /// <summary>
        /// Starts POSTing <paramref name="count"/> bytes of <paramref name="body"/> (copied) with header
        /// <c>Idempotency-Key: <paramref name="idempotencyKey"/></c>. False when an exchange is already running
        /// or the link is unavailable.
        /// </summary>
        bool Post(string idempotencyKey, byte[] body, int offset, int count);

        /// <summary>
        /// State of the running exchange. On <see cref="RequestLinkState.Completed"/> the response body has
        /// been copied into <paramref name="buffer"/> and <paramref name="length"/> is its length; the
        /// exchange is then over. <see cref="RequestLinkState.Failed"/> (timeouts, TLS, HTTP errors after all
        /// retries, a body longer than <paramref name="capacity"/>) also ends it.
        /// </summary>
        RequestLinkState Poll(byte[] buffer, int offset, int capacity, out int length);
    }
}
