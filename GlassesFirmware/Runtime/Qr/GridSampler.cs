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
        private readonly FitRefiner _refiner;
        private readonly GridRowSampler _rows;
        // Work estimates (IL instructions, calibrated with Host/CostMeter): per function module of a fitness
        // count, per refit, per module of a grid sampled by level; of an alignment search, per pixel, per run and per
        // cross-check it walked, and the most per pixel of a window (a checkerboard's: a run every module or two, each a
        // cross-check).
        private const int FitModuleCost = 115;
        private const int RefitCost = 1500;
        private const int LevelModuleCost = 360;
        private const int AlignmentPixelCost = 21;
        private const int AlignmentRunCost = 120;
        private const int AlignmentCheckCost = 1000;
        private const int AlignmentMostPixelCost = 80;

        private int _dimension;
        private ThresholdMap _map;
        private int _affine;
        private float _brX;
        private float _brY;

        /// <summary>Creates a sampler with its own transform.</summary>
        public GridSampler()
        {
            _modules = new ModuleSampler(_transform);
            _refiner = new FitRefiner(_modules, _transform, _pts);
            _rows = new GridRowSampler(_modules);
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

        /// <summary>The frame (and threshold map) sampled.</summary>
        public ThresholdMap Map
        {
            get { return _map; }
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
        /// Returns false when the fit is implausible or the grid falls outside the frame.
        /// </summary>
        public bool Sample(int dimension, BitGrid grid)
        {
            if (!BeginFit(dimension))
            {
                return false;
            }
            for (int f = FirstWindow; f <= LastWindow && SearchAlignment(f); f <<= 1)
            {
            }
            return FinishFit(grid);
        }

        /// <summary>Half-width (in modules) of the first alignment search window; each next one doubles.</summary>
        public const int FirstWindow = 4;
        /// <summary>Half-width of the last alignment search window.</summary>
        public const int LastWindow = 16;

        /// <summary>
        /// First part of <see cref="Sample"/>: the three-finder (parallelogram) fit, gated on its function
        /// modules (random texture agrees about half the time). False when the fit is implausible.
        /// </summary>
        public bool BeginFit(int dimension)
        {
            _dimension = dimension;
            _modules.Prepare(Color, dimension);
            _brX = TrX - TlX + BlX;
            _brY = TrY - TlY + BlY;
            UsedAlignment = false;
            _pts[0] = TlX;
            _pts[1] = TlY;
            _pts[2] = TrX;
            _pts[3] = TrY;
            _pts[4] = _brX;
            _pts[5] = _brY;
            _pts[6] = BlX;
            _pts[7] = BlY;
            Refit();
            // Function modules must mostly agree with the three-finder fit before the alignment search
            // and a whole grid are worth their cost.
            _affine = _modules.Fitness(dimension, true);
            if (_affine * 1000 / ModuleSampler.MaxFitness(dimension) < MinFitPerMille - 100)
            {
                return false;
            }
            return true;
        }

        /// <summary>
        /// Searches the window of +-<paramref name="window"/> modules around the expected bottom-right alignment
        /// centre and refits with the pattern found unless it fits the function modules worse (a look-alike in
        /// the data). Returns true when the next, larger window is still worth searching.
        /// </summary>
        public bool SearchAlignment(int window)
        {
            if (_dimension <= 21 || UsedAlignment)
            {
                _alignment.LastPixels = 0;
                _alignment.LastFound = false;
                return false;
            }
            // The bottom-right alignment centre sits 3 modules in from the far corner finder line.
            float corr = 1f - 3f / (_dimension - 7);
            float ex = TlX + corr * (_brX - TlX);
            float ey = TlY + corr * (_brY - TlY);
            UsedAlignment = _alignment.Find(_map, Color, ModuleSize, ex, ey, window, window > FirstWindow);
            if (!UsedAlignment)
            {
                return true;
            }
            _pts[4] = _alignment.X;
            _pts[5] = _alignment.Y;
            Refit();
            int aligned = _modules.Fitness(_dimension, true);
            if (aligned < _affine)
            {
                // A look-alike found in the data: keep the parallelogram fit.
                UsedAlignment = false;
                _pts[4] = _brX;
                _pts[5] = _brY;
                Refit();
            }
            else
            {
                _affine = aligned;
            }
            return false;
        }

        /// <summary>Last part of <see cref="Sample"/>: the agreement gate and the grid.</summary>
        public bool FinishFit(BitGrid grid)
        {
            return FitAgrees() && _modules.SampleGrid(_dimension, grid, false);
        }

        /// <summary>True when enough function modules agree with the fit for the grid to be worth sampling.</summary>
        public bool FitAgrees()
        {
            return FitPerMille >= MinFitPerMille;
        }

        /// <summary>
        /// Work the last <see cref="SearchAlignment"/> did: the pixels, runs and cross-checks of the rows it walked, and a fitness count when it
        /// found a pattern (at most <see cref="AlignmentCost"/>).
        /// </summary>
        public int LastAlignmentWork
        {
            get
            {
                return _alignment.LastPixels * AlignmentPixelCost + _alignment.LastRuns * AlignmentRunCost
                    + _alignment.LastChecks * AlignmentCheckCost + (_alignment.LastFound ? FitnessCost(_dimension) : 0);
            }
        }

        /// <summary>Most work of <see cref="SearchAlignment"/> for a window (every pixel of it thresholded, then a fitness count).</summary>
        public int AlignmentCost(int window)
        {
            int side = 2 * (int)(window * ModuleSize) + 1;
            int w = side < _map.Width ? side : _map.Width;
            int h = side < _map.Height ? side : _map.Height;
            return w * h * AlignmentMostPixelCost + FitnessCost(_dimension);
        }

        /// <summary>Least agreement (per mille) of function modules for a fit to be sampled.</summary>
        public const int MinFitPerMille = 700;

        /// <summary>Agreement (per mille) of the function modules with the current fit.</summary>
        public int FitPerMille
        {
            get { return _affine * 1000 / ModuleSampler.MaxFitness(_dimension); }
        }

        /// <summary>
        /// Starts refining the last fit: its four image control points will move a fraction of a module at
        /// a time while the agreement of finder, timing and alignment modules with their known colours
        /// improves (hill climbing, as quirc's "jiggle"). <see cref="RefineSteps"/> climbs,
        /// <see cref="FinishRefine"/> re-samples.
        /// </summary>
        public void BeginRefine(WorkBudget budget)
        {
            _refiner.Begin(_dimension, UsedAlignment, ModuleSize, budget);
        }

        /// <summary>
        /// Climbs while <paramref name="budget"/> allows (<see cref="FitRefiner.Steps"/>); true when done, false
        /// when the rest waits for the next call (the next frame of the same view).
        /// </summary>
        public bool RefineSteps(WorkBudget budget)
        {
            return _refiner.Steps(budget);
        }

        /// <summary>Samples the refined fit; false when the refined grid leaves the frame.</summary>
        public bool FinishRefine(BitGrid grid)
        {
            Refit();
            return _modules.SampleGrid(_dimension, grid, false);
        }

        /// <summary>Interpreter work (IL instructions, about) of one fitness count with its refit.</summary>
        public static int FitnessCost(int dimension)
        {
            return ModuleSampler.MaxFitness(dimension) * FitModuleCost + RefitCost;
        }

        /// <summary>Work of sampling a whole grid, one point per module.</summary>
        public static int GridCost(int dimension)
        {
            return dimension * dimension * GridRowSampler.ModuleCost;
        }

        /// <summary>Work of <see cref="SampleByLevel"/>.</summary>
        public static int LevelCost(int dimension)
        {
            return dimension * dimension * LevelModuleCost;
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

        /// <summary>
        /// Starts sampling the current fit into the grid, one point per module or, with <paramref name="vote"/>,
        /// each module the weighted vote of its centre and four inner points; <see cref="GridRows"/> samples
        /// the rows.
        /// </summary>
        public void BeginGrid(BitGrid grid, bool vote)
        {
            _rows.Begin(grid, _dimension, vote);
        }

        /// <summary>
        /// Samples rows while <paramref name="budget"/> allows (at least one when <paramref name="force"/>):
        /// 1 when the grid is done, 0 when rows wait for the next call, -1 when the grid left the frame.
        /// </summary>
        public int GridRows(BitGrid grid, WorkBudget budget, bool force)
        {
            return _rows.Rows(grid, budget, force);
        }

        private void Refit()
        {
            FitRefiner.Fit(_transform, _pts, _dimension, UsedAlignment);
        }
    }
}
