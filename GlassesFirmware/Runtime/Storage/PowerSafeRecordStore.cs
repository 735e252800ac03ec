using GlassesFirmware.Buffers;

namespace GlassesFirmware.Storage
{
    /// <summary>
    /// <see cref="IRecordStore"/> over two slots per name (<see cref="IRecordSlots"/>), written so that a power
    /// cut at any byte leaves the last complete record readable: a write goes to the slot that does NOT hold
    /// the current version, with the next sequence number, is read back and verified, and only then counts
    /// (the higher valid sequence wins on every read). A torn slot fails its CRC and the other slot still
    /// holds the previous version. Deletion writes a tombstone the same way before removing the slots, so a
    /// cut during a delete never resurrects an older version. Two slot-sized buffers are allocated once;
    /// calls are serialized by a lock and allocate nothing.
    /// </summary>
    public sealed class PowerSafeRecordStore : IRecordStore
    {
        private readonly IRecordSlots _slots;
        private readonly byte[] _slot0 = new byte[RecordFormat.MaxEncodedLength];
        private readonly byte[] _slot1 = new byte[RecordFormat.MaxEncodedLength];
        private readonly object _lock = new object();

        /// <summary>Creates the store over <paramref name="slots"/>.</summary>
        public PowerSafeRecordStore(IRecordSlots slots)
        {
            if (slots == null)
            {
                throw new System.ArgumentNullException("slots");
            }

            _slots = slots;
        }

        /// <summary>Writes that failed (I/O error or read-back mismatch) since boot; for diagnostics.</summary>
        public int FailedWrites { get; private set; }

        /// <summary>Slots found torn or corrupt on read since boot (expected after a power cut); for diagnostics.</summary>
        public int DamagedSlots { get; private set; }

        /// <inheritdoc />
        public int Read(string name, byte[] buffer, int offset, int capacity)
        {
            if (!RecordFormat.IsValidName(name) || buffer == null || offset < 0 || capacity < 0 || offset > buffer.Length - capacity)
            {
                return RecordLimits.Failed;
            }

            lock (_lock)
            {
                uint sequence;
                byte flags;
                int length;
                int newest = LoadNewest(name, out sequence, out flags, out length);
                if (newest < 0 || (flags & RecordFormat.FlagTombstone) != 0)
                {
                    return RecordLimits.Missing;
                }

                if (length > capacity)
                {
                    return RecordLimits.Failed;
                }

                System.Array.Copy(newest == 0 ? _slot0 : _slot1, RecordFormat.HeaderLength, buffer, offset, length);
                return length;
            }
        }

        /// <inheritdoc />
        public bool Write(string name, byte[] data, int offset, int count)
        {
            if (!RecordFormat.IsValidName(name) || count < 0 || count > RecordLimits.MaxLength || (count > 0 && (data == null || offset < 0 || offset > data.Length - count)))
            {
                return false;
            }

            lock (_lock)
            {
                return WriteVersion(name, 0, data, offset, count);
            }
        }

        /// <inheritdoc />
        public bool Delete(string name)
        {
            if (!RecordFormat.IsValidName(name))
            {
                return false;
            }

            lock (_lock)
            {
                uint sequence;
                byte flags;
                int length;
                int newest = LoadNewest(name, out sequence, out flags, out length);
                int tombstone = newest < 0 ? 0 : newest;
                if (newest >= 0 && (flags & RecordFormat.FlagTombstone) == 0)
                {
                    if (!WriteVersion(name, RecordFormat.FlagTombstone, null, 0, 0))
                    {
                        return false;
                    }

                    tombstone = 1 - newest;
                }

                // The tombstone is now the newest version: removing the other slot first, then the tombstone, keeps
                // every intermediate state reading as "missing".
                bool gone = _slots.DeleteSlot(name, 1 - tombstone);
                return _slots.DeleteSlot(name, tombstone) && gone;
            }
        }

        // Writes the next version into the slot not holding the current one, then verifies it by reading it back.
        private bool WriteVersion(string name, byte flags, byte[] data, int offset, int count)
        {
            uint sequence;
            byte currentFlags;
            int length;
            int newest = LoadNewest(name, out sequence, out currentFlags, out length);
            int target = newest == 0 ? 1 : 0;
            uint next = newest < 0 ? 1 : sequence + 1;

            byte[] image = target == 0 ? _slot0 : _slot1;
            int encoded = RecordFormat.Encode(next, flags, data, offset, count, image);
            if (!_slots.WriteSlot(name, target, image, encoded))
            {
                FailedWrites++;
                return false;
            }

            // Read back into the same buffer: the other buffer still holds the current version's image.
            int read = _slots.ReadSlot(name, target, image);
            uint readSequence;
            byte readFlags;
            int readLength;
            bool same = RecordFormat.Decode(image, read, out readSequence, out readFlags, out readLength) == SlotStatus.Valid
                && readSequence == next && readFlags == flags && readLength == count && Bytes.Same(image, RecordFormat.HeaderLength, data, offset, count);
            if (!same)
            {
                FailedWrites++;
            }

            return same;
        }

        // Reads both slots into the two buffers; returns the index of the newest valid one, or -1.
        private int LoadNewest(string name, out uint sequence, out byte flags, out int length)
        {
            uint sequence0;
            uint sequence1;
            byte flags0;
            byte flags1;
            int length0;
            int length1;
            SlotStatus status0 = RecordFormat.Decode(_slot0, _slots.ReadSlot(name, 0, _slot0), out sequence0, out flags0, out length0);
            SlotStatus status1 = RecordFormat.Decode(_slot1, _slots.ReadSlot(name, 1, _slot1), out sequence1, out flags1, out length1);
            if (status0 != SlotStatus.Valid && status0 != SlotStatus.Empty)
            {
                DamagedSlots++;
            }

            if (status1 != SlotStatus.Valid && status1 != SlotStatus.Empty)
            {
                DamagedSlots++;
            }

            int newest = RecordFormat.Newest(status0, sequence0, status1, sequence1);
            sequence = newest == 1 ? sequence1 : sequence0;
            flags = newest == 1 ? flags1 : flags0;
            length = newest == 1 ? length1 : length0;
            return newest;
        }
    }
}
