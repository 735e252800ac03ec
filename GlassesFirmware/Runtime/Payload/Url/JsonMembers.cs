namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Reads the Swish app link's data, a JSON object (RFC 8259) of members that are objects with a "value"
    /// ({"version":1,"payee":{"value":"..."},"amount":{"value":100},...}), in one pass over its bytes that also checks
    /// the whole text is one well-formed object. Strings are not unescaped: a caller reads a value only when it has
    /// no escapes. Not nanoFramework.Json: that package deserializes a string into a class through reflection, so the
    /// payload library (mscorlib only) would take a package reference and turn the code's bytes into a string, whose
    /// indexing costs O(i) on the device, for the three members one link carries.
    /// </summary>
    internal static class JsonMembers
    {
        private const int MaxDepth = 8;

        private static readonly string[] Value = { "value" };

        /// <summary>
        /// True when [s, e) is one well-formed JSON object (white space around it allowed); then, for each of
        /// <paramref name="names"/>, <paramref name="at"/>[2k] and [2k + 1] span the "value" of that member's object (a
        /// string without its quotes, or a number or literal as written), or are -1 when there is none.
        /// </summary>
        public static bool Read(byte[] b, int s, int e, string[] names, int[] at)
        {
            for (int k = 0; k < at.Length; k++) at[k] = -1;
            int p = Space(b, s, e);
            if (p >= e || b[p] != (byte)'{') return false;
            int end = Walk(b, p, e, names, at, 0);
            return end > 0 && Space(b, end, e) == e;
        }

        /// <summary>
        /// The end of the object at <paramref name="p"/>, or -1. A member named names[k] is recorded in at[2k..]: at depth 0
        /// only when its value is an object, whose own "value" member is recorded; deeper, the value itself.
        /// </summary>
        private static int Walk(byte[] b, int p, int e, string[] names, int[] at, int depth)
        {
            p = Space(b, p + 1, e);
            if (p < e && b[p] == (byte)'}') return p + 1;
            while (p < e)
            {
                if (b[p] != (byte)'"') return -1;
                int nameEnd = SkipString(b, p + 1, e);
                if (nameEnd < 0) return -1;
                int k = Index(b, p + 1, nameEnd - 1, names);
                p = Space(b, nameEnd, e);
                if (p >= e || b[p] != (byte)':') return -1;
                p = Space(b, p + 1, e);
                int end;
                if (k >= 0 && depth == 0 && p < e && b[p] == (byte)'{')
                {
                    int[] inner = { -1, -1 };
                    end = Walk(b, p, e, Value, inner, 1);
                    at[2 * k] = inner[0];
                    at[2 * k + 1] = inner[1];
                }
                else
                {
                    end = SkipValue(b, p, e, depth + 1);
                    if (k >= 0 && depth > 0 && end > 0)
                    {
                        bool text = b[p] == (byte)'"';
                        at[2 * k] = text ? p + 1 : p;
                        at[2 * k + 1] = text ? end - 1 : end;
                    }
                }

                if (end < 0) return -1;
                p = Space(b, end, e);
                if (p < e && b[p] == (byte)'}') return p + 1;
                if (p >= e || b[p] != (byte)',') return -1;
                p = Space(b, p + 1, e);
            }

            return -1;
        }

        /// <summary>Index of the name [s, e) in <paramref name="names"/> (exact: JSON names are case-sensitive), or -1.</summary>
        private static int Index(byte[] b, int s, int e, string[] names)
        {
            for (int k = 0; k < names.Length; k++)
            {
                if (e - s == names[k].Length && Ascii.StartsWith(b, s, e, names[k])) return k;
            }

            return -1;
        }

        /// <summary>The end of the JSON value that starts at <paramref name="p"/>, or -1 when there is none.</summary>
        private static int SkipValue(byte[] b, int p, int e, int depth)
        {
            if (p >= e || depth > MaxDepth) return -1;
            byte c = b[p];
            if (c == (byte)'"') return SkipString(b, p + 1, e);
            if (c == (byte)'{' || c == (byte)'[') return SkipContainer(b, p, e, depth);
            if (c == (byte)'-' || (c >= (byte)'0' && c <= (byte)'9')) return SkipNumber(b, p, e);
            if (Ascii.StartsWith(b, p, e, "true")) return p + 4;
            if (Ascii.StartsWith(b, p, e, "false")) return p + 5;
            if (Ascii.StartsWith(b, p, e, "null")) return p + 4;
            return -1;
        }

        /// <summary>The end (after the closing quote) of a string whose contents start at <paramref name="p"/>, or -1.</summary>
        private static int SkipString(byte[] b, int p, int e)
        {
            while (p < e)
            {
                byte c = b[p];
                if (c == (byte)'"') return p + 1;
                if (c < 0x20) return -1;
                p += c == (byte)'\\' ? 2 : 1;
            }

            return -1;
        }

        private static int SkipContainer(byte[] b, int p, int e, int depth)
        {
            byte close = b[p] == (byte)'{' ? (byte)'}' : (byte)']';
            bool members = close == (byte)'}';
            p = Space(b, p + 1, e);
            if (p < e && b[p] == close) return p + 1;
            while (p < e)
            {
                if (members)
                {
                    if (b[p] != (byte)'"') return -1;
                    p = SkipString(b, p + 1, e);
                    if (p < 0) return -1;
                    p = Space(b, p, e);
                    if (p >= e || b[p] != (byte)':') return -1;
                    p = Space(b, p + 1, e);
                }

                p = SkipValue(b, p, e, depth + 1);
                if (p < 0) return -1;
                p = Space(b, p, e);
                if (p < e && b[p] == close) return p + 1;
                if (p >= e || b[p] != (byte)',') return -1;
                p = Space(b, p + 1, e);
            }

            return -1;
        }

        /// <summary>An RFC 8259 number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?</summary>
        private static int SkipNumber(byte[] b, int p, int e)
        {
            if (b[p] == (byte)'-') p++;
            int digits = Digits(b, p, e);
            if (digits == p || (b[p] == (byte)'0' && digits > p + 1)) return -1;
            p = digits;
            if (p < e && b[p] == (byte)'.')
            {
                digits = Digits(b, p + 1, e);
                if (digits == p + 1) return -1;
                p = digits;
            }

            if (p < e && (b[p] == (byte)'e' || b[p] == (byte)'E'))
            {
                p++;
                if (p < e && (b[p] == (byte)'+' || b[p] == (byte)'-')) p++;
                digits = Digits(b, p, e);
                if (digits == p) return -1;
                p = digits;
            }

            return p;
        }

        private static int Digits(byte[] b, int p, int e)
        {
            while (p < e && b[p] >= (byte)'0' && b[p] <= (byte)'9') p++;
            return p;
        }

        private static int Space(byte[] b, int p, int e)
        {
            while (p < e && (b[p] == (byte)' ' || b[p] == (byte)'\t' || b[p] == (byte)'\n' || b[p] == (byte)'\r')) p++;
            return p;
        }
    }
}
