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
            _transform.CopyTo(_coefficients);
            int score = FinderFitness(3, 3) + FinderFitness(dimension - 4, 3) + FinderFitness(3, dimension - 4);
            for (int i = 8; i < dimension - 8; i++)
            {
                int expected = (i & 1) == 0 ? 1 : 0;
                if (SampleModule(i, 6) == expected)
                {
                    score++;
                }
                if (SampleModule(6, i) == expected)
                {
                    score++;
                }
            }
            int count = alignment && dimension > 21 ? (dimension - 17) / 28 + 2 : 0;
            for (int a = 0; a < count; a++)
            {
                for (int b = 0; b < count; b++)
                {
                    if ((a == 0 && b == 0) || (a == 0 && b == count - 1) || (a == count - 1 && b == 0))
                    {
                        continue;
                    }
                    score += PatternFitness(_centres[a], _centres[b], 2);
                }
            }
            return score;
        }

        private int FinderFitness(int cx, int cy)
        {
            return PatternFitness(cx, cy, 3);
        }

        // Concentric square rings around (cx, cy) out to `radius`: even distances from the outer
        // ring are dark, odd ones light (finder: radius 3, alignment: radius 2).
        private int PatternFitness(int cx, int cy, int radius)
        {
            int score = 0;
            for (int dy = -radius; dy <= radius; dy++)
            {
                for (int dx = -radius; dx <= radius; dx++)
                {
                    int ax = dx < 0 ? -dx : dx;
                    int ay = dy < 0 ? -dy : dy;
                    int ring = ax > ay ? ax : ay;
                    int expected = ring == 0 || ((radius - ring) & 1) == 0 ? 1 : 0;
                    if (SampleModule(cx + dx, cy + dy) == expected)
                    {
                        score++;
                    }
                }
            }
            return score;
        }

        // The colour match of module (x, y) through the coefficients Fitness copied (Perspective.Map's arithmetic,
        // inline: this runs for every function module of every fit), or -1 outside the frame.
        private int SampleModule(int x, int y)
        {
            float[] m = _coefficients;
            float fx = x + 0.5f;
            float fy = y + 0.5f;
            float den = m[2] * fx + m[5] * fy + m[8];
            if (den == 0f)
            {
                den = 1e-6f;
            }
            float mappedX = (m[0] * fx + m[3] * fy + m[6]) / den;
            float mappedY = (m[1] * fx + m[4] * fy + m[7]) / den;
            int ix = (int)(mappedX + 64f) - 64;
            int iy = (int)(mappedY + 64f) - 64;
            ThresholdMap map = _map;
            if ((uint)ix >= (uint)map.Width || (uint)iy >= (uint)map.Height)
            {
                return -1;
            }
            return map.Dark(ix, iy) == _color ? 1 : 0;
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
