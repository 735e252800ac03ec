namespace GlassesFirmware.Uplink.Pairing
{
    /// <summary>
    /// Base64url without padding (RFC 4648 section 5), the alphabet of the pairing QR text: QR byte mode
    /// carries it unchanged and it has no character a URL or a scanner app would rewrite.
    /// </summary>
    public static class Base64Url
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        /// <summary>Encodes <paramref name="count"/> bytes as unpadded base64url.</summary>
        public static string Encode(byte[] data, int offset, int count)
        {
            char[] chars = new char[(count * 4 + 2) / 3];
            int n = 0;
            for (int i = 0; i < count; i += 3)
            {
                int left = count - i;
                int group = data[offset + i] << 16;
                if (left > 1)
                {
                    group |= data[offset + i + 1] << 8;
                }

                if (left > 2)
                {
                    group |= data[offset + i + 2];
                }

                chars[n++] = Alphabet[(group >> 18) & 63];
                chars[n++] = Alphabet[(group >> 12) & 63];
                if (left > 1)
                {
                    chars[n++] = Alphabet[(group >> 6) & 63];
                }

                if (left > 2)
                {
                    chars[n++] = Alphabet[group & 63];
                }
            }

            return new string(chars, 0, n);
        }

        /// <summary>
        /// Decodes <paramref name="count"/> ASCII characters of <paramref name="text"/> into a new array; null
        /// when a character is outside the alphabet, the length is impossible (4k + 1), or the unused low
        /// bits of the last character are not zero (so each byte string has exactly one text).
        /// </summary>
        public static byte[] Decode(byte[] text, int offset, int count)
        {
            if (count % 4 == 1)
            {
                return null;
            }

            byte[] output = new byte[count * 3 / 4];
            int bits = 0;
            int accumulator = 0;
            int n = 0;
            for (int i = 0; i < count; i++)
            {
                int value = Value(text[offset + i]);
                if (value < 0)
                {
                    return null;
                }

                accumulator = (accumulator << 6) | value;
                bits += 6;
                if (bits >= 8)
                {
                    bits -= 8;
                    output[n++] = (byte)(accumulator >> bits);
                    accumulator &= (1 << bits) - 1;
                }
            }

            return accumulator == 0 ? output : null;
        }

        private static int Value(byte c)
        {
            if (c >= 'A' && c <= 'Z')
            {
                return c - 'A';
            }

            if (c >= 'a' && c <= 'z')
            {
                return c - 'a' + 26;
            }

            if (c >= '0' && c <= '9')
            {
                return c - '0' + 52;
            }

            if (c == '-')
            {
                return 62;
            }

            return c == '_' ? 63 : -1;
        }
    }
}
