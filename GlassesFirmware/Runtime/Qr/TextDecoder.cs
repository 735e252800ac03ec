using GlassesFirmware.Text;

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
            if (charset == QrCharset.Guess)
            {
                charset = Utf8.IsValid(bytes, start, end) ? QrCharset.Utf8 : QrCharset.Latin1;
            }
            if (charset == QrCharset.Utf8)
            {
                return Utf8.Decode(bytes, start, end, int.MaxValue, chars, charPos);
            }
            int i = start;
            while (i < end)
            {
                int b = bytes[i++];
                if (charset == QrCharset.Latin1 || b < 0x80)
                {
                    chars[charPos++] = (char)b;
                }
                else if (charset == QrCharset.ShiftJis && b >= 0xA1 && b <= 0xDF)
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
    }
}
