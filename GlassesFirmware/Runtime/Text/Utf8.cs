namespace GlassesFirmware.Text
{
    /// <summary>
    /// UTF-8 on byte buffers without System.Text (not in mscorlib): strict validation (RFC 3629: no overlong
    /// forms, no surrogates, nothing above U+10FFFF), code-point walking, decoding into one string per call and
    /// encoding into caller buffers. Shared by the payload parser and the CBOR codec.
    /// </summary>
    public static class Utf8
    {
        /// <summary>
        /// Returns the index of the first malformed UTF-8 sequence in [start, end), or -1. When well-formed,
        /// every multi-byte character lies in [<paramref name="multibyteStart"/>, <paramref name="multibyteEnd"/>)
        /// (both are <paramref name="end"/> for pure ASCII), so lengths outside that span are byte counts.
        /// </summary>
        public static int FindInvalid(byte[] b, int start, int end, out int multibyteStart, out int multibyteEnd)
        {
            multibyteStart = end;
            multibyteEnd = end;
            int i = start;
            while (i < end)
            {
                // Tight loop over the ASCII run: most payloads are ASCII and this runs once per byte.
                while (i < end && b[i] < 0x80) i++;
                if (i == end) break;
                int c = b[i];
                if (multibyteStart == end) multibyteStart = i;
                int n;
                int lo = 0x80;
                int hi = 0xBF;
                if (c >= 0xC2 && c <= 0xDF)
                {
                    n = 1;
                }
                else if (c >= 0xE0 && c <= 0xEF)
                {
                    n = 2;
                    if (c == 0xE0) lo = 0xA0;          // overlong
                    else if (c == 0xED) hi = 0x9F;     // UTF-16 surrogates
                }
                else if (c >= 0xF0 && c <= 0xF4)
                {
                    n = 3;
                    if (c == 0xF0) lo = 0x90;          // overlong
                    else if (c == 0xF4) hi = 0x8F;     // above U+10FFFF
                }
                else
                {
                    return i;
                }

                if (end - i <= n) return i;
                int c1 = b[i + 1];
                if (c1 < lo || c1 > hi) return i;
                for (int k = 2; k <= n; k++)
                {
                    int ck = b[i + k];
                    if (ck < 0x80 || ck > 0xBF) return i;
                }

                i += n + 1;
                multibyteEnd = i;
            }

            if (multibyteStart == end) multibyteEnd = end;
            return -1;
        }
        /// <summary>
        /// Moves <paramref name="count"/> code points forward from <paramref name="pos"/>; returns the new
        /// byte index, or -1 when fewer code points remain before <paramref name="end"/>.
        /// </summary>
        public static int Advance(byte[] b, int pos, int end, int count)
        {
            for (int k = 0; k < count; k++)
            {
                if (pos >= end) return -1;
                if (b[pos++] < 0xC0) continue;   // ASCII (or a stray continuation byte) is one step
                while (pos < end && (b[pos] & 0xC0) == 0x80) pos++;
            }

            return pos;
        }
        /// <summary>Number of code points in [start, end) (continuation bytes are not counted).</summary>
        public static int CountChars(byte[] b, int start, int end)
        {
            int n = 0;
            for (int i = start; i < end; i++)
            {
                if ((b[i] & 0xC0) != 0x80) n++;
            }

            return n;
        }

        /// <summary>True when [start, end) is well-formed UTF-8.</summary>
        public static bool IsValid(byte[] b, int start, int end)
        {
            int multibyteStart;
            int multibyteEnd;
            return FindInvalid(b, start, end, out multibyteStart, out multibyteEnd) < 0;
        }

        /// <summary>
        /// Encodes a string as UTF-8 (an unpaired surrogate becomes U+FFFD, as the device already made it when the
        /// string was created). For text that exists only as a string (configuration, literals, what is spoken);
        /// text from outside stays in its UTF-8 bytes.
        /// </summary>
        public static byte[] Encode(string text)
        {
            // One ToCharArray, not text[i]: on the device a string is UTF-8 and text[i] walks it from the start.
            char[] chars = text.ToCharArray();
            byte[] output = new byte[Write(chars, null)];
            Write(chars, output);
            return output;
        }

        /// <summary>Decodes [start, end) to a string (malformed sequences become U+FFFD, U+0000 is dropped).</summary>
        public static string GetString(byte[] b, int start, int end)
        {
            return GetString(b, start, end, int.MaxValue);
        }

        /// <summary>Decodes at most <paramref name="maxChars"/> code points of [start, end) to a string.</summary>
        public static string GetString(byte[] b, int start, int end, int maxChars)
        {
            // One char[] per field: a code point never takes more UTF-16 units than UTF-8 bytes.
            char[] chars = new char[end - start];
            int n = Decode(b, start, end, maxChars, chars, 0);
            return new string(chars, 0, n);
        }

        /// <summary>
        /// Decodes at most <paramref name="maxChars"/> code points of [start, end) into <paramref name="chars"/> from
        /// <paramref name="charPos"/> (malformed sequences become U+FFFD, U+0000 is dropped: a device string ends at a NUL); returns the new char position. The caller's
        /// array needs at most one char per byte.
        /// </summary>
        public static int Decode(byte[] b, int start, int end, int maxChars, char[] chars, int charPos)
        {
            int n = charPos;
            int cps = 0;
            int i = start;
            while (i < end && cps < maxChars)
            {
                int c = b[i];
                if (c < 0x80)
                {
                    // ASCII, most text, without the checks of a multi-byte character (U+0000 is dropped, see below).
                    if (c != 0)
                    {
                        chars[n++] = (char)c;
                    }
                    i++;
                    cps++;
                    continue;
                }
                int cp;
                int len;
                if (c >= 0xC2 && c <= 0xDF)
                {
                    cp = c & 0x1F;
                    len = 2;
                }
                else if (c >= 0xE0 && c <= 0xEF)
                {
                    cp = c & 0x0F;
                    len = 3;
                }
                else if (c >= 0xF0 && c <= 0xF4)
                {
                    cp = c & 0x07;
                    len = 4;
                }
                else
                {
                    cp = 0xFFFD;
                    len = 1;
                }

                if (len > 1)
                {
                    if (end - i < len)
                    {
                        cp = 0xFFFD;
                        len = 1;
                    }
                    else
                    {
                        for (int k = 1; k < len; k++)
                        {
                            int ck = b[i + k];
                            if ((ck & 0xC0) != 0x80)
                            {
                                cp = 0xFFFD;
                                len = 1;
                                break;
                            }

                            cp = (cp << 6) | (ck & 0x3F);
                        }
                    }
                }

                if (cp >= 0x10000 && cp <= 0x10FFFF)
                {
                    cp -= 0x10000;
                    chars[n++] = (char)(0xD800 + (cp >> 10));
                    chars[n++] = (char)(0xDC00 + (cp & 0x3FF));
                }
                else if (cp != 0)
                {
                    // U+0000 is dropped: a device string ends at its first NUL, so keeping it would cut the text
                    // there on the device and nowhere on the host.
                    chars[n++] = (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) ? (char)0xFFFD : (char)cp;
                }

                i += len;
                cps++;
            }

            return n;
        }

        // Walks the UTF-16 chars once: counts (output null) or writes their UTF-8 bytes; returns the length.
        // A lone surrogate is written as U+FFFD.
        private static int Write(char[] text, byte[] output)
        {
            int o = 0;
            int n = text.Length;
            for (int i = 0; i < n; i++)
            {
                int cp = text[i];
                if (cp >= 0xD800 && cp <= 0xDFFF)
                {
                    if (cp <= 0xDBFF && i + 1 < n && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                    {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (text[++i] - 0xDC00);
                    }
                    else
                    {
                        cp = 0xFFFD;
                    }
                }

                int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (output != null)
                {
                    if (len == 1)
                    {
                        output[o] = (byte)cp;
                    }
                    else
                    {
                        int lead = len == 2 ? 0xC0 : len == 3 ? 0xE0 : 0xF0;
                        output[o] = (byte)(lead | (cp >> (6 * (len - 1))));
                        for (int k = 1; k < len; k++)
                        {
                            output[o + k] = (byte)(0x80 | ((cp >> (6 * (len - 1 - k))) & 0x3F));
                        }
                    }
                }

                o += len;
            }

            return o;
        }
    }
}
