namespace GlassesFirmware.Storage
{
    /// <summary>Limits and return values of <see cref="IRecordStore"/>.</summary>
    public static class RecordLimits
    {
        /// <summary>Largest record in bytes (fits one flash page with the adapter's header and checksum).</summary>
        public const int MaxLength = 3968;

        /// <summary><see cref="IRecordStore.Read"/>: no record by that name.</summary>
        public const int Missing = -1;

        /// <summary><see cref="IRecordStore.Read"/>: the record is too long for the buffer or unreadable.</summary>
        public const int Failed = -2;
    }
}
