namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// The ISO 7064 MOD 97-10 check shared by IBANs (ISO 13616) and creditor references (ISO 11649): the first
    /// four characters move to the end, letters count as 10 (A) to 35 (Z), and a valid string leaves remainder 1.
    /// </summary>
    public static class Mod97
    {
        /// <summary>
        /// Remainder modulo 97 of [start, end) rearranged (characters from start + 4, then the first four), letters
        /// in either case; -1 when a character is not a digit or an ASCII letter, or the range is shorter than 5.
        /// </summary>
        public static int OfRearranged(byte[] b, int start, int end)
        {
            if (end - start < 5) return -1;
            int r = Fold(b, start + 4, end, 0);
            return r < 0 ? -1 : Fold(b, start, start + 4, r);
        }

        /// <summary>True when [start, end) passes the MOD 97-10 check (remainder 1).</summary>
        public static bool IsValid(byte[] b, int start, int end)
        {
            return OfRearranged(b, start, end) == 1;
        }

        private static int Fold(byte[] b, int start, int end, int r)
        {
            for (int i = start; i < end; i++)
            {
                int c = b[i];
                if (c >= '0' && c <= '9')
                {
                    r = (r * 10 + c - '0') % 97;
                }
                else
                {
                    int u = Ascii.Upper((byte)c);
                    if (u < 'A' || u > 'Z') return -1;
                    r = (r * 100 + u - 'A' + 10) % 97;
                }
            }

            return r;
        }
    }
}
