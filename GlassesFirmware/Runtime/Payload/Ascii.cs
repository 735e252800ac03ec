namespace GlassesFirmware.Payload
{
    /// <summary>ASCII tests and comparisons in place on a byte buffer, so the parser never builds a string to compare.</summary>
    public static class Ascii
    {
        /// <summary>True when every byte is in the EMV "ans" set (printable ASCII 0x20-0x7E).</summary>
        public static bool IsAns(byte[] b, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (b[i] < 0x20 || b[i] > 0x7E) return false;
            }

            return true;
        }

        /// <summary>True when the range is non-empty and holds only the digits 0-9.</summary>
        public static bool IsDigits(byte[] b, int start, int end)
        {
            if (end <= start) return false;
            for (int i = start; i < end; i++)
            {
                if (b[i] < (byte)'0' || b[i] > (byte)'9') return false;
            }

            return true;
        }

        /// <summary>Value of two ASCII digits at <paramref name="pos"/>, or -1.</summary>
        public static int TwoDigits(byte[] b, int pos)
        {
            int d1 = b[pos] - '0';
            int d2 = b[pos + 1] - '0';
            if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
            return d1 * 10 + d2;
        }

        /// <summary>ASCII case-insensitive comparison of [start, end) with <paramref name="s"/>.</summary>
        public static bool EqualsIgnoreCase(byte[] b, int start, int end, string s)
        {
            return end - start == s.Length && StartsWithIgnoreCase(b, start, end, s);
        }

        /// <summary>ASCII case-insensitive prefix test of [start, end) against <paramref name="prefix"/>.</summary>
        public static bool StartsWithIgnoreCase(byte[] b, int start, int end, string prefix)
        {
            if (end - start < prefix.Length) return false;
            for (int k = 0; k < prefix.Length; k++)
            {
                if (Lower(b[start + k]) != Lower((byte)prefix[k])) return false;
            }

            return true;
        }

        /// <summary>Exact prefix test of [start, end) against an ASCII <paramref name="prefix"/>.</summary>
        public static bool StartsWith(byte[] b, int start, int end, string prefix)
        {
            if (end - start < prefix.Length) return false;
            for (int k = 0; k < prefix.Length; k++)
            {
                if (b[start + k] != (byte)prefix[k]) return false;
            }

            return true;
        }

        /// <summary>ASCII lower-case of one byte.</summary>
        public static int Lower(byte c)
        {
            return c >= (byte)'A' && c <= (byte)'Z' ? c + 32 : c;
        }

        /// <summary>ASCII upper-case of one byte.</summary>
        public static int Upper(byte c)
        {
            return c >= (byte)'a' && c <= (byte)'z' ? c - 32 : c;
        }

        /// <summary>True for an ASCII letter.</summary>
        public static bool IsLetter(byte c)
        {
            return (c >= (byte)'A' && c <= (byte)'Z') || (c >= (byte)'a' && c <= (byte)'z');
        }
    }
}
