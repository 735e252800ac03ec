namespace GlassesFirmware.Storage
{
    /// <summary>What <see cref="RecordFormat.Decode"/> found in a slot.</summary>
    public enum SlotStatus
    {
        /// <summary>A complete record: header, data and CRC agree.</summary>
        Valid = 0,
        /// <summary>The slot holds no bytes.</summary>
        Empty = 1,
        /// <summary>Too short for a header, or not a record of this format (magic or version).</summary>
        NotARecord = 2,
        /// <summary>The header claims more data than the slot holds, or more than the record limit.</summary>
        Truncated = 3,
        /// <summary>Header and length are plausible but the CRC does not match: a torn or corrupted write.</summary>
        BadChecksum = 4,
    }
}
