namespace GlassesFirmware.Uplink.Crypto
{
    /// <summary>Comparisons whose duration does not depend on where the inputs differ (for MAC tags).</summary>
    public static class FixedTime
    {
        /// <summary>
        /// True when <paramref name="count"/> bytes of <paramref name="a"/> from <paramref name="aOffset"/> equal
        /// those of <paramref name="b"/> from <paramref name="bOffset"/>. Every byte is visited: no early exit.
        /// </summary>
        public static bool AreEqual(byte[] a, int aOffset, byte[] b, int bOffset, int count)
        {
            if (a == null || b == null || count < 0 || aOffset < 0 || bOffset < 0 || aOffset > a.Length - count || bOffset > b.Length - count)
            {
                throw new System.ArgumentOutOfRangeException("count");
            }

            int difference = 0;
            for (int i = 0; i < count; i++)
            {
                difference |= a[aOffset + i] ^ b[bOffset + i];
            }

            return difference == 0;
        }
    }
}
