namespace GlassesFirmware.Payload
{
    /// <summary>
    /// The WHATWG URL Standard's IPv4 and IPv6 host parsers and serializers, on ASCII bytes. An IPv4
    /// host may be written in decimal, octal (leading 0) or hex (0x), in one to four parts
    /// ("http://0xC0.0250.1" is 192.168.0.1); a browser or wallet connects to that address, so the
    /// glasses must recognise it as one and never compare it with a host name.
    /// </summary>
    internal static class IpAddress
    {
        private const long Overflow = 0x100000000L;

        /// <summary>
        /// True when the last dot-separated label of [s, e) (ignoring one trailing empty label) is a
        /// number: then the host must be parsed as IPv4 ("ends in a number").
        /// </summary>
        public static bool EndsInNumber(byte[] b, int s, int e)
        {
            if (e > s && b[e - 1] == (byte)'.')
            {
                if (e - 1 == s) return false;
                e--;
            }

            int label = e;
            while (label > s && b[label - 1] != (byte)'.') label--;
            if (label == e) return false;
            bool digits = true;
            for (int i = label; i < e; i++) digits &= b[i] >= (byte)'0' && b[i] <= (byte)'9';
            if (digits) return true;
            long unused;
            return IsHexPrefix(b, label, e) && Number(b, label, e, out unused);
        }

        /// <summary>Parses an IPv4 host in [s, e) into a 32-bit address; false when it is not a valid one.</summary>
        public static bool ParseV4(byte[] b, int s, int e, out long address)
        {
            address = 0;
            if (e > s && b[e - 1] == (byte)'.') e--;
            int parts = 1;
            for (int i = s; i < e; i++) parts += b[i] == (byte)'.' ? 1 : 0;
            if (parts > 4) return false;

            int start = s;
            int index = 0;
            while (true)
            {
                int end = start;
                while (end < e && b[end] != (byte)'.') end++;
                long n;
                if (!Number(b, start, end, out n)) return false;
                if (index < parts - 1)
                {
                    if (n > 255) return false;
                    address += n << (8 * (3 - index));
                }
                else
                {
                    if (n >= 1L << (8 * (5 - parts))) return false;
                    address += n;
                }

                index++;
                if (end >= e) return true;
                start = end + 1;
            }
        }

        /// <summary>"a.b.c.d" of a 32-bit address.</summary>
        public static string SerializeV4(long address)
        {
            return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255);
        }

        /// <summary>Parses the text between the brackets of an IPv6 host into 8 pieces; false when invalid.</summary>
        public static bool ParseV6(byte[] b, int s, int e, int[] pieces)
        {
            for (int k = 0; k < 8; k++) pieces[k] = 0;
            int piece = 0;
            int compress = -1;
            int p = s;
            if (p < e && b[p] == (byte)':')
            {
                if (p + 1 >= e || b[p + 1] != (byte)':') return false;
                p += 2;
                piece++;
                compress = piece;
            }

            while (p < e)
            {
                if (piece == 8) return false;
                if (b[p] == (byte)':')
                {
                    if (compress != -1) return false;
                    p++;
                    piece++;
                    compress = piece;
                    continue;
                }

                int value = 0;
                int length = 0;
                while (length < 4 && p < e && HexDigit(b[p]) >= 0)
                {
                    value = value * 16 + HexDigit(b[p]);
                    p++;
                    length++;
                }

                if (p < e && b[p] == (byte)'.')
                {
                    if (length == 0 || piece > 6) return false;
                    return EmbeddedV4(b, p - length, e, pieces, piece, compress);
                }

                if (p < e && b[p] == (byte)':')
                {
                    p++;
                    if (p >= e) return false;
                }
                else if (p < e)
                {
                    return false;
                }

                pieces[piece] = value;
                piece++;
            }

            return Finish(pieces, piece, compress);
        }

