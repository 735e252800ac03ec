namespace GlassesFirmware.Qr
{
    /// <summary>
    /// GF(256) arithmetic with the QR primitive polynomial x^8+x^4+x^3+x^2+1 (0x11D), through
    /// exp/log tables built once (768 bytes).
    /// </summary>
    public static class Gf256
    {
        /// <summary>exp[i] = alpha^i for i in 0..509 (doubled so sums of two logs need no modulo).</summary>
        public static readonly byte[] Exp = new byte[512];
        /// <summary>log[x] for x in 1..255; log[0] is unused.</summary>
        public static readonly byte[] Log = new byte[256];

        static Gf256()
        {
            int x = 1;
            for (int i = 0; i < 255; i++)
            {
                Exp[i] = (byte)x;
                Log[x] = (byte)i;
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
        }

        /// <summary>Product of two field elements.</summary>
        public static int Multiply(int a, int b)
        {
            if (a == 0 || b == 0)
            {
                return 0;
            }
            return Exp[Log[a] + Log[b]];
        }

        /// <summary>Quotient a / b; b must be non-zero.</summary>
        public static int Divide(int a, int b)
        {
            if (a == 0)
            {
                return 0;
            }
            return Exp[Log[a] + 255 - Log[b]];
        }

        /// <summary>Multiplicative inverse of a non-zero element.</summary>
        public static int Inverse(int a)
        {
            return Exp[255 - Log[a]];
        }
    }
}
