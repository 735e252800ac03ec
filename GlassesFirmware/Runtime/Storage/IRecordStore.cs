namespace GlassesFirmware.Storage
{
    /// <summary>
    /// Small named records that survive power loss (the in-flight payment, counters, the list of paid
    /// dynamic codes). Names are 1-15 ASCII letters, digits, '.' or '-' (the ESP32 NVS key limit). Records
    /// are at most <see cref="RecordLimits.MaxLength"/> bytes. <see cref="Write"/> replaces a record
    /// atomically: the adapter writes the new version beside the old one, verifies it, then switches, so a
    /// reader after any power cut sees either the old or the new record whole. The caller owns every buffer;
    /// the store copies in and out and keeps no reference. Implementations must not throw.
    /// </summary>
    public interface IRecordStore
    {
        /// <summary>
        /// Copies record <paramref name="name"/> into <paramref name="buffer"/> at <paramref name="offset"/>.
        /// Returns its length, <see cref="RecordLimits.Missing"/> when there is no such record, or
        /// <see cref="RecordLimits.Failed"/> when it does not fit in <paramref name="capacity"/> or cannot be read.
        /// </summary>
        int Read(string name, byte[] buffer, int offset, int capacity);

        /// <summary>
        /// Atomically replaces (or creates) record <paramref name="name"/> with <paramref name="count"/> bytes
        /// of <paramref name="data"/> from <paramref name="offset"/>. Returns true only once the new record is
        /// durable and verified; on false the previous record is still intact.
        /// </summary>
        bool Write(string name, byte[] data, int offset, int count);

        /// <summary>Removes the record; true when it is gone afterwards (also when it never existed).</summary>
        bool Delete(string name);
    }
}
