namespace GlassesFirmware.Qr
{
    /// <summary>
    /// What a read's error correction changed, down to the modules. The read notes where each strip of the codeword
    /// walk began and where each codeword ended (<see cref="CodewordWalker.ReadColumnPair"/>), and the corrected
    /// codewords with the bits flipped; <see cref="Locate"/> then walks each corrected codeword's eight modules again
    /// and records those the correction flipped, for <see cref="CorrectedModuleCheck"/> to look at in the frame.
    /// </summary>
    public sealed class CorrectedModules
    {
        /// <summary>Most corrected codewords whose modules can be located.</summary>
        public const int MaxCodewords = 16;
        /// <summary>Most flipped modules located.</summary>
        public const int MaxModules = 32;
        /// <summary>Highest version whose codeword ends are noted (<see cref="Ends"/>): a row doubled fits a byte.</summary>
        public const int MaxVersion = 13;
        /// <summary>Strips of the largest symbol.</summary>
        public const int MaxStrips = (QrVersionDb.MaxDimension + 1) / 2;

        // Corrected codewords in stream order: index and flipped bits.
        private readonly short[] _codeword = new short[MaxCodewords];
        private readonly byte[] _flips = new byte[MaxCodewords];
        private int _count;
        private int _flippedBits;
        // Per strip walked: the bits of the codeword stream walked before it.
        private readonly short[] _stripStart = new short[MaxStrips];
        private int _strips;

        /// <summary>
        /// Per codeword of the walk (up to version <see cref="MaxVersion"/>): the row where it ends, doubled, plus 1 when
        /// that row's last module starts the next codeword.
        /// </summary>
        public readonly byte[] Ends = new byte[QrVersionDb.TotalCodewords(MaxVersion, QrEcLevel.L)];
        /// <summary>Column of each located module (module coordinates of the grid as read).</summary>
        public readonly byte[] X = new byte[MaxModules];
        /// <summary>Row of each located module.</summary>
        public readonly byte[] Y = new byte[MaxModules];
        /// <summary>Modules located (the first entries of <see cref="X"/> and <see cref="Y"/>).</summary>
        public int Modules;

        /// <summary>Forgets the last read.</summary>
        public void Clear()
        {
            _count = 0;
            _flippedBits = 0;
            _strips = 0;
            Modules = 0;
        }

        /// <summary>All codewords corrected in the read (also those past <see cref="MaxCodewords"/>).</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Records that the next strip of the walk begins after <paramref name="position"/> bits of the stream.</summary>
        public void BeginStrip(int position)
        {
            if (_strips < MaxStrips)
            {
                _stripStart[_strips++] = (short)position;
            }
        }

        /// <summary>Records that codeword <paramref name="index"/> of the interleaved stream was corrected by flipping <paramref name="flips"/>.</summary>
        public void Add(int index, int flips)
        {
            if (_count < MaxCodewords)
            {
                // Blocks are corrected one after another, so their codewords arrive out of stream order.
                int at = _count;
                while (at > 0 && _codeword[at - 1] > index)
                {
                    _codeword[at] = _codeword[at - 1];
                    _flips[at] = _flips[at - 1];
                    at--;
                }
                _codeword[at] = (short)index;
                _flips[at] = (byte)flips;
                _flippedBits += QrMath.BitCount(flips);
            }
            _count++;
        }

        /// <summary>
        /// After a successful read walked by <paramref name="walker"/>, walks the eight modules of each corrected codeword
        /// again in the walk's order: each whose bit the correction flipped is recorded (<see cref="X"/>, <see cref="Y"/>)
        /// and flipped in <paramref name="grid"/>, which then reads as the corrected code. False when not every corrected
        /// module can be known: more corrected codewords than <see cref="MaxCodewords"/>, more flipped bits than
        /// <see cref="MaxModules"/>, or a version above <see cref="MaxVersion"/>.
        /// </summary>
        public bool Locate(CodewordWalker walker, BitGrid grid)
        {
            Modules = 0;
            if (_count > MaxCodewords || _flippedBits > MaxModules || walker.Version > MaxVersion)
            {
                return false;
            }
            int dim = walker.Dimension;
            int[] words = grid.Words;
            int s = 0;
            for (int i = 0; i < _count; i++)
            {
                int k = _codeword[i];
                int flips = _flips[i];
                // The strip that holds the codeword's first bit: it starts there, or after codeword k - 1's end.
                int start = 8 * k;
                while (s + 1 < _strips && _stripStart[s + 1] <= start)
                {
                    s++;
                }
                int right, y, last, step;
                StripRows(dim, s, out right, out y, out last, out step);
                int x = right;
                if (_stripStart[s] < start)
                {
                    int end = Ends[k - 1];
                    y = end >> 1;
                    if ((end & 1) == 0)
                    {
                        y += step;
                    }
                    else
                    {
                        x = right - 1;
                    }
                }
                // Its eight modules in the walk's order (right column first, then left, row by row), the first its
                // most significant bit.
                for (int bit = 0; bit < 8; )
                {
                    if (y == last)
                    {
                        if (++s >= _strips)
                        {
                            return false;
                        }
                        StripRows(dim, s, out right, out y, out last, out step);
                        x = right;
                    }
                    if (walker.IsData(x, y))
                    {
                        if (((flips << bit) & 0x80) != 0)
                        {
                            words[y * BitGrid.WordsPerRow + (x >> 5)] ^= 1 << (x & 31);
                            X[Modules] = (byte)x;
                            Y[Modules] = (byte)y;
                            Modules++;
                        }
                        bit++;
                    }
                    if (x == right)
                    {
                        x--;
                    }
                    else
                    {
                        x = right;
                        y += step;
                    }
                }
            }
            return true;
        }

        // Strip s of the walk of a dim-module symbol: its right column, first row, the row past its last, and the step
        // between its rows (up on even strips). The same rules as CodewordWalker.ReadColumnPair's, which keeps them inline
        // in its loop over strips; CorrectedModuleLocationTests walks every module of four versions through both.
        private static void StripRows(int dim, int s, out int right, out int first, out int last, out int step)
        {
            right = dim - 1 - 2 * s;
            // The strips left of the timing column are one column further left.
            if (right <= 6)
            {
                right--;
            }
            // Rows 0-8 of a strip inside the top finders' columns and rows dim - 8 on inside the bottom-left finder's hold
            // function modules only.
            int top = right <= 8 || right - 1 >= dim - 8 ? 9 : 0;
            int bottom = right <= 8 ? dim - 8 : dim;
            step = (s & 1) == 0 ? -1 : 1;
            first = step < 0 ? bottom - 1 : top;
            last = step < 0 ? top - 1 : bottom;
        }
    }
}
