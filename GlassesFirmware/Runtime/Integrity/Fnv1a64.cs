namespace GlassesFirmware.Integrity
{
    /// <summary>
    /// 64-bit FNV-1a, fed piece by piece: a digest of raw bytes (<c>Decision.PayloadDigest</c>) or of
    /// parsed fields (<c>PaymentIntent.ContentDigest</c>). Recognises data seen before; not a security
    /// boundary.
    /// </summary>
    public static class Fnv1a64
    {
        /// <summary>The digest of no bytes: start every digest from here.</summary>
        public const long Offset = unchecked((long)0xCBF29CE484222325UL);

        private const long Prime = 0x100000001B3L;

        /// <summary>Adds one byte.</summary>
        public static long Add(long h, int value)
        {
            h ^= value & 0xFF;
            return unchecked(h * Prime);
        }

        /// <summary>Adds the bytes [start, end) of <paramref name="data"/>.</summary>
        public static long Add(long h, byte[] data, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                h ^= data[i];
                h = unchecked(h * Prime);
            }

            return h;
        }

        /// <summary>Adds the characters of an ASCII string (one byte each).</summary>
        public static long Add(long h, string ascii)
        {
            // One ToCharArray instead of ascii[i]: on the device a string is UTF-8 and s[i] walks it from the start,
            // and a wxp:// host is a token of hundreds of characters.
            char[] chars = ascii.ToCharArray();
            for (int i = 0; i < chars.Length; i++) h = Add(h, chars[i]);
            return h;
        }

        /// <summary>Adds the 8 bytes of <paramref name="value"/>, most significant first.</summary>
        public static long AddLong(long h, long value)
        {
            for (int shift = 56; shift >= 0; shift -= 8) h = Add(h, (int)(value >> shift));
            return h;
        }
    }
}
