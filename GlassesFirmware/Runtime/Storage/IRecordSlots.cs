namespace GlassesFirmware.Storage
{
    /// <summary>
    /// Raw storage under <see cref="PowerSafeRecordStore"/>: two independent slots (0 and 1) per record name,
    /// each holding one encoded record. A write to one slot never touches the other, so a power cut during a
    /// write can damage at most the slot being written. On the glasses each slot is a file on the internal
    /// flash file system; tests use memory that can be torn at any byte. Implementations must not throw.
    /// </summary>
    public interface IRecordSlots
    {
        /// <summary>
        /// Copies the slot's bytes into <paramref name="buffer"/> from index 0 (at most its length) and returns
        /// how many were copied: 0 when the slot is empty or absent, -1 when it cannot be read.
        /// </summary>
        int ReadSlot(string name, int slot, byte[] buffer);

        /// <summary>Replaces the slot's content with <paramref name="count"/> bytes of <paramref name="data"/>; false on an I/O error.</summary>
        bool WriteSlot(string name, int slot, byte[] data, int count);

        /// <summary>Removes the slot; true when it is absent afterwards.</summary>
        bool DeleteSlot(string name, int slot);
    }
}
