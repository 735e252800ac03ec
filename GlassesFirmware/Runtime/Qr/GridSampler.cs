namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Fits the symbol grid to three finder centres (plus the bottom-right alignment pattern when
    /// one is found), refines the fit, and has the fit sampled into a <see cref="BitGrid"/>
    /// (<see cref="ModuleSampler"/>, <see cref="LevelSampler"/>).
    /// </summary>
    public sealed class GridSampler
    {
        private readonly Perspective _transform = new Perspective();
        private readonly ModuleSampler _modules;
        private readonly AlignmentFinder _alignment = new AlignmentFinder();
        private readonly float[] _pts = new float[8];
        private int _dimension;
        private ThresholdMap _map;

        /// <summary>Creates a sampler with its own transform.</summary>
        public GridSampler()
        {
            _modules = new ModuleSampler(_transform);
        }

        /// <summary>Image coordinates of the symbol's top-left, top-right, bottom-left finder centres.</summary>
        public float TlX, TlY, TrX, TrY, BlX, BlY;
        /// <summary>Module size estimated along the finder lines.</summary>
        public float ModuleSize;
        /// <summary>Module colour of the symbol (1 = dark modules on light).</summary>
        public int Color;
        /// <summary>True when the last fit used an alignment pattern.</summary>
        public bool UsedAlignment;

        /// <summary>The current transform (module coordinates to pixels).</summary>
        public Perspective Transform
        {
            get { return _transform; }
        }

        /// <summary>Sets the frame whose thresholded pixels are sampled.</summary>
        public void Attach(ThresholdMap map)
        {
            _map = map;
            _modules.Attach(map);
        }

        /// <summary>
        /// Orders three finder centres as top-left (the right angle), top-right and bottom-left so
        /// that the symbol reads unmirrored, and estimates the module size along the finder lines.
        /// </summary>
        public void SetFinders(float ax, float ay, float bx, float by, float cx, float cy, float moduleSize, int color)
        {
            float ab = QrMath.Dist2(ax, ay, bx, by);
            float bc = QrMath.Dist2(bx, by, cx, cy);
            float ac = QrMath.Dist2(ax, ay, cx, cy);
            float tlx, tly, px, py, qx, qy;
            if (bc >= ab && bc >= ac)
            {
                tlx = ax; tly = ay; px = bx; py = by; qx = cx; qy = cy;
            }
            else if (ac >= ab && ac >= bc)
            {
                tlx = bx; tly = by; px = ax; py = ay; qx = cx; qy = cy;
            }
            else
            {
                tlx = cx; tly = cy; px = ax; py = ay; qx = bx; qy = by;
            }
            // With y pointing down, (TR - TL) x (BL - TL) is positive for an unmirrored symbol.
            if ((px - tlx) * (qy - tly) - (py - tly) * (qx - tlx) < 0)
            {
                float t = px; px = qx; qx = t;
                t = py; py = qy; qy = t;
            }
            TlX = tlx; TlY = tly; TrX = px; TrY = py; BlX = qx; BlY = qy;
            Color = color;
            float measured = (ModuleSizeEstimator.OneWay(_map, color, TlX, TlY, TrX, TrY) + ModuleSizeEstimator.OneWay(_map, color, TlX, TlY, BlX, BlY)) * 0.5f;
            ModuleSize = measured > 0 ? measured : moduleSize;
        }

        /// <summary>Estimated symbol side in modules (rounded to 4k+1), or 0 when implausible.</summary>
        public int EstimateDimension()
        {
            float d = (QrMath.Sqrt(QrMath.Dist2(TlX, TlY, TrX, TrY)) + QrMath.Sqrt(QrMath.Dist2(TlX, TlY, BlX, BlY))) / (2f * ModuleSize) + 7f;
            int k = (int)((d - 17f) / 4f + 0.5f);
            if (k < 1)
            {
                k = 1;
            }
            if (k > QrVersionDb.MaxVersion)
            {
                return 0;
            }
            return 17 + 4 * k;
        }

        /// <summary>
        /// Fits the grid for a symbol of <paramref name="dimension"/> modules, searching for the
        /// bottom-right alignment pattern when the version has one, and samples it into the grid.
        /// Returns false when the grid falls outside the frame.
        /// </summary>
        public bool Sample(int dimension, BitGrid grid)
        {
            _dimension = dimension;
            _modules.Prepare(Color, dimension);
            float brX = TrX - TlX + BlX;
            float brY = TrY - TlY + BlY;
            UsedAlignment = false;
            _pts[0] = TlX;
            _pts[1] = TlY;
            _pts[2] = TrX;
            _pts[3] = TrY;
            _pts[4] = brX;
            _pts[5] = brY;
            _pts[6] = BlX;
            _pts[7] = BlY;
            Refit();
            // Function modules must mostly agree with the three-finder fit before the alignment search
            // and a whole grid are worth their cost; random texture agrees about half the time.
            int max = ModuleSampler.MaxFitness(dimension);
            int affine = _modules.Fitness(dimension, true);
            if (affine * 1000 / max < MinFitPerMille - 100)
            {
                FitPerMille = 0;
                return false;
            }
            if (dimension > 21)
            {
                // The bottom-right alignment centre sits 3 modules in from the far corner finder line.
                float corr = 1f - 3f / (dimension - 7);
                float ex = TlX + corr * (brX - TlX);
                float ey = TlY + corr * (brY - TlY);
                for (int f = 4; f <= 16 && !UsedAlignment; f <<= 1)
                {
                    UsedAlignment = _alignment.Find(_map, Color, ModuleSize, ex, ey, f);
                }
                if (UsedAlignment)
                {
                    _pts[4] = _alignment.X;
                    _pts[5] = _alignment.Y;
                    Refit();
                    int aligned = _modules.Fitness(dimension, true);
                    if (aligned < affine)
                    {
                        // A look-alike found in the data: keep the parallelogram fit.
                        UsedAlignment = false;
                        _pts[4] = brX;
                        _pts[5] = brY;
                        Refit();
                    }
                    else
                    {
                        affine = aligned;
                    }
                }
            }
            FitPerMille = affine * 1000 / max;
            if (FitPerMille < MinFitPerMille)
            {
                return false;
            }
            return _modules.SampleGrid(dimension, grid, Vote);
        }

        /// <summary>Least agreement (per mille) of function modules for a fit to be sampled.</summary>
        public const int MinFitPerMille = 700;

        /// <summary>Agreement (per mille) of the function modules with the last fit.</summary>
        public int FitPerMille;

        /// <summary>
        /// Refines the last fit by moving its four image control points a fraction of a module at a
        /// time while the agreement of finder, timing and alignment modules with their known colours
        /// improves (hill climbing, as quirc's "jiggle"), then re-samples. Returns false when the
        /// refined grid leaves the frame.
        /// </summary>
        public bool Refine(BitGrid grid)
        {
            int dimension = _dimension;
            int best = _modules.Fitness(dimension, true);
            float step = ModuleSize * 2f;
            for (int pass = 0; pass < 6; pass++)
            {
                for (int i = 0; i < 8; i++)
                {
                    float old = _pts[i];
                    _pts[i] = old + step;
                    Refit();
                    int up = _modules.Fitness(dimension, true);
                    if (up > best)
                    {
                        best = up;
                        continue;
                    }
                    _pts[i] = old - step;
                    Refit();
                    int down = _modules.Fitness(dimension, true);
                    if (down > best)
                    {
                        best = down;
                        continue;
                    }
                    _pts[i] = old;
                }
                step *= 0.5f;
            }
            Refit();
            return _modules.SampleGrid(dimension, grid, Vote);
        }

        /// <summary>
        /// Re-samples the current fit from grey values instead of the threshold map, with one
        /// symbol-wide threshold (<see cref="LevelSampler"/>); <paramref name="scratch"/> needs
        /// dimension squared bytes.
        /// </summary>
        public bool SampleByLevel(BitGrid grid, byte[] scratch)
        {
            return LevelSampler.Sample(_transform, _map, Color, _dimension, grid, scratch);
        }

        /// <summary>Samples the grid again with the current fit (e.g. after changing <see cref="Vote"/>).</summary>
        public bool Resample(BitGrid grid)
        {
            return _modules.SampleGrid(_dimension, grid, Vote);
        }

        private void Refit()
        {
            float far = _dimension - 3.5f;
            float br = UsedAlignment ? far - 3f : far;
            _transform.Fit(3.5f, 3.5f, far, 3.5f, br, br, 3.5f, far,
                _pts[0], _pts[1], _pts[2], _pts[3], _pts[4], _pts[5], _pts[6], _pts[7]);
        }

        /// <summary>When set, each module is the weighted vote of its centre and four inner points.</summary>
        public bool Vote;
    }
}
