namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Static QR Model 2 tables (ISO/IEC 18004 Table 9 and Annex D/E): error-correction block
    /// layout per version and level, alignment pattern centres, BCH-coded format and version words.
    /// Tables only; no decoding logic lives here.
    /// </summary>
    public static class QrVersionDb
    {
        /// <summary>Largest version supported.</summary>
        public const int MaxVersion = 40;
        /// <summary>Largest symbol side in modules (version 40).</summary>
        public const int MaxDimension = 177;
        /// <summary>Largest number of codewords in a symbol (version 40).</summary>
        public const int MaxCodewords = 3706;
        /// <summary>Largest number of alignment pattern centres per axis.</summary>
        public const int MaxAlignment = 7;

        // Per version (1..40), per level in L, M, Q, H order: EC codewords per block, count of short
        // blocks, data codewords in a short block, count of long blocks (one more data codeword).
        private static readonly byte[] Blocks = new byte[]
        {
            7, 1, 19, 0, 10, 1, 16, 0, 13, 1, 13, 0, 17, 1, 9, 0,
            10, 1, 34, 0, 16, 1, 28, 0, 22, 1, 22, 0, 28, 1, 16, 0,
            15, 1, 55, 0, 26, 1, 44, 0, 18, 2, 17, 0, 22, 2, 13, 0,
            20, 1, 80, 0, 18, 2, 32, 0, 26, 2, 24, 0, 16, 4, 9, 0,
            26, 1, 108, 0, 24, 2, 43, 0, 18, 2, 15, 2, 22, 2, 11, 2,
            18, 2, 68, 0, 16, 4, 27, 0, 24, 4, 19, 0, 28, 4, 15, 0,
            20, 2, 78, 0, 18, 4, 31, 0, 18, 2, 14, 4, 26, 4, 13, 1,
            24, 2, 97, 0, 22, 2, 38, 2, 22, 4, 18, 2, 26, 4, 14, 2,
            30, 2, 116, 0, 22, 3, 36, 2, 20, 4, 16, 4, 24, 4, 12, 4,
            18, 2, 68, 2, 26, 4, 43, 1, 24, 6, 19, 2, 28, 6, 15, 2,
            20, 4, 81, 0, 30, 1, 50, 4, 28, 4, 22, 4, 24, 3, 12, 8,
            24, 2, 92, 2, 22, 6, 36, 2, 26, 4, 20, 6, 28, 7, 14, 4,
            26, 4, 107, 0, 22, 8, 37, 1, 24, 8, 20, 4, 22, 12, 11, 4,
            30, 3, 115, 1, 24, 4, 40, 5, 20, 11, 16, 5, 24, 11, 12, 5,
            22, 5, 87, 1, 24, 5, 41, 5, 30, 5, 24, 7, 24, 11, 12, 7,
            24, 5, 98, 1, 28, 7, 45, 3, 24, 15, 19, 2, 30, 3, 15, 13,
            28, 1, 107, 5, 28, 10, 46, 1, 28, 1, 22, 15, 28, 2, 14, 17,
            30, 5, 120, 1, 26, 9, 43, 4, 28, 17, 22, 1, 28, 2, 14, 19,
            28, 3, 113, 4, 26, 3, 44, 11, 26, 17, 21, 4, 26, 9, 13, 16,
            28, 3, 107, 5, 26, 3, 41, 13, 30, 15, 24, 5, 28, 15, 15, 10,
            28, 4, 116, 4, 26, 17, 42, 0, 28, 17, 22, 6, 30, 19, 16, 6,
            28, 2, 111, 7, 28, 17, 46, 0, 30, 7, 24, 16, 24, 34, 13, 0,
            30, 4, 121, 5, 28, 4, 47, 14, 30, 11, 24, 14, 30, 16, 15, 14,
            30, 6, 117, 4, 28, 6, 45, 14, 30, 11, 24, 16, 30, 30, 16, 2,
            26, 8, 106, 4, 28, 8, 47, 13, 30, 7, 24, 22, 30, 22, 15, 13,
            28, 10, 114, 2, 28, 19, 46, 4, 28, 28, 22, 6, 30, 33, 16, 4,
            30, 8, 122, 4, 28, 22, 45, 3, 30, 8, 23, 26, 30, 12, 15, 28,
            30, 3, 117, 10, 28, 3, 45, 23, 30, 4, 24, 31, 30, 11, 15, 31,
            30, 7, 116, 7, 28, 21, 45, 7, 30, 1, 23, 37, 30, 19, 15, 26,
            30, 5, 115, 10, 28, 19, 47, 10, 30, 15, 24, 25, 30, 23, 15, 25,
            30, 13, 115, 3, 28, 2, 46, 29, 30, 42, 24, 1, 30, 23, 15, 28,
            30, 17, 115, 0, 28, 10, 46, 23, 30, 10, 24, 35, 30, 19, 15, 35,
            30, 17, 115, 1, 28, 14, 46, 21, 30, 29, 24, 19, 30, 11, 15, 46,
            30, 13, 115, 6, 28, 14, 46, 23, 30, 44, 24, 7, 30, 59, 16, 1,
            30, 12, 121, 7, 28, 12, 47, 26, 30, 39, 24, 14, 30, 22, 15, 41,
            30, 6, 121, 14, 28, 6, 47, 34, 30, 46, 24, 10, 30, 2, 15, 64,
            30, 17, 122, 4, 28, 29, 46, 14, 30, 49, 24, 10, 30, 24, 15, 46,
            30, 4, 122, 18, 28, 13, 46, 32, 30, 48, 24, 14, 30, 42, 15, 32,
            30, 20, 117, 4, 28, 40, 47, 7, 30, 43, 24, 22, 30, 10, 15, 67,
            30, 19, 118, 6, 28, 18, 47, 31, 30, 34, 24, 34, 30, 20, 15, 61
        };

        /// <summary>Side length in modules of a version.</summary>
        public static int Dimension(int version)
        {
            return 17 + 4 * version;
        }

        /// <summary>EC codewords per block for a version (1..40) and level.</summary>
        public static int EcPerBlock(int version, QrEcLevel level)
        {
            return Blocks[Index(version, level)];
        }

        /// <summary>Number of short blocks.</summary>
        public static int ShortBlocks(int version, QrEcLevel level)
        {
            return Blocks[Index(version, level) + 1];
        }

        /// <summary>Data codewords in a short block (long blocks hold one more).</summary>
        public static int ShortBlockData(int version, QrEcLevel level)
        {
            return Blocks[Index(version, level) + 2];
        }

        /// <summary>Number of long blocks.</summary>
        public static int LongBlocks(int version, QrEcLevel level)
        {
            return Blocks[Index(version, level) + 3];
        }

        /// <summary>Total data codewords (all blocks) for a version and level.</summary>
        public static int DataCodewords(int version, QrEcLevel level)
        {
            int i = Index(version, level);
            return Blocks[i + 1] * Blocks[i + 2] + Blocks[i + 3] * (Blocks[i + 2] + 1);
        }

        /// <summary>Total codewords (data and EC) of a version, from the block table.</summary>
        public static int TotalCodewords(int version, QrEcLevel level)
        {
            int i = Index(version, level);
            return DataCodewords(version, level) + Blocks[i] * (Blocks[i + 1] + Blocks[i + 3]);
        }

        private static int Index(int version, QrEcLevel level)
        {
            return ((version - 1) * 4 + (int)level) * 4;
        }

        /// <summary>
        /// Writes the alignment pattern centres of a version into <paramref name="centres"/> and
        /// returns how many there are (0 for version 1).
        /// </summary>
        public static int AlignmentCentres(int version, int[] centres)
        {
            if (version < 2)
            {
                return 0;
            }
            int count = version / 7 + 2;
            int last = 4 * version + 10;
            // Equal even steps from the last centre back towards 6 (ISO 18004 Annex E; v32 is the exception).
            int step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
            centres[0] = 6;
            for (int i = count - 1, pos = last; i >= 1; i--, pos -= step)
            {
                centres[i] = pos;
            }
            return count;
        }

        // The format word of each format value, and the version word of each version from 7 (entries below 7 unused).
        private static readonly int[] FormatWords = BuildWords(0, 31, false);
        private static readonly int[] VersionWords = BuildWords(7, MaxVersion, true);

        /// <summary>
        /// The format value (0..31) whose word is nearest to either copy read, <paramref name="a"/> or
        /// <paramref name="b"/>, at most 3 bits off (the lowest of equals), or -1.
        /// </summary>
        public static int NearestFormat(int a, int b)
        {
            return Nearest(FormatWords, 0, a, b);
        }

        /// <summary>
        /// The version (7..40) whose word is nearest to either block read, <paramref name="a"/> or <paramref name="b"/>,
        /// at most 3 bits off (the lowest of equals), or -1.
        /// </summary>
        public static int NearestVersion(int a, int b)
        {
            return Nearest(VersionWords, 7, a, b);
        }

        private static int Nearest(int[] words, int first, int a, int b)
        {
            // A clean copy matches a word exactly; valid words are at least 7 bits apart, so that word is the nearest.
            for (int i = first; i < words.Length; i++)
            {
                if (words[i] == a || words[i] == b)
                {
                    return i;
                }
            }
            int best = -1;
            int bestDistance = 4;
            for (int i = first; i < words.Length; i++)
            {
                int d = QrMath.BitCount(words[i] ^ a);
                int d2 = QrMath.BitCount(words[i] ^ b);
                if (d2 < d)
                {
                    d = d2;
                }
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = i;
                }
            }
            return best;
        }

        private static int[] BuildWords(int first, int last, bool version)
        {
            int[] words = new int[last + 1];
            for (int i = first; i <= last; i++)
            {
                words[i] = version ? VersionWord(i) : FormatWord(i);
            }
            return words;
        }

        /// <summary>The 15-bit masked format word for a 5-bit format value (EC bits then mask).</summary>
        public static int FormatWord(int data)
        {
            int rem = data;
            for (int i = 0; i < 10; i++)
            {
                rem = (rem << 1) ^ (((rem >> 9) & 1) * 0x537);
            }
            return ((data << 10) | (rem & 0x3FF)) ^ 0x5412;
        }

        /// <summary>The 18-bit version word (version 7..40) with its BCH(18,6) check bits.</summary>
        public static int VersionWord(int version)
        {
            int rem = version;
            for (int i = 0; i < 12; i++)
            {
                rem = (rem << 1) ^ (((rem >> 11) & 1) * 0x1F25);
            }
            return (version << 12) | (rem & 0xFFF);
        }
    }
}
