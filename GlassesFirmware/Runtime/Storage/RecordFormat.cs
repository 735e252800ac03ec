using GlassesFirmware.Integrity;

namespace GlassesFirmware.Storage
{
    /// <summary>
    /// The on-flash layout of one record version, little-endian:
    /// <c>'G' 'R' version flags | sequence (4) | length (2) | data (length) | CRC-32 (4)</c>, the CRC covering
    /// everything before it. The sequence number grows by one on every write of a name, so of two valid
    /// slots the higher sequence is the newer; a tombstone (flag bit 0) records a deletion the same way.
    /// Pure functions over caller buffers: no allocation.
    /// </summary>
    public static class RecordFormat
    {
        /// <summary>Bytes before the data.</summary>
        public const int HeaderLength = 10;

        /// <summary>Bytes after the data (the CRC).</summary>
        public const int TrailerLength = 4;

        /// <summary>Largest encoded record: header, <see cref="RecordLimits.MaxLength"/> data bytes, CRC.</summary>
        public const int MaxEncodedLength = HeaderLength + RecordLimits.MaxLength + TrailerLength;

        /// <summary>Format version written in byte 2.</summary>
        public const byte Version = 1;

        /// <summary>Flag: this version deletes the record.</summary>
        public const byte FlagTombstone = 1;

        private const byte Magic0 = (byte)'G';
        private const byte Magic1 = (byte)'R';

        /// <summary>
        /// Writes a record of <paramref name="count"/> bytes of <paramref name="data"/> (may be null when
        /// <paramref name="count"/> is 0) into <paramref name="slot"/> from index 0 and returns its encoded length.
        /// </summary>
        public static int Encode(uint sequence, byte flags, byte[] data, int offset, int count, byte[] slot)
        {
            if (count < 0 || count > RecordLimits.MaxLength || (count > 0 && (data == null || offset < 0 || offset > data.Length - count)))
            {
                throw new System.ArgumentOutOfRangeException("count");
            }

            if (slot == null || slot.Length < HeaderLength + count + TrailerLength)
            {
                throw new System.ArgumentOutOfRangeException("slot");
            }

            slot[0] = Magic0;
            slot[1] = Magic1;
            slot[2] = Version;
            slot[3] = flags;
            slot[4] = (byte)sequence;
            slot[5] = (byte)(sequence >> 8);
            slot[6] = (byte)(sequence >> 16);
            slot[7] = (byte)(sequence >> 24);
            slot[8] = (byte)count;
            slot[9] = (byte)(count >> 8);
            if (count > 0)
            {
                System.Array.Copy(data, offset, slot, HeaderLength, count);
            }

            int end = HeaderLength + count;
            uint crc = Crc32.Compute(slot, 0, end);
            slot[end] = (byte)crc;
            slot[end + 1] = (byte)(crc >> 8);
            slot[end + 2] = (byte)(crc >> 16);
            slot[end + 3] = (byte)(crc >> 24);
            return end + TrailerLength;
        }

        /// <summary>
        /// Checks the first <paramref name="count"/> bytes of <paramref name="slot"/>. Bytes after the record
        /// are ignored (a slot may be a fixed-size area). On <see cref="SlotStatus.Valid"/> the out values
        /// describe the record; the data starts at <see cref="HeaderLength"/>.
        /// </summary>
        public static SlotStatus Decode(byte[] slot, int count, out uint sequence, out byte flags, out int dataLength)
        {
            sequence = 0;
            flags = 0;
            dataLength = 0;
            if (count <= 0)
            {
                return SlotStatus.Empty;
            }

            if (count < HeaderLength + TrailerLength || slot[0] != Magic0 || slot[1] != Magic1 || slot[2] != Version)
            {
                return SlotStatus.NotARecord;
            }

            int length = slot[8] | (slot[9] << 8);
            if (length > RecordLimits.MaxLength || HeaderLength + length + TrailerLength > count)
            {
                return SlotStatus.Truncated;
            }

            int end = HeaderLength + length;
            uint stored = (uint)(slot[end] | (slot[end + 1] << 8) | (slot[end + 2] << 16) | (slot[end + 3] << 24));
            if (stored != Crc32.Compute(slot, 0, end))
            {
                return SlotStatus.BadChecksum;
            }

            sequence = (uint)(slot[4] | (slot[5] << 8) | (slot[6] << 16) | (slot[7] << 24));
            flags = slot[3];
            dataLength = length;
            return SlotStatus.Valid;
        }

        /// <summary>
        /// Which slot holds the current version: 0 or 1, or -1 when neither is valid. Of two valid slots the
        /// higher sequence wins (sequences never wrap in a device's life: 2^32 writes outlast the flash).
        /// </summary>
        public static int Newest(SlotStatus status0, uint sequence0, SlotStatus status1, uint sequence1)
        {
            bool valid0 = status0 == SlotStatus.Valid;
            bool valid1 = status1 == SlotStatus.Valid;
            if (valid0 && valid1)
            {
                return sequence1 > sequence0 ? 1 : 0;
            }

            return valid0 ? 0 : (valid1 ? 1 : -1);
        }

        /// <summary>True for 1-15 ASCII letters, digits, '.' or '-' (the ESP32 NVS key limit the port promises).</summary>
        public static bool IsValidName(string name)
        {
            if (name == null || name.Length < 1 || name.Length > 15)
            {
                return false;
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
