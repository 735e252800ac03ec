namespace GlassesFirmware.Buffers
{
    /// <summary>Byte-run comparison shared by the runtime libraries (not for secrets: it stops at the first difference).</summary>
    public static class Bytes
    {
        /// <summary>True when <paramref name="count"/> bytes of <paramref name="a"/> from <paramref name="aOffset"/> equal those of <paramref name="b"/> from <paramref name="bOffset"/>.</summary>
        public static bool Same(byte[] a, int aOffset, byte[] b, int bOffset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (a[aOffset + i] != b[bOffset + i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
