namespace GlassesFirmware.Integrity
{
    /// <summary>
    /// CRC-32 (IEEE 802.3: reflected poly 0xEDB88320, init and final xor 0xFFFFFFFF), the checksum of
    /// persisted records: 32 bits, so a torn write is taken for a complete record with odds of 2^-32, not
    /// the 2^-16 of <see cref="Crc16Ccitt"/>. Check value: "123456789" gives 0xCBF43926.
    /// </summary>
    public static class Crc32
    {
        // One table lookup per byte: the interpreter pays per IL op.
        private static readonly uint[] Table = BuildTable();

        /// <summary>Computes the CRC of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public static uint Compute(byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new System.ArgumentOutOfRangeException("count");
            }

            uint crc = 0xFFFFFFFF;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = (crc >> 8) ^ Table[(crc ^ data[i]) & 0xFF];
            }

            return crc ^ 0xFFFFFFFF;
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
