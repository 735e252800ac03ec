namespace GlassesFirmware.Qr
{
    /// <summary>
    /// A square module matrix packed 32 modules per int (version 40 needs 4.2 KB). One bit per
    /// module: 1 = dark (after polarity correction).
    /// </summary>
    public sealed class BitGrid
    {
        /// <summary>Ints per grid row: module (x, y) is bit x &amp; 31 of Words[y * WordsPerRow + (x &gt;&gt; 5)].</summary>
        public const int WordsPerRow = (QrVersionDb.MaxDimension + 31) / 32;
        private readonly int[] _bits = new int[WordsPerRow * QrVersionDb.MaxDimension];
        private int _dimension;

        /// <summary>The packed modules, for loops that read whole rows without a call per module.</summary>
        public int[] Words
        {
            get { return _bits; }
        }

        /// <summary>Side length in modules of the symbol currently held.</summary>
        public int Dimension
        {
            get { return _dimension; }
        }

        /// <summary>Clears the grid and sets its side length (21..177).</summary>
        public void Reset(int dimension)
        {
            _dimension = dimension;
            System.Array.Clear(_bits, 0, WordsPerRow * dimension);
        }

        /// <summary>Module at column x, row y (1 = dark).</summary>
        public int Get(int x, int y)
        {
            return (_bits[y * WordsPerRow + (x >> 5)] >> (x & 31)) & 1;
        }

        /// <summary>Sets the module at column x, row y to dark.</summary>
        public void SetDark(int x, int y)
        {
            _bits[y * WordsPerRow + (x >> 5)] |= 1 << (x & 31);
        }

        /// <summary>Mirrors the grid about its main diagonal (a mirrored symbol reads transposed).</summary>
        public void Transpose()
        {
            for (int y = 0; y < _dimension; y++)
            {
                for (int x = y + 1; x < _dimension; x++)
                {
                    int a = Get(x, y);
                    int b = Get(y, x);
                    if (a != b)
                    {
                        _bits[y * WordsPerRow + (x >> 5)] ^= 1 << (x & 31);
                        _bits[x * WordsPerRow + (y >> 5)] ^= 1 << (y & 31);
                    }
                }
            }
        }
    }
}
