using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Reads "name=value" pairs of a URL query and URL path segments in place on the parser's buffer, and
    /// percent-decodes a value into text. Nothing is opened or resolved: these are the fields a payment URL
    /// states (UPI pn/am/cu, a PayPal.me name).
    /// </summary>
    internal static class UrlQuery
    {
        /// <summary>Longest value decoded into text; longer values are not read (a payee name is never that long).</summary>
        public const int MaxValueBytes = 256;

        /// <summary>Index of the '?' in [s, e) before any '#', or -1.</summary>
        public static int Start(byte[] b, int s, int e)
        {
            for (int i = s; i < e; i++)
            {
                if (b[i] == (byte)'#') return -1;
                if (b[i] == (byte)'?') return i;
            }

            return -1;
        }

        /// <summary>
        /// Start of the value of the first "name=" (ASCII case-insensitive) in the query that begins at the '?' at
        /// <paramref name="query"/>, with <paramref name="valueEnd"/> set; -1 when the query has no such pair.
        /// </summary>
        public static int Find(byte[] b, int query, int e, string name, out int valueEnd)
        {
            valueEnd = -1;
            if (query < 0) return -1;
            int i = query + 1;
            int n = name.Length;
            while (i < e)
            {
                int end = i;
                while (end < e && b[end] != (byte)'&' && b[end] != (byte)'#') end++;
                if (end - i > n && b[i + n] == (byte)'=' && Ascii.StartsWithIgnoreCase(b, i, end, name))
                {
                    valueEnd = end;
                    return i + n + 1;
                }

                if (end < e && b[end] == (byte)'#') return -1;
                i = end + 1;
            }

            return -1;
        }

        /// <summary>
        /// The text of a query value or path segment: %XX escapes decoded, '+' read as a space when
        /// <paramref name="plusIsSpace"/>. Null when it is empty, longer than <see cref="MaxValueBytes"/>, has a broken
        /// escape, is not UTF-8 once decoded, or holds a control character: such a value is not read at all.
        /// </summary>
        public static string Decode(byte[] b, int s, int e, bool plusIsSpace)
        {
            if (e - s > MaxValueBytes) return null;
            byte[] text = new byte[e - s];
            int n = DecodeInto(b, s, e, plusIsSpace, text);
            if (n <= 0) return null;
            return Utf8.GetString(text, 0, n);
        }

        /// <summary>
        /// Decodes [s, e) as <see cref="Decode"/> does into <paramref name="into"/> (at least e - s bytes); the
        /// number of bytes, 0 when empty, or -1 for a broken escape, a control character or bytes that are not UTF-8.
        /// </summary>
        public static int DecodeInto(byte[] b, int s, int e, bool plusIsSpace, byte[] into)
        {
            int n = 0;
            for (int i = s; i < e; i++)
            {
                byte c = b[i];
                if (c == (byte)'%')
                {
                    int hi = i + 2 < e ? Hex(b[i + 1]) : -1;
                    int lo = hi >= 0 ? Hex(b[i + 2]) : -1;
                    if (lo < 0) return -1;
                    c = (byte)(hi * 16 + lo);
                    i += 2;
                }
                else if (c == (byte)'+' && plusIsSpace)
                {
                    c = (byte)' ';
                }

                if (c < 0x20 || c == 0x7F) return -1;
                into[n++] = c;
            }

            return Utf8.IsValid(into, 0, n) ? n : -1;
        }

        /// <summary>End of the path segment that starts at <paramref name="s"/>: the next '/', '?' or '#', or <paramref name="e"/>.</summary>
        public static int SegmentEnd(byte[] b, int s, int e)
        {
            int i = s;
            while (i < e && b[i] != (byte)'/' && b[i] != (byte)'?' && b[i] != (byte)'#') i++;
            return i;
        }

        private static int Hex(byte c)
        {
            if (c >= (byte)'0' && c <= (byte)'9') return c - '0';
            int l = Ascii.Lower(c);
            return l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1;
        }
    }
}
