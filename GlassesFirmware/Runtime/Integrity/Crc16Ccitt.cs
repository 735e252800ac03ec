namespace GlassesFirmware.Integrity
{
    /// <summary>
    /// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor), the checksum of
    /// EMVCo merchant-presented QR codes (tag 63). Check value: "123456789" gives 0x29B1.
    /// </summary>
    public static class Crc16Ccitt
    {
        /// <summary>The initial register value; pass it to <see cref="Update"/> to start a new CRC.</summary>
        public const ushort Initial = 0xFFFF;

        // One table lookup per byte instead of eight shift/xor steps: the interpreter pays per IL op.
        private static readonly ushort[] Table = BuildTable();

        /// <summary>Computes the CRC of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public static ushort Compute(byte[] data, int offset, int count)
        {
            return Update(Initial, data, offset, count);
        }

        /// <summary>Continues a CRC over more bytes, so a payload can be checked in pieces.</summary>
        public static ushort Update(ushort crc, byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new System.ArgumentOutOfRangeException("count");
            }

            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = (ushort)((crc << 8) ^ Table[((crc >> 8) ^ data[i]) & 0xFF]);
            }

            return crc;
        }

        private static ushort[] BuildTable()
        {
            ushort[] table = new ushort[256];
            for (int n = 0; n < 256; n++)
            {
                int c = n << 8;
                for (int bit = 0; bit < 8; bit++)
                {
                    c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
                }

                table[n] = (ushort)c;
            }

            return table;
        }
    }
}
