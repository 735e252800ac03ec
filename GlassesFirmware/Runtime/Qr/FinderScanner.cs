namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Finds finder patterns ("capstones"): scans rows for 1:1:3:1:1 runs of either polarity, has each
    /// hit confirmed by vertical, horizontal and diagonal cross-checks (<see cref="FinderConfirmer"/>) and
    /// merges repeated hits into candidates with a count. Fixed capacity; no allocation.
    /// </summary>
    public sealed class FinderScanner
    {
        /// <summary>Most finder candidates kept per frame.</summary>
        public const int Capacity = 40;
        /// <summary>Most row hits cross-checked per scan; past it the scan stops (busy texture).</summary>
        public const int MaxChecks = 1500;
        /// <summary>Most row hits cross-checked by <see cref="Glance"/>: a code-free busy frame stops here.</summary>
        public const int MaxGlanceChecks = 1500;

        /// <summary>Candidate centre x (pixels).</summary>
        public readonly float[] X = new float[Capacity];
        /// <summary>Candidate centre y (pixels).</summary>
        public readonly float[] Y = new float[Capacity];
        /// <summary>Estimated module size (pixels).</summary>
        public readonly float[] ModuleSize = new float[Capacity];
        /// <summary>Number of scan hits merged into the candidate.</summary>
        public readonly int[] Hits = new int[Capacity];
        /// <summary>1 when the centre is dark (normal symbol), 0 when light (inverted symbol).</summary>
        public readonly int[] Polarity = new int[Capacity];

        // Work estimates (IL instructions, calibrated with Host/CostMeter): per pixel and per run of a scanned
        // row, per row skipped as flat, and per cross-check (a fixed part plus the pixels its walks cover).
        private const int PixelCost = 24;
        private const int RunCost = 110;
        private const int SkippedRowCost = 40;
        private const int CheckCost = 1000;
        private const int CheckPixelCost = 100;

        private readonly FinderConfirmer _confirmer = new FinderConfirmer();
        private readonly int[] _scan = new int[FinderRowKernel.Length];
        private readonly CleanReadArea _cleanRead = new CleanReadArea();
        private ThresholdMap _map;
        private byte[] _busyRows;
        private int _rowStep;
        private int _nextY;
        private bool _finished;
        private int _count;
        private int _checks;
        // While a row stopped for the budget after a cross-check: where its walk stopped (0: no such row).
        private int _midAt;
        private bool _newCandidate;
        private int _pass;
        private int _passes;

        // Order of the interleaved passes of a glance: each pass scans every fourth row of the glance, so the
        // first covers the whole frame sparsely (a view that changes every frame still gets looked at everywhere).
        private static readonly int[] PassOrder = { 2, 0, 3, 1 };

        /// <summary>Number of candidates found by the last scan.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Pixels between the rows the last scan looked at (in a glance, once all its passes are done).</summary>
        public int RowStep
        {
            get { return _rowStep; }
        }

        /// <summary>
        /// Starts the cheap first look at a frame, on a <see cref="ThresholdMap.Coarse"/> map: every
        /// <paramref name="rowStep"/>-th row at full resolution in four interleaved passes, skipping rows whose
        /// band of blocks (and the bands above and below) is flat (<see cref="ThresholdMap.BusyRows"/>),
        /// confirming at most <see cref="MaxGlanceChecks"/> row hits. <see cref="Run"/> scans; it also returns
        /// after a row that added a new candidate, so that the caller can look for a plausible triple. A finished
        /// glance without a candidate (<see cref="Count"/> 0) means no finder pattern can be in view.
        /// </summary>
        public void BeginGlance(ThresholdMap map, int rowStep)
        {
            Begin(map, rowStep, map.BusyRows);
            _passes = PassOrder.Length;
            _nextY = PassStart(0);
        }

        /// <summary>Starts a scan of every <paramref name="rowStep"/>-th row at full resolution (see <see cref="Run"/>).</summary>
        public void BeginScan(ThresholdMap map, int rowStep)
        {
            Begin(map, rowStep, null);
        }

        /// <summary>
        /// After a code was read from candidates <paramref name="a"/>, <paramref name="b"/> and <paramref name="c"/>:
        /// the rows still to scan do not cross-check row hits on those finders again.
        /// </summary>
        public void KeepReadFinders(int a, int b, int c)
        {
            _cleanRead.KeepFinders(X, Y, ModuleSize, a, b, c);
        }

        /// <summary>
        /// After a code was read as the frame shows it (its module coordinates map to the frame through
        /// <paramref name="transform"/>), the rows still to scan skip its <see cref="CleanReadArea"/>, where no other code
        /// can lie unseen.
        /// </summary>
        public void SkipCleanRead(Perspective transform, int dimension)
        {
            _cleanRead.Cover(transform, dimension);
        }

        /// <summary>
        /// Scans rows and confirms candidates while <paramref name="budget"/> has units left, charging each
        /// row and cross-check; returns true when the scan is finished, false when it stopped for the budget
        /// (or, in a glance, after a row that added a candidate) and continues at the next call (on the next frame of
        /// the same view) where it stopped: the next row, or within a row after the cross-check that spent the budget.
        /// </summary>
        public bool Run(WorkBudget budget)
        {
            if (_finished)
            {
                return true;
            }
            _confirmer.Attach(_map);
            _newCandidate = false;
            bool stopped = ScanRows(_map, _rowStep * _passes, _busyRows, budget);
            _finished = stopped || (_midAt == 0 && _pass == _passes - 1 && _nextY >= _map.Height);
            return _finished;
        }

        // First row of glance pass p (of a plain scan when p is 0 and there is one pass).
        private int PassStart(int p)
        {
            int offset = _passes == 1 ? 0 : PassOrder[p] * _rowStep;
            return offset + (_rowStep >> 1);
        }

        private void Begin(ThresholdMap map, int rowStep, byte[] busyRows)
        {
            _map = map;
            _rowStep = rowStep;
            _busyRows = busyRows;
            _nextY = rowStep >> 1;
            _count = 0;
            _checks = 0;
            _midAt = 0;
            _finished = false;
            _pass = 0;
            _passes = 1;
            _cleanRead.Clear();
        }

        // Run-length scan from row _nextY, every `rowStep`-th row of the current pass and then of the next
        // passes, while the budget lasts, a row at a time through FinderRowKernel (or the map's native kernels),
        // which stops at each finder-ratio window for a cross-check. With `busyRows`, a row is skipped when its
        // band of blocks and both neighbouring bands are flat. True when the cross-check limit ended the scan.
        private bool ScanRows(ThresholdMap map, int rowStep, byte[] busyRows, WorkBudget budget)
        {
            int lastBand = (map.Height - 1) >> map.BlockShift;
            int width = map.Width;
            int height = map.Height;
            int blocksX = map.BlocksX;
            int stride = map.Stride;
            int shift = map.BlockShift;
            for (int y = _nextY; ; y += rowStep)
            {
                // The row a cross-check stopped in goes on first, from where its walk stopped.
                int resumeAt = _midAt;
                if (resumeAt > 0)
                {
                    y = _nextY - rowStep;
                    _midAt = 0;
                }
                else if (y >= height)
                {
                    if (_pass == _passes - 1)
                    {
                        _nextY = y;
                        return false;
                    }
                    _pass++;
                    y = PassStart(_pass);
                }
                if (resumeAt == 0)
                {
                    if (budget.Left <= 0 || _newCandidate)
                    {
                        _nextY = y;
                        return false;
                    }
                    _nextY = y + rowStep;
                    if (busyRows != null && !Busy(busyRows, y >> shift, lastBand))
                    {
                        budget.Charge(SkippedRowCost);
                        continue;
                    }
                }
                int row = map.Origin + y * stride;
                int thrRow = (y >> shift) * blocksX;
                int skips = 0;
                if (_cleanRead.Set)
                {
                    skips = _cleanRead.Skips(y, width);
                    budget.Charge(CleanReadArea.RowCost);
                }
                // The row in segments around the skipped spans (one segment, the whole row, without them); a resumed row
                // goes on in the segment it stopped in, then the segments after it.
                int from = 0;
                for (int k = 0; k <= skips; k++)
                {
                    int to = k < skips ? _cleanRead.Spans[2 * k] : width;
                    if (resumeAt > 0)
                    {
                        from = from > resumeAt ? from : resumeAt;
                        to = to > resumeAt ? to : 0;
                    }
                    int walked = to;
                    if (to > from)
                    {
                        walked = ScanSegment(row, thrRow, y, from, to, resumeAt > 0 && from == resumeAt, budget);
                    }
                    if (walked < 0)
                    {
                        return true;
                    }
                    if (walked < to)
                    {
                        _midAt = walked;
                        return false;
                    }
                    if (k < skips)
                    {
                        from = _cleanRead.Spans[2 * k + 1];
                    }
                }
            }
        }

        // Pixels `from` to `to` of row y (row: its first pixel) through the row kernel, each finder-ratio window
        // cross-checked; with `resume`, the walk goes on from the kernel state _scan holds (the hit a segment stopped
        // after, its pixels up to `from` charged). Returns `to` when the segment is done, -1 when the cross-check limit
        // ended the scan, or where the walk stopped when a cross-check spent the budget.
        private int ScanSegment(int row, int thrRow, int y, int from, int to, bool resume, WorkBudget budget)
        {
            byte[] img = _map.Image;
            byte[] thr = _map.Map;
            int shift = _map.BlockShift;
            IQrKernels kernels = _map.Kernels;
            int[] scan = _scan;
            if (!resume && from == 0)
            {
                scan[FinderRowKernel.Position] = 0;
            }
            else if (!resume)
            {
                FinderRowKernel.StartAt(scan, from, img[row + from] <= thr[thrRow + (from >> shift)] ? 1 : 0);
            }
            int found;
            while ((found = kernels == null
                ? FinderRowKernel.Next(img, row, to, thr, thrRow, shift, scan)
                : kernels.FinderRow(img, row, to, thr, thrRow, shift, scan)) == FinderRowKernel.Hit)
            {
                if (Check(scan, y, budget))
                {
                    return -1;
                }
                if (budget.Left <= 0)
                {
                    // A row of busy texture holds dozens of cross-checks: stop between them, not at the row's end. The
                    // segment's runs are charged when it is done.
                    int at = scan[FinderRowKernel.Position];
                    budget.Charge(PixelCost * (at - from));
                    return at;
                }
            }
            budget.Charge(PixelCost * (to - from) + RunCost * scan[FinderRowKernel.Runs]);
            return found == FinderRowKernel.HitAtRowEnd && Check(scan, y, budget) ? -1 : to;
        }

        // True when band b or a band next to it has a block with contrast.
        private static bool Busy(byte[] busyRows, int b, int lastBand)
        {
            return busyRows[b] != 0 || (b > 0 && busyRows[b - 1] != 0) || (b < lastBand && busyRows[b + 1] != 0);
        }

        // Cross-checks the finder-ratio window of a row hit (scan, see FinderRowKernel); returns true to stop the scan.
        private bool Check(int[] scan, int y, WorkBudget budget)
        {
            int a = scan[FinderRowKernel.A];
            int b = scan[FinderRowKernel.B];
            int c = scan[FinderRowKernel.C];
            int d = scan[FinderRowKernel.D];
            int e = scan[FinderRowKernel.E];
            int color = scan[FinderRowKernel.Color];
            if (_cleanRead.OnReadFinder(scan[FinderRowKernel.Position] - e - d - c * 0.5f, y, a + b + c + d + e))
            {
                return false;
            }
            // Dense texture yields finder look-alikes on every row: bound the cross-checks per scan.
            if (++_checks > (_passes > 1 ? MaxGlanceChecks : MaxChecks))
            {
                return true;
            }
            budget.Charge(CheckCost + CheckPixelCost * (a + b + c + d + e));
            if (_confirmer.Confirm(a, b, c, d, e, scan[FinderRowKernel.Position], y, color))
            {
                Add(_confirmer.X, _confirmer.Y, _confirmer.ModuleSize, color);
            }
            return false;
        }

        /// <summary>
        /// True when five runs fit 1:1:3:1:1 within half a module (a module is total/7), plus one pixel
        /// for modules under 4 px, whose edges quantise to a pixel more or less.
        /// </summary>
        public static bool IsFinderRatio(int a, int b, int c, int d, int e)
        {
            // The centre run is the widest; this rejects most row transitions before any arithmetic.
            if (c <= b || c <= d)
            {
                return false;
            }
            int total = a + b + c + d + e;
            if (total < 7)
            {
                return false;
            }
            // One pixel of slack only matters (and is only allowed) for modules under 4 px.
            int slack = total < 28 ? 14 : 0;
            int limit = total + slack;
            int v = 14 * a - 2 * total;
            if (v >= limit || -v >= limit)
            {
                return false;
            }
            v = 14 * b - 2 * total;
            if (v >= limit || -v >= limit)
            {
                return false;
            }
            v = 14 * d - 2 * total;
            if (v >= limit || -v >= limit)
            {
                return false;
            }
            v = 14 * e - 2 * total;
            if (v >= limit || -v >= limit)
            {
                return false;
            }
            v = 14 * c - 6 * total;
            return v < 3 * total + slack && -v < 3 * total + slack;
        }

        private void Add(float x, float y, float moduleSize, int color)
        {
            for (int i = 0; i < _count; i++)
            {
                float m = ModuleSize[i];
                if (Polarity[i] != color)
                {
                    continue;
                }
                float ddx = x - X[i];
                float ddy = y - Y[i];
                float dm = moduleSize - m;
                if (ddx < 0)
                {
                    ddx = -ddx;
                }
                if (ddy < 0)
                {
                    ddy = -ddy;
                }
                if (dm < 0)
                {
                    dm = -dm;
                }
                if (ddx <= m && ddy <= m && (dm <= 1f || dm <= m))
                {
                    int n = Hits[i];
                    X[i] = (X[i] * n + x) / (n + 1);
                    Y[i] = (Y[i] * n + y) / (n + 1);
                    ModuleSize[i] = (m * n + moduleSize) / (n + 1);
                    Hits[i] = n + 1;
                    return;
                }
            }
            if (_count < Capacity)
            {
                X[_count] = x;
                Y[_count] = y;
                ModuleSize[_count] = moduleSize;
                Hits[_count] = 1;
                Polarity[_count] = color;
                _count++;
                // Only a glance (interleaved passes) returns after a new candidate.
                _newCandidate = _passes > 1;
            }
        }
    }
}
