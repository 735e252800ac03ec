namespace GlassesFirmware.Uplink.Messages
{
    /// <summary>Error codes carried by <see cref="MessageType.Error"/> (key 24); stable on the wire.</summary>
    public enum WireError
    {
        /// <summary>No error.</summary>
        None = 0,
        /// <summary>The plaintext is not a valid message (CBOR rules, schema).</summary>
        Malformed = 1,
        /// <summary>Message version not supported.</summary>
        UnsupportedVersion = 2,
        /// <summary>The routing device id is not paired (sent unsealed: transport level only).</summary>
        UnknownDevice = 3,
        /// <summary>The envelope failed its checks (tag, direction, version, length).</summary>
        BadSeal = 4,
        /// <summary>The counter is not above the highest accepted.</summary>
        Replayed = 5,
        /// <summary>The request was sealed for a challenge that is past its time to live.</summary>
        ChallengeExpired = 6,
        /// <summary>The request was sealed for a challenge already used.</summary>
        ChallengeUsed = 7,
        /// <summary>The request id is known with different content.</summary>
        Conflict = 8,
        /// <summary>No request with this id (voice chunk, authorize).</summary>
        UnknownRequest = 9,
        /// <summary>The pairing offer is unknown, expired or already used.</summary>
        PairingRefused = 10,
        /// <summary>The wallet cannot take the message now; retry later.</summary>
        Busy = 11,
        /// <summary>The message is too large.</summary>
        TooLarge = 12,
        /// <summary>The message does not fit the request's state (voice after the decision, ...).</summary>
        WrongState = 13,
        /// <summary>Anything else.</summary>
        Internal = 14,
    }
}
