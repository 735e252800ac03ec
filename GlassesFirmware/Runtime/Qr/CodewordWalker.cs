namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Walks a symbol's zigzag (two-column strips right to left, alternately up and down), skipping function
    /// modules and unmasking, and files each codeword in its block of the block-by-block layout; a strip at a
    /// time, so <see cref="SymbolDecoder"/> can stop between strips when the frame's budget is spent.
    /// </summary>
    public sealed class CodewordWalker
    {
        private readonly byte[] _blocks;
        private readonly int[] _alignCentres = new int[QrVersionDb.MaxAlignment];
        // For each coordinate, the index of the alignment centre within 2 modules, or -1.
        private readonly sbyte[] _alignIndex = new sbyte[QrVersionDb.MaxDimension];
        // For each row, true when only the timing column is a function module on it (and for each column, when
        // only the timing row is: the function modules are symmetric about the diagonal).
        private readonly bool[] _plainRow = new bool[QrVersionDb.MaxDimension];
        private int _alignCount;
        private int _dim;
        private int _version;
        private int _mask;
        private int _total;
        private int _blockCount;
        private int _shortCount;
        private int _shortData;
        private int _shortLength;
        private int _interleavedData;
        // Position of the walk.
        private int _right;
        private int _count;
        private int _current;
        private int _bits;
        private bool _upward;

        /// <summary>Creates a walker filing codewords into <paramref name="blocks"/> (the decoder's codeword buffer).</summary>
        public CodewordWalker(byte[] blocks)
        {
            _blocks = blocks;
        }

        /// <summary>True when all codewords of the symbol are filed.</summary>
        public bool Done
        {
            get { return _count >= _total; }
        }

        /// <summary>Modules across the symbol being walked.</summary>
        public int Dimension
        {
            get { return _dim; }
        }

        /// <summary>Version of the symbol being walked.</summary>
        public int Version
        {
            get { return _version; }
        }

        /// <summary>True when module (x, y) of the symbol being walked carries a codeword bit (not a function module).</summary>
        public bool IsData(int x, int y)
        {
            bool[] plain = _plainRow;
            return !(plain[y] ? x == 6 : (plain[x] ? y == 6 : IsFunction(x, y)));
        }

        /// <summary>Bits of the codeword stream walked so far (between strips: before the next one).</summary>
        public int Position
        {
            get { return 8 * _count + _bits; }
        }

        /// <summary>
        /// Starts the walk of a symbol of <paramref name="version"/> (<paramref name="dim"/> modules) with data
        /// mask <paramref name="mask"/>, <paramref name="total"/> codewords, <paramref name="shortCount"/> short
        /// blocks of <paramref name="shortData"/> data codewords among <paramref name="blockCount"/>, <paramref name="ec"/> EC codewords each.
        /// </summary>
        public void Begin(int dim, int version, int mask, int total, int blockCount, int shortCount, int shortData, int ec)
        {
            _dim = dim;
            _version = version;
            _mask = mask;
            PrepareFunctionMap(version);
            _total = total;
            _blockCount = blockCount;
            _shortCount = shortCount;
            _shortData = shortData;
            _shortLength = shortData + ec;
            _interleavedData = shortData * blockCount;
            _right = dim - 1;
            _count = 0;
            _current = 0;
            _bits = 0;
            _upward = true;
        }

        private void PrepareFunctionMap(int version)
        {
            _alignCount = QrVersionDb.AlignmentCentres(version, _alignCentres);
            for (int i = 0; i < _dim; i++)
            {
                _alignIndex[i] = -1;
            }
            for (int k = 0; k < _alignCount; k++)
            {
                int c = _alignCentres[k];
                for (int d = -2; d <= 2; d++)
                {
                    _alignIndex[c + d] = (sbyte)k;
                }
            }
            for (int y = 0; y < _dim; y++)
            {
                // Below version 7 there are no version blocks beside the bottom-left and top-right finders.
                _plainRow[y] = y != 6 && y >= 9 && y < (version >= 7 ? _dim - 11 : _dim - 8) && _alignIndex[y] < 0;
            }
        }

        private bool IsFunction(int x, int y)
        {
            int dim = _dim;
            if (x == 6 || y == 6)
            {
                return true;
            }
            if (y < 9 && (x < 9 || x >= dim - 8))
            {
                return true;
            }
            if (x < 9 && y >= dim - 8)
            {
                return true;
            }
            if (_version >= 7 && ((x < 6 && y >= dim - 11 && y < dim - 8) || (y < 6 && x >= dim - 11 && x < dim - 8)))
            {
                return true;
            }
            int ax = _alignIndex[x];
            int ay = _alignIndex[y];
            if (ax < 0 || ay < 0)
            {
                return false;
            }
            int last = _alignCount - 1;
            // No alignment pattern overlaps the three finder corners.
            return !((ax == 0 && ay == 0) || (ax == 0 && ay == last) || (ax == last && ay == 0));
        }

        /// <summary>The data mask of pattern <paramref name="mask"/> at row y, column x (1 = flip).</summary>
        public static int MaskBit(int mask, int y, int x)
        {
            switch (mask)
            {
                case 0: return ((y + x) & 1) == 0 ? 1 : 0;
                case 1: return (y & 1) == 0 ? 1 : 0;
                case 2: return x % 3 == 0 ? 1 : 0;
                case 3: return (y + x) % 3 == 0 ? 1 : 0;
                case 4: return (((y >> 1) + x / 3) & 1) == 0 ? 1 : 0;
                case 5: return ((y * x) & 1) + (y * x) % 3 == 0 ? 1 : 0;
                case 6: return ((((y * x) & 1) + (y * x) % 3) & 1) == 0 ? 1 : 0;
                default: return ((((y + x) & 1) + (y * x) % 3) & 1) == 0 ? 1 : 0;
            }
        }

        /// <summary>
        /// Reads the next two-column strip of <paramref name="grid"/> into the block layout, and notes in
        /// <paramref name="ends"/>[k] (for k below its length) the row where codeword k ends, doubled, plus 1 when that
        /// row's last module already starts the next codeword.
        /// </summary>
        public void ReadColumnPair(BitGrid grid, byte[] ends)
        {
            int dim = _dim;
            int total = _total;
            int[] words = grid.Words;
            int count = _count;
            int current = _current;
            int bits = _bits;
            int right = _right;
            if (right == 6)
            {
                right = 5;
            }
            if (right < 1)
            {
                while (count < total)
                {
                    _blocks[Destination(count++)] = 0;
                }
                _count = count;
                return;
            }
            int left = right - 1;
            int wordRight = right >> 5;
            int shiftRight = right & 31;
            int wordLeft = left >> 5;
            int shiftLeft = left & 31;
            // The masks repeat every 6 columns and 12 rows: both columns' flips, the right one above the left one, as
            // 2 bits per row phase y % 12.
            int maskPair = PairMasks[_mask * 6 + right % 6];
            bool[] plain = _plainRow;
            bool plainRight = plain[right];
            bool plainLeft = plain[left];
            // On a plain row (only the timing column is a function module there) the two modules are read at once when
            // they share a word and neither is in the timing column: bit 1 of the pair is the right one, read first.
            bool pairs = wordLeft == wordRight && left != 6;
            // On a strip of two plain columns (only the timing row is a function module on each), every other row
            // reads as a plain one.
            bool plainStrip = plainRight && plainLeft;
            // Rows 0-8 of a strip inside the top finders' columns (with their separators and format modules), and rows
            // dim - 8 to dim - 1 of one inside the bottom-left finder's, hold function modules only: they are not walked.
            int top = right <= 8 || left >= dim - 8 ? 9 : 0;
            int bottom = right <= 8 ? dim - 8 : dim;
            int step = _upward ? -1 : 1;
            int end = _upward ? top - 1 : bottom;
            for (int y = _upward ? bottom - 1 : top; y != end; y += step)
            {
                int rowBase = y * BitGrid.WordsPerRow;
                int maskShift = (y % 12) << 1;
                if (pairs && (plain[y] || (plainStrip && y != 6)))
                {
                    current = (current << 2) | (((words[rowBase + wordLeft] >> shiftLeft) ^ (maskPair >> maskShift)) & 3);
                    bits += 2;
                }
                else
                {
                    // Most rows cross no finder, format, version or alignment area: there only the timing column (never
                    // the right one of a strip) is a function module; on such a column only the timing row is. The full
                    // test is left for the rest.
                    if (plain[y] || (plainRight ? y != 6 : !IsFunction(right, y)))
                    {
                        current = (current << 1) | (((words[rowBase + wordRight] >> shiftRight) ^ (maskPair >> (maskShift + 1))) & 1);
                        bits++;
                    }
                    if (plain[y] ? left != 6 : (plainLeft ? y != 6 : !IsFunction(left, y)))
                    {
                        current = (current << 1) | (((words[rowBase + wordLeft] >> shiftLeft) ^ (maskPair >> maskShift)) & 1);
                        bits++;
                    }
                }
                if (bits >= 8)
                {
                    // A codeword is done (a pair may leave its last bit for the next one).
                    bits -= 8;
                    if (count < ends.Length)
                    {
                        ends[count] = (byte)((y << 1) | bits);
                    }
                    _blocks[Destination(count++)] = (byte)(current >> bits);
                    if (count == total)
                    {
                        break;
                    }
                }
            }
            _upward = !_upward;
            _right = right - 2;
            _count = count;
            _current = current;
            _bits = bits;
        }

        // For each mask and right column modulo 6 of a strip, bits 2p + 1 and 2p are the mask's flips (MaskBit) of the
        // right and left columns at rows of phase p = y % 12.
        private static readonly int[] PairMasks = BuildPairMasks();

        private static int[] BuildPairMasks()
        {
            int[] table = new int[8 * 6];
            for (int mask = 0; mask < 8; mask++)
            {
                for (int x = 0; x < 6; x++)
                {
                    int pattern = 0;
                    for (int y = 0; y < 12; y++)
                    {
                        pattern |= (MaskBit(mask, y, x) << (2 * y + 1)) | (MaskBit(mask, y, (x + 5) % 6) << (2 * y));
                    }
                    table[mask * 6 + x] = pattern;
                }
            }
            return table;
        }

        // Where codeword k of the interleaved stream belongs in the block-by-block layout: data
        // codewords go round the blocks (long blocks take one extra at the end), then EC codewords.
        private int Destination(int k)
        {
            int blocks = _blockCount;
            int b;
            int index;
            if (k < _interleavedData)
            {
                b = k % blocks;
                return b * _shortLength + (b > _shortCount ? b - _shortCount : 0) + k / blocks;
            }
            if (k < _interleavedData + blocks - _shortCount)
            {
                b = _shortCount + k - _interleavedData;
                index = _shortData;
            }
            else
            {
                int j = k - _interleavedData - (blocks - _shortCount);
                b = j % blocks;
                index = (b < _shortCount ? _shortData : _shortData + 1) + j / blocks;
            }
            return BlockOffset(b, _shortLength, _shortCount) + index;
        }

        /// <summary>
        /// Where codeword <paramref name="index"/> of block <paramref name="block"/> (data codewords first, then EC) is in
        /// the interleaved stream: the inverse of its filing.
        /// </summary>
        public int Interleaved(int block, int index)
        {
            int blocks = _blockCount;
            if (index < _shortData)
            {
                return index * blocks + block;
            }
            int data = block < _shortCount ? _shortData : _shortData + 1;
            if (index < data)
            {
                return _interleavedData + block - _shortCount;
            }
            return _interleavedData + blocks - _shortCount + (index - data) * blocks + block;
        }

        /// <summary>Where block <paramref name="block"/> starts in the block-by-block layout.</summary>
        public static int BlockOffset(int block, int shortLength, int shortCount)
        {
            return block * shortLength + (block > shortCount ? block - shortCount : 0);
        }
    }
}
