namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Reads module colours through the current fit: scores how well the function modules (finders,
    /// timing rows, alignment patterns) agree with their known colours, and samples the whole grid.
    /// </summary>
    public sealed class ModuleSampler
    {
        private readonly Perspective _transform;
        private readonly float[] _coefficients = new float[GridRowKernel.TransformLength];
        private readonly float[] _transposed = new float[GridRowKernel.TransformLength];
        private readonly int[] _centres = new int[QrVersionDb.MaxAlignment];
        private ThresholdMap _map;
        private int _color;

        /// <summary>Creates a sampler that reads through <paramref name="transform"/> (owned by the fit).</summary>
        public ModuleSampler(Perspective transform)
        {
            _transform = transform;
        }

        /// <summary>Sets the frame whose thresholded pixels are sampled.</summary>
        public void Attach(ThresholdMap map)
        {
            _map = map;
        }

        /// <summary>
        /// Sets the module colour (1 = dark modules on light) and the symbol side in modules, whose
        /// alignment pattern centres the fitness counts.
        /// </summary>
        public void Prepare(int color, int dimension)
        {
            _color = color;
            QrVersionDb.AlignmentCentres((dimension - 17) / 4, _centres);
        }

        /// <summary>Number of function modules <see cref="Fitness"/> counts for a symbol of this side.</summary>
        public static int MaxFitness(int dimension)
        {
            int count = dimension > 21 ? (dimension - 17) / 28 + 2 : 0;
            return 3 * 49 + 2 * (dimension - 16) + (count > 0 ? (count * count - 3) * 25 : 0);
        }

        /// <summary>
        /// Number of function modules (finders with separators, timing rows and, when
        /// <paramref name="alignment"/> is set, alignment patterns) whose sampled colour matches the pattern.
        /// </summary>
        public int Fitness(int dimension, bool alignment)
        {
            float[] rows = _coefficients;
            _transform.CopyTo(rows);
            // The timing column is read as a row of the transposed transform (x and y swapped).
            float[] columns = _transposed;
            columns[0] = rows[3];
            columns[1] = rows[4];
            columns[2] = rows[5];
            columns[3] = rows[0];
            columns[4] = rows[1];
            columns[5] = rows[2];
            columns[6] = rows[6];
            columns[7] = rows[7];
            columns[8] = rows[8];
            int score = Matches(rows, 0, 0, FinderRows, 7) + Matches(rows, dimension - 7, 0, FinderRows, 7)
                + Matches(rows, 0, dimension - 7, FinderRows, 7);
            // Timing modules alternate from a dark one at 8 (even): runs of at most 32.
            for (int from = 8; from < dimension - 8; from += 32)
            {
                int count = dimension - 8 - from < 32 ? dimension - 8 - from : 32;
                score += Matches(rows, from, 6, TimingRow, count) + Matches(columns, from, 6, TimingRow, count);
            }
            int patterns = alignment && dimension > 21 ? (dimension - 17) / 28 + 2 : 0;
            for (int a = 0; a < patterns; a++)
            {
                for (int b = 0; b < patterns; b++)
                {
                    if ((a == 0 && b == 0) || (a == 0 && b == patterns - 1) || (a == patterns - 1 && b == 0))
                    {
                        continue;
                    }
                    score += Matches(rows, _centres[a] - 2, _centres[b] - 2, AlignmentRows, 5);
                }
            }
            return score;
        }

        // The rows of a finder (7 x 7) and of an alignment pattern (5 x 5), bit 31 - k set when module k from the left
        // is dark: concentric rings alternating dark and light from a dark outer ring, with a dark centre. Timing
        // modules alternate from a dark one.
        private static readonly int[] FinderRows = new int[]
        {
            unchecked((int)0xFE000000), unchecked((int)0x82000000), unchecked((int)0xBA000000), unchecked((int)0xBA000000),
            unchecked((int)0xBA000000), unchecked((int)0x82000000), unchecked((int)0xFE000000)
        };
        private static readonly int[] AlignmentRows = new int[]
        {
            unchecked((int)0xF8000000), unchecked((int)0x88000000), unchecked((int)0xA8000000), unchecked((int)0x88000000),
            unchecked((int)0xF8000000)
        };
        private static readonly int[] TimingRow = new int[] { unchecked((int)0xAAAAAAAA) };

        // Matching modules of the block whose top-left module is (x, y): rows.Length rows of `count` (at most 32)
        // modules through coefficients `m` (Perspective.CopyTo's order), module k of row r expected dark when bit
        // 31 - k of rows[r] is set. The homography's terms are stepped along a row, as the grid's are
        // (GridRowKernel); a centre less than a pixel left of or above the frame reads its edge pixel (conversion to
        // int truncates towards zero), one further outside does not match, and so do the modules of a row whose
        // denominator changes sign (a fit through the horizon).
        private int Matches(float[] m, int x, int y, int[] rows, int count)
        {
            ThresholdMap map = _map;
            byte[] image = map.Image;
            byte[] blocks = map.Map;
            int origin = map.Origin;
            int stride = map.Stride;
            int width = map.Width;
            int height = map.Height;
            // Divided rather than shifted: a shift by a variable costs the interpreter two more instructions.
            int side = 1 << map.BlockShift;
            int blocksX = map.BlocksX;
            float a11 = m[0], a12 = m[1], a13 = m[2], a21 = m[3], a22 = m[4], a23 = m[5], a31 = m[6], a32 = m[7], a33 = m[8];
            // The sign bit of `want` is set where a module matches when light: (threshold - pixel) ^ want is then
            // not negative exactly when the module matches (dark modules on light; light on dark the other way round).
            int flip = _color == 1 ? -1 : 0;
            float fx = x + 0.5f;
            float last = fx + (count - 1);
            int score = 0;
            for (int r = 0; r < rows.Length; r++)
            {
                float fy = y + r + 0.5f;
                float den = a13 * fx + a23 * fy + a33;
                float lastDen = a13 * last + a23 * fy + a33;
                if (!(den > 0f && lastDen > 0f) && !(den < 0f && lastDen < 0f))
                {
                    continue;
                }
                float nx = a11 * fx + a21 * fy + a31;
                float ny = a12 * fx + a22 * fy + a32;
                int want = rows[r] ^ flip;
                for (int k = 0; k < count; k++, nx += a11, ny += a12, den += a13, want <<= 1)
                {
                    int ix = (int)(nx / den);
                    int iy = (int)(ny / den);
                    if ((uint)ix < (uint)width && (uint)iy < (uint)height
                        && ((blocks[iy / side * blocksX + ix / side] - image[origin + iy * stride + ix]) ^ want) >= 0)
                    {
                        score++;
                    }
                }
            }
            return score;
        }

        /// <summary>
        /// Samples one thresholded pixel per module centre into <paramref name="grid"/>, or with
        /// <paramref name="vote"/> the weighted vote of the centre and four inner points. Returns
        /// false when the grid falls outside the frame.
        /// </summary>
        public bool SampleGrid(int dimension, BitGrid grid, bool vote)
        {
            grid.Reset(dimension);
            return SampleRows(dimension, grid, vote, 0, dimension);
        }

        /// <summary>
        /// Samples module rows <paramref name="fromRow"/> to <paramref name="toRow"/> - 1 into a grid already
        /// reset to <paramref name="dimension"/> (see <see cref="SampleGrid"/>), so that a long sampling can be
        /// spread over calls. Returns false when the grid falls outside the frame.
        /// </summary>
        public bool SampleRows(int dimension, BitGrid grid, bool vote, int fromRow, int toRow)
        {
            ThresholdMap map = _map;
            float[] m = _coefficients;
            _transform.CopyTo(m);
            IQrKernels kernels = map.Kernels;
            if (kernels == null)
            {
                return GridRowKernel.SampleRows(map.Image, map.Origin, map.Stride, map.Width, map.Height, map.Map, map.BlockShift,
                    map.BlocksX, m, _color, vote, dimension, fromRow, toRow, grid.Words);
            }
            return kernels.SampleRows(map.Image, map.Origin, map.Stride, map.Width, map.Height, map.Map, map.BlockShift,
                map.BlocksX, m, _color, vote, dimension, fromRow, toRow, grid.Words);
        }
    }
}
