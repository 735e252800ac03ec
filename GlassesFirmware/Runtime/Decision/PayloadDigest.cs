namespace GlassesFirmware.Decision
{
    /// <summary>
    /// 64-bit FNV-1a over payload bytes: recognises the same code again (a dynamic code paid before, the
    /// in-flight payment after a reboot) without storing it. Not a security boundary: the wallet enforces
    /// single use and authenticity; a collision could only make the glasses refuse a code.
    /// </summary>
    public static class PayloadDigest
    {
        private const long Offset = unchecked((long)0xCBF29CE484222325UL);
        private const long Prime = 0x100000001B3L;

        /// <summary>Digest of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public static long Compute(byte[] data, int offset, int count)
        {
            long h = Offset;
            for (int i = offset; i < offset + count; i++)
            {
                h ^= data[i];
                h = unchecked(h * Prime);
            }
            return h;
        }
    }
}
