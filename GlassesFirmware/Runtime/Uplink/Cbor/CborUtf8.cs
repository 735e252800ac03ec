namespace GlassesFirmware.Uplink.Cbor
{
    /// <summary>
    /// UTF-8 for CBOR text strings without System.Text: strict validation (RFC 3629: no overlong forms, no
    /// surrogates, nothing above U+10FFFF) and conversion to and from UTF-16 in caller buffers.
    /// </summary>
    internal static class CborUtf8
    {
        /// <summary>True when the bytes are well-formed UTF-8.</summary>
        internal static bool IsValid(byte[] data, int start, int length)
        {
            int i = start;
            int end = start + length;
            while (i < end)
            {
                int b = data[i];
                if (b < 0x80)
                {
                    i++;
                    continue;
                }

                int trailing;
                int min = 0x80;
                int max = 0xBF;
                if (b >= 0xC2 && b <= 0xDF)
                {
                    trailing = 1;
                }
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    trailing = 2;
                    if (b == 0xE0)
                    {
                        min = 0xA0; // overlong below U+0800
                    }
                    else if (b == 0xED)
                    {
                        max = 0x9F; // U+D800..U+DFFF are surrogates
                    }
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    trailing = 3;
                    if (b == 0xF0)
                    {
                        min = 0x90; // overlong below U+10000
                    }
                    else if (b == 0xF4)
                    {
                        max = 0x8F; // above U+10FFFF
                    }
                }
                else
                {
                    return false;
                }

                if (end - i <= trailing)
                {
                    return false;
                }

                int second = data[i + 1];
                if (second < min || second > max)
                {
                    return false;
                }

                for (int k = 2; k <= trailing; k++)
                {
                    if ((data[i + k] & 0xC0) != 0x80)
                    {
                        return false;
                    }
                }

                i += trailing + 1;
            }

            return true;
        }

        /// <summary>The UTF-8 length of <paramref name="text"/>, or -1 when it holds a lone surrogate.</summary>
        internal static int EncodedLength(string text)
        {
            int length = 0;
            int n = text.Length;
            for (int i = 0; i < n; i++)
            {
                int c = text[i];
                if (c < 0x80)
                {
                    length += 1;
                }
                else if (c < 0x800)
                {
                    length += 2;
                }
                else if (c < 0xD800 || c > 0xDFFF)
                {
                    length += 3;
                }
                else if (c <= 0xDBFF && i + 1 < n && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                {
                    length += 4;
                    i++;
                }
                else
                {
                    return -1;
                }
            }

            return length;
        }

        /// <summary>Writes <paramref name="text"/> (checked by <see cref="EncodedLength"/>) as UTF-8 at <paramref name="offset"/>.</summary>
        internal static void Encode(string text, byte[] destination, int offset)
        {
            int n = text.Length;
            int o = offset;
            for (int i = 0; i < n; i++)
            {
                int c = text[i];
                if (c < 0x80)
                {
                    destination[o++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    destination[o++] = (byte)(0xC0 | (c >> 6));
                    destination[o++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c < 0xD800 || c > 0xDFFF)
                {
                    destination[o++] = (byte)(0xE0 | (c >> 12));
                    destination[o++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    destination[o++] = (byte)(0x80 | (c & 0x3F));
                }
                else
                {
                    int code = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
                    destination[o++] = (byte)(0xF0 | (code >> 18));
                    destination[o++] = (byte)(0x80 | ((code >> 12) & 0x3F));
                    destination[o++] = (byte)(0x80 | ((code >> 6) & 0x3F));
                    destination[o++] = (byte)(0x80 | (code & 0x3F));
                }
            }
        }

        /// <summary>Decodes validated UTF-8 into a new string (one char[] and the string: no per-char allocation).</summary>
        internal static string Decode(byte[] data, int start, int length)
        {
            char[] chars = new char[length];
            int n = 0;
            int i = start;
            int end = start + length;
            while (i < end)
            {
                int b = data[i];
                if (b < 0x80)
                {
                    chars[n++] = (char)b;
                    i++;
                }
                else if (b < 0xE0)
                {
                    chars[n++] = (char)(((b & 0x1F) << 6) | (data[i + 1] & 0x3F));
                    i += 2;
                }
                else if (b < 0xF0)
                {
                    chars[n++] = (char)(((b & 0x0F) << 12) | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F));
                    i += 3;
                }
                else
                {
                    int code = ((b & 0x07) << 18) | ((data[i + 1] & 0x3F) << 12) | ((data[i + 2] & 0x3F) << 6) | (data[i + 3] & 0x3F);
                    code -= 0x10000;
                    chars[n++] = (char)(0xD800 + (code >> 10));
                    chars[n++] = (char)(0xDC00 + (code & 0x3FF));
                    i += 4;
                }
            }

            return new string(chars, 0, n);
        }
    }
}
