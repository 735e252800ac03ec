
namespace GlassesFirmware.Uplink.Sealing
{
    /// <summary>Outcome of sealing or opening a message. Numbers are stable; <see cref="SealStatuses.Name"/> gives the text.</summary>
    public enum SealStatus
    {
        /// <summary>Sealed, or opened and authentic.</summary>
        Ok = 0,

        /// <summary>Shorter than header plus tag.</summary>
        TooShort = 1,

        /// <summary>Plaintext longer than <see cref="MessageSealer.MaxPlaintextLength"/>.</summary>
        TooLong = 2,

        /// <summary>The version byte is not one this runtime speaks.</summary>
        UnsupportedVersion = 3,

        /// <summary>The direction byte is not the one expected here (e.g. a message reflected back).</summary>
        WrongDirection = 4,

        /// <summary>The tag does not verify: the header, associated data or ciphertext was altered, or the key differs.</summary>
        TagMismatch = 5,

        /// <summary>Authentic, but its counter is not above the last one accepted: a replay or a rollback.</summary>
        Replayed = 6,

        /// <summary>Sending: the counter is not above the last one used, which would reuse a keystream.</summary>
        CounterReuse = 7,

        /// <summary>Counter 0, which no message may carry.</summary>
        InvalidCounter = 8
    }
}
