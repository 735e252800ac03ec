namespace GlassesFirmware.Qr
{
    /// <summary>
    /// GF(256) arithmetic with the QR primitive polynomial x^8+x^4+x^3+x^2+1 (0x11D), through
    /// exp/log tables built once (1,537 bytes) in which zero has a logarithm too, so a product needs no branch.
    /// </summary>
    public static class Gf256
    {
        /// <summary>
        /// The logarithm of zero in <see cref="Log"/>: <see cref="Exp"/> is 0 from it on, so exp[log[a] + log[b]] is a * b
        /// for every a and b, zero included (two non-zero logs sum to at most 508).
        /// </summary>
        public const int ZeroLog = 512;
        /// <summary>exp[i] = alpha^i for i in 0..511 (doubled so sums of two logs need no modulo), 0 from <see cref="ZeroLog"/> on.</summary>
        public static readonly byte[] Exp = new byte[2 * ZeroLog + 1];
        /// <summary>log[x] for x in 1..255; log[0] is <see cref="ZeroLog"/>.</summary>
        public static readonly short[] Log = new short[256];

        static Gf256()
        {
            int x = 1;
            for (int i = 0; i < 255; i++)
            {
                Exp[i] = (byte)x;
                Log[x] = (short)i;
                x <<= 1;
                if (x > 255)
                {
                    x ^= 0x11D;
                }
            }
            for (int i = 255; i < 512; i++)
            {
                Exp[i] = Exp[i - 255];
            }
            Log[0] = ZeroLog;
        }

        /// <summary>Product of two field elements.</summary>
        public static int Multiply(int a, int b)
        {
            return Exp[Log[a] + Log[b]];
        }

        /// <summary>Quotient a / b; b must be non-zero.</summary>
        public static int Divide(int a, int b)
        {
            return Exp[Log[a] + 255 - Log[b]];
        }

        /// <summary>Multiplicative inverse of a non-zero element.</summary>
        public static int Inverse(int a)
        {
            return Exp[255 - Log[a]];
        }
    }
}
