namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Turns payload bytes into text run by run: UTF-8, ISO-8859-1, or for runs without ECI
    /// UTF-8 when the bytes are valid UTF-8 and ISO-8859-1 otherwise. Shift_JIS and GB2312 have no
    /// table on the device: ASCII and half-width katakana map, other characters become U+FFFD.
    /// </summary>
    public static class TextDecoder
    {
        private const char Replacement = '\uFFFD';

        /// <summary>Decodes bytes[start .. end) of the given charset into chars at charPos; returns the new char position.</summary>
        public static int DecodeRun(byte[] bytes, int start, int end, int charset, char[] chars, int charPos)
        {
            if (charset == SegmentDecoder.CharsetGuess)
            {
                charset = IsValidUtf8(bytes, start, end) ? SegmentDecoder.CharsetUtf8 : SegmentDecoder.CharsetLatin1;
            }
            if (charset == SegmentDecoder.CharsetUtf8)
            {
                return DecodeUtf8(bytes, start, end, chars, charPos);
            }
            int i = start;
            while (i < end)
            {
                int b = bytes[i++];
                if (charset == SegmentDecoder.CharsetLatin1 || b < 0x80)
                {
                    chars[charPos++] = (char)b;
                }
                else if (charset == SegmentDecoder.CharsetShiftJis && b >= 0xA1 && b <= 0xDF)
                {
                    chars[charPos++] = (char)(0xFF61 + b - 0xA1);
                }
                else
                {
                    // A lead byte of a double-byte character: skip its trail byte.
                    if (i < end)
                    {
                        i++;
                    }
                    chars[charPos++] = Replacement;
                }
            }
            return charPos;
        }

        /// <summary>True when bytes[start .. end) is well-formed UTF-8 (no overlongs, no surrogates).</summary>
        public static bool IsValidUtf8(byte[] bytes, int start, int end)
        {
            int i = start;
            while (i < end)
            {
                int b = bytes[i];
                int need;
                int min;
                if (b < 0x80)
                {
                    i++;
                    continue;
                }
                if ((b & 0xE0) == 0xC0)
                {
                    need = 1;
                    min = 0x80;
                    b &= 0x1F;
                }
                else if ((b & 0xF0) == 0xE0)
                {
                    need = 2;
                    min = 0x800;
                    b &= 0x0F;
                }
                else if ((b & 0xF8) == 0xF0)
                {
                    need = 3;
                    min = 0x10000;
                    b &= 0x07;
                }
                else
                {
                    return false;
                }
                if (i + need >= end)
                {
                    return false;
                }
                int cp = b;
                for (int k = 1; k <= need; k++)
                {
                    int c = bytes[i + k];
                    if ((c & 0xC0) != 0x80)
                    {
                        return false;
                    }
                    cp = (cp << 6) | (c & 0x3F);
                }
                if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                {
                    return false;
                }
                i += need + 1;
            }
            return true;
        }

        private static int DecodeUtf8(byte[] bytes, int start, int end, char[] chars, int charPos)
        {
            int i = start;
            while (i < end)
            {
                int b = bytes[i];
                int need = b < 0x80 ? 0 : ((b & 0xE0) == 0xC0 ? 1 : ((b & 0xF0) == 0xE0 ? 2 : ((b & 0xF8) == 0xF0 ? 3 : -1)));
                if (need < 0 || (need > 0 && i + need >= end))
                {
                    chars[charPos++] = Replacement;
                    i++;
                    continue;
                }
                int cp = need == 0 ? b : b & (0x3F >> need);
                bool ok = true;
                for (int k = 1; k <= need; k++)
                {
                    int c = bytes[i + k];
                    if ((c & 0xC0) != 0x80)
                    {
                        ok = false;
                        break;
                    }
                    cp = (cp << 6) | (c & 0x3F);
                }
                if (!ok)
                {
                    chars[charPos++] = Replacement;
                    i++;
                    continue;
                }
                i += need + 1;
                if (cp >= 0x10000)
                {
                    cp -= 0x10000;
                    chars[charPos++] = (char)(0xD800 + (cp >> 10));
                    chars[charPos++] = (char)(0xDC00 + (cp & 0x3FF));
                }
                else
                {
                    chars[charPos++] = (char)cp;
                }
            }
            return charPos;
        }
    }
}