        /// <summary>The canonical text of 8 pieces: lower-case hex, the first longest run of zeros as "::".</summary>
        public static string SerializeV6(int[] pieces)
        {
            int compress = -1;
            int longest = 1;
            for (int i = 0; i < 8; )
            {
                int run = 0;
                while (i + run < 8 && pieces[i + run] == 0) run++;
                if (run > longest)
                {
                    longest = run;
                    compress = i;
                }

                i += run > 0 ? run : 1;
            }

            string output = "";
            bool ignoreZero = false;
            for (int i = 0; i < 8; i++)
            {
                if (ignoreZero && pieces[i] == 0) continue;
                ignoreZero = false;
                if (compress == i)
                {
                    output += i == 0 ? "::" : ":";
                    ignoreZero = true;
                    continue;
                }

                output += HexText(pieces[i]);
                if (i != 7) output += ":";
            }

            return output;
        }

        /// <summary>The dotted IPv4 tail of an IPv6 address ("::1.2.3.4"), from <paramref name="p"/> to the end.</summary>
        private static bool EmbeddedV4(byte[] b, int p, int e, int[] pieces, int piece, int compress)
        {
            int numbersSeen = 0;
            while (p < e)
            {
                if (numbersSeen > 0)
                {
                    if (b[p] != (byte)'.' || numbersSeen >= 4) return false;
                    p++;
                }

                if (p >= e || b[p] < (byte)'0' || b[p] > (byte)'9') return false;
                int value = -1;
                while (p < e && b[p] >= (byte)'0' && b[p] <= (byte)'9')
                {
                    int digit = b[p] - '0';
                    if (value == 0) return false;
                    value = value < 0 ? digit : value * 10 + digit;
                    if (value > 255) return false;
                    p++;
                }

                pieces[piece] = pieces[piece] * 256 + value;
                numbersSeen++;
                if (numbersSeen == 2 || numbersSeen == 4) piece++;
            }

            return numbersSeen == 4 && Finish(pieces, piece, compress);
        }

        /// <summary>Moves the pieces after "::" to the end; false when there is no "::" and fewer than 8 pieces.</summary>
        private static bool Finish(int[] pieces, int piece, int compress)
        {
            if (compress == -1) return piece == 8;
            int swaps = piece - compress;
            int index = 7;
            while (index != 0 && swaps > 0)
            {
                int other = compress + swaps - 1;
                int t = pieces[index];
                pieces[index] = pieces[other];
                pieces[other] = t;
                index--;
                swaps--;
            }

            return true;
        }

        /// <summary>An IPv4 part: decimal, octal after a leading 0, hex after 0x; saturates above 2^32.</summary>
        private static bool Number(byte[] b, int s, int e, out long n)
        {
            n = 0;
            if (s == e) return false;
            int radix = 10;
            if (IsHexPrefix(b, s, e))
            {
                radix = 16;
                s += 2;
            }
            else if (e - s >= 2 && b[s] == (byte)'0')
            {
                radix = 8;
                s++;
            }

            for (int i = s; i < e; i++)
            {
                int d = HexDigit(b[i]);
                if (d < 0 || d >= radix) return false;
                n = n >= Overflow ? Overflow : n * radix + d;
            }

            return true;
        }

        private static bool IsHexPrefix(byte[] b, int s, int e)
        {
            return e - s >= 2 && b[s] == (byte)'0' && (b[s + 1] == (byte)'x' || b[s + 1] == (byte)'X');
        }

        /// <summary>Value of an ASCII hex digit, or -1.</summary>
        public static int HexDigit(byte c)
        {
            if (c >= (byte)'0' && c <= (byte)'9') return c - '0';
            if (c >= (byte)'a' && c <= (byte)'f') return c - 'a' + 10;
            if (c >= (byte)'A' && c <= (byte)'F') return c - 'A' + 10;
            return -1;
        }

        private static string HexText(int v)
        {
            const string Digits = "0123456789abcdef";
            if (v == 0) return "0";
            char[] chars = new char[4];
            int n = 0;
            for (int shift = 12; shift >= 0; shift -= 4)
            {
                int d = (v >> shift) & 15;
                if (n > 0 || d != 0) chars[n++] = Digits[d];
            }

            return new string(chars, 0, n);
        }
    }
}
