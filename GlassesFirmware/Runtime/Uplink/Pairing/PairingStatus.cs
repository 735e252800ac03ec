namespace GlassesFirmware.Uplink.Pairing
{
    /// <summary>Results of pairing steps.</summary>
    public enum PairingStatus
    {
        /// <summary>Success.</summary>
        Ok = 0,
        /// <summary>The QR text does not start with <see cref="PairingOffer.Prefix"/>.</summary>
        NotAnOffer = 1,
        /// <summary>The text after the prefix is not unpadded base64url.</summary>
        BadEncoding = 2,
        /// <summary>The CBOR is invalid or a field is missing, extra or out of range.</summary>
        Malformed = 3,
        /// <summary>An offer format this runtime does not read.</summary>
        UnsupportedVersion = 4,
        /// <summary>The wallet's answer did not prove possession of the secret (seal, nonce or reply-to).</summary>
        BadProof = 5,
        /// <summary>The step does not fit the handshake's state.</summary>
        WrongState = 6,
        /// <summary>
        /// The wallet refused the offer (unknown, expired or already used): a sealed refusal, or unsealed ones on every
        /// attempt. Also what loading reports when no pairing is stored.
        /// </summary>
        Refused = 7,
        /// <summary>The pairing or the counters could not be written to storage.</summary>
        StoreFailed = 8,
        /// <summary>The anchor certificate the wallet sent does not match the fingerprint in the QR.</summary>
        AnchorMismatch = 9,
        /// <summary>No answer from the wallet after every attempt (no link, or the wallet is not running).</summary>
        Unreachable = 10,
    }
}
