namespace GlassesFirmware.Uplink.Channel
{
    /// <summary>Result of <see cref="UplinkChannel.Open"/> and <see cref="UplinkChannel.OpenAnswer"/>.</summary>
    public enum OpenStatus
    {
        /// <summary>Authentic, newer than any accepted, and a valid message (for an answer: the awaited one).</summary>
        Ok = 0,

        /// <summary>The envelope failed a sealing check (<see cref="UplinkChannel.LastSealStatus"/> tells which).</summary>
        BadSeal = 1,

        /// <summary>Authentic, but its counter is not above the last one accepted: a replay or a rollback.</summary>
        Replayed = 2,

        /// <summary>Authentic, but not a valid message.</summary>
        Malformed = 3,

        /// <summary>Authentic, but a message version this runtime does not read.</summary>
        UnsupportedVersion = 4,

        /// <summary>Authentic and valid, but not an answer to the awaited message.</summary>
        NotTheAnswer = 5
    }
}
