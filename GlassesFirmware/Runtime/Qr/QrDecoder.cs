namespace GlassesFirmware.Qr
{
    /// <summary>
    /// On-device QR Model 2 decoder for 8-bit grey frames. Pipeline: adaptive threshold map ->
    /// finder scan (both polarities) -> triples of finders -> perspective grid with alignment
    /// pattern -> version/format information -> unmask, de-interleave, Reed-Solomon -> segments.
    /// All working memory is allocated once in the constructor for the largest frame; a decode
    /// allocates only the payload and text of the codes it finds. Not thread-safe.
    /// </summary>
    public sealed class QrDecoder
    {
        /// <summary>Most finder triples tried per frame (bounds the cost of busy scenes).</summary>
        public const int MaxTriples = 12;
        /// <summary>Smallest region that can hold a version 1 symbol at one pixel per module.</summary>
        public const int MinSide = 21;

        private readonly int _maxWidth;
        private readonly int _maxHeight;
        private readonly ThresholdMap _map;
        private readonly FinderScanner _finders = new FinderScanner();
        private readonly TripleSelector _triples = new TripleSelector();
        private readonly GridSampler _sampler = new GridSampler();
        private readonly BitGrid _grid = new BitGrid();
        private readonly SymbolDecoder _symbol = new SymbolDecoder();
        private readonly bool[] _used = new bool[FinderScanner.Capacity];
        private readonly WorkBudget _budget = new WorkBudget();
        private readonly ViewSignature _view = new ViewSignature();

        // Phases of the cascade; PhaseGlance also means that nothing is carried over.
        private const int PhaseGlance = 0;
        private const int PhaseGlanceScan = 1;
        private const int PhaseMap = 2;
        private const int PhaseMapBands = 3;
        private const int PhaseScan = 4;
        private const int PhaseTriples = 5;

        // Steps of one finder triple.
        private const int StepStart = 0;
        private const int StepSample = 1;
        private const int StepVersionRefine = 2;
        private const int StepRead = 3;
        private const int StepRefine = 4;
        private const int StepReading = 5;
        private const int StepBeginRefine = 6;
        private const int StepVote = 7;
        private const int StepVoteRows = 8;
        private const int StepLevel = 9;
        private const int StepFailed = 10;
        private const int StepAlign = 11;
        private const int StepGrid = 12;
        private const int StepGridRows = 13;

        // Work estimates (IL instructions, calibrated with Host/CostMeter): ordering a triple and measuring
        // its module size; per pair of candidates when grouping; per module of transposing a grid; reading
        // the version blocks both ways.
        private const int FinderFitCost = 15000;
        private const int SelectCost = 60;
        private const int TransposeModuleCost = 120;
        private const int VersionReadCost = 6000;

        /// <summary>Pixels of the reference frame the per-frame budget is stated for (240x240).</summary>
        public const int ReferencePixels = 240 * 240;
        /// <summary>
        /// Units of work allowed per frame of up to 240x240 pixels: below the 2,000,000 IL instructions of
        /// issue 12, leaving room for the estimates' error and the overrun of a frame's last step.
        /// </summary>
        public const int UnitsPerReferenceFrame = 1700000;

        // Carry-over state of the current view.
        private int _phase;
        private int _quality;
        private int _band;
        private int _tripleCount;
        private int _triple;
        private int _step;
        private int _try;
        private int _estimate;
        private int _version;
        private int _frameStart;
        private bool _paused;
        private bool _viewFound;
        private int _window;
        private int _afterRead;
        private bool _firstRead;
        private bool _readMirrored;
        private bool _readBegun;
        private QrStatus _status;
        private QrStatus _firstStatus;

        /// <summary>Creates a decoder whose buffers fit frames (or regions) up to the given size.</summary>
        public QrDecoder(int maxWidth, int maxHeight)
        {
            _maxWidth = maxWidth < MinSide ? MinSide : maxWidth;
            _maxHeight = maxHeight < MinSide ? MinSide : maxHeight;
            _map = new ThresholdMap(_maxWidth, _maxHeight);
        }

        /// <summary>Largest region width accepted.</summary>
        public int MaxWidth
        {
            get { return _maxWidth; }
        }

        /// <summary>Largest region height accepted.</summary>
        public int MaxHeight
        {
            get { return _maxHeight; }
        }

        /// <summary>Decodes every code in a whole frame. See the region overload.</summary>
        public QrStatus Decode(byte[] frame, int width, int height, int stride, QrResultSet results)
        {
            return Decode(frame, width, height, stride, 0, 0, width, height, results);
        }

        /// <summary>
        /// Decodes every code inside the region (roiX, roiY, roiWidth, roiHeight) of a frame whose
        /// pixel (x, y) is frame[y * stride + x]. Returns an argument status for bad input (nothing
        /// is thrown) or <see cref="QrStatus.Ok"/>; the codes found are in <paramref name="results"/>.
        /// The frame is only read. The call does about <see cref="FrameBudget"/> units of work at most; what
        /// is left (<see cref="Pending"/>) continues at the next call when that shows the same view.
        /// </summary>
        public QrStatus Decode(byte[] frame, int width, int height, int stride,
            int roiX, int roiY, int roiWidth, int roiHeight, QrResultSet results)
        {
            if (results == null)
            {
                return QrStatus.NullResults;
            }
            results.Clear();
            QrStatus check = Validate(frame, width, height, stride, roiX, roiY, roiWidth, roiHeight);
            if (check != QrStatus.Ok)
            {
                results.LastFailure = check;
                return check;
            }
            if (roiWidth < MinSide || roiHeight < MinSide)
            {
                _phase = PhaseGlance;
                return QrStatus.Ok;
            }
            int origin = roiY * stride + roiX;
            _budget.Reset(FrameBudget(roiWidth, roiHeight));
            if (_phase != PhaseGlance && _view.Same(frame, origin, stride, roiWidth, roiHeight))
            {
                // A held view: carry on where the last frame stopped, on this frame's pixels.
                _map.Rebind(frame, origin, stride);
                _budget.Charge(ViewSignature.Cost);
            }
            else
            {
                _phase = PhaseGlance;
                _viewFound = false;
            }
            _frameStart = _budget.Spent;
            Run(frame, origin, stride, roiWidth, roiHeight, roiX, roiY, results);
            if (_phase != PhaseGlance)
            {
                _view.Take(frame, origin, stride, roiWidth, roiHeight);
                _budget.Charge(ViewSignature.Cost);
            }
            return QrStatus.Ok;
        }

        /// <summary>
        /// True when the last frame left work (a scan, a map, finder triples, refinement) for the next frame
        /// of the same view. A frame that differs from the last one starts over by itself; a caller that
        /// starts looking anew calls <see cref="NewView"/>.
        /// </summary>
        public bool Pending
        {
            get { return _phase != PhaseGlance; }
        }

        /// <summary>Units of work the last <see cref="Decode"/> call charged (see <see cref="WorkBudget"/>).</summary>
        public int LastWork
        {
            get { return _budget.Spent; }
        }

        /// <summary>Forgets work carried over: the next frame starts with the glance.</summary>
        public void NewView()
        {
            _phase = PhaseGlance;
        }

        /// <summary>
        /// Work one frame of this region size may do: <see cref="UnitsPerReferenceFrame"/> for 240x240 pixels
        /// and smaller regions, in proportion to the pixels for larger ones.
        /// </summary>
        public static int FrameBudget(int width, int height)
        {
            long pixels = (long)width * height;
            if (pixels < ReferencePixels)
            {
                pixels = ReferencePixels;
            }
            return (int)(pixels * UnitsPerReferenceFrame / ReferencePixels);
        }

        // The cascade, cheapest first, as phases that stop when the frame's budget is spent and resume at
        // the next frame of the same view:
        // 1. glance: coarse map, scan of the busy bands up to the first confirmed finder (most frames end here);
        // 2. fast 8 px map from 4 samples a block, full scan, finder triples;
        // 3. only when nothing was read in the view: full 8 px map from all 64 pixels, scan, triples.
        private void Run(byte[] frame, int origin, int stride, int width, int height, int offsetX, int offsetY,
            QrResultSet results)
        {
            int rowStep = RowStep(height);
            while (true)
            {
                if (_phase == PhaseGlance)
                {
                    _map.Build(frame, origin, stride, width, height, ThresholdMap.Coarse);
                    _budget.Charge(_map.BlocksX * _map.BlocksY * ThresholdMap.BlockCost(ThresholdMap.Coarse));
                    _finders.BeginGlance(_map, rowStep + 1);
                    _phase = PhaseGlanceScan;
                }
                else if (_phase == PhaseGlanceScan)
                {
                    if (!_finders.Run(_budget))
                    {
                        return;
                    }
                    if (_finders.Count == 0)
                    {
                        _phase = PhaseGlance;
                        return;
                    }
                    _quality = ThresholdMap.Fast;
                    _phase = PhaseMap;
                }
                else if (_phase == PhaseMap)
                {
                    _map.Begin(frame, origin, stride, width, height, _quality);
                    _band = 0;
                    _phase = PhaseMapBands;
                }
                else if (_phase == PhaseMapBands)
                {
                    if (!BuildBands())
                    {
                        return;
                    }
                    _finders.BeginScan(_map, _quality == ThresholdMap.Fast ? rowStep + 1 : rowStep);
                    _phase = PhaseScan;
                }
                else if (_phase == PhaseScan)
                {
                    if (!_finders.Run(_budget))
                    {
                        return;
                    }
                    if (_finders.Count < 3)
                    {
                        NextPass();
                        continue;
                    }
                    _sampler.Attach(_map);
                    _tripleCount = _triples.Select(_finders);
                    _budget.Charge(SelectCost * _finders.Count * _finders.Count);
                    for (int i = 0; i < _finders.Count; i++)
                    {
                        _used[i] = false;
                    }
                    _triple = 0;
                    _step = StepStart;
                    _phase = PhaseTriples;
                }
                else
                {
                    if (!Triples(offsetX, offsetY, results))
                    {
                        return;
                    }
                    NextPass();
                }
                if (_phase == PhaseGlance)
                {
                    return;
                }
            }
        }

        // After a detection pass: the full map when nothing was read in this view yet, else the view is done.
        private void NextPass()
        {
            if (_quality == ThresholdMap.Fast && !_viewFound)
            {
                _quality = ThresholdMap.Full;
                _phase = PhaseMap;
            }
            else
            {
                _phase = PhaseGlance;
            }
        }

        // Computes bands of blocks while the budget allows (at least one band when nothing else ran in this
        // frame); smooths the map after the last band and returns true then.
        private bool BuildBands()
        {
            int perBand = _map.BlocksX * ThresholdMap.BlockCost(_quality);
            int bands = _map.BlocksY;
            int to = _band;
            while (to < bands && (_budget.Allows(perBand * (to - _band + 1)) || (to == _band && NothingDone())))
            {
                to++;
            }
            if (to > _band)
            {
                _map.BuildRows(_band, to);
                _budget.Charge(perBand * (to - _band));
                _band = to;
            }
            if (_band < bands)
            {
                return false;
            }
            _map.Finish();
            return true;
        }

        // Tries the triples from _triple on; true when all are done, false when the budget stopped it.
        private bool Triples(int offsetX, int offsetY, QrResultSet results)
        {
            for (; _triple < _tripleCount && _triple < MaxTriples; _triple++)
            {
                if (results.Count >= QrResultSet.Capacity)
                {
                    return true;
                }
                int a = _triples.A(_triple);
                int b = _triples.B(_triple);
                int c = _triples.C(_triple);
                if (_used[a] || _used[b] || _used[c])
                {
                    continue;
                }
                if (_step == StepStart)
                {
                    results.CandidatesTried++;
                }
                QrCode code = results.Next();
                _paused = false;
                QrStatus status = DecodeTriple(a, b, c, code);
                if (_paused)
                {
                    return false;
                }
                _step = StepStart;
                if (status != QrStatus.Ok)
                {
                    results.LastFailure = status;
                    continue;
                }
                _used[a] = true;
                _used[b] = true;
                _used[c] = true;
                _viewFound = true;
                SetCorners(code, offsetX, offsetY);
                if (!IsDuplicate(results, code))
                {
                    results.Count++;
                }
            }
            return true;
        }

        private QrStatus Validate(byte[] frame, int width, int height, int stride,
            int roiX, int roiY, int roiWidth, int roiHeight)
        {
            if (frame == null)
            {
                return QrStatus.NullFrame;
            }
            if (width <= 0 || height <= 0)
            {
                return QrStatus.BadDimensions;
            }
            if (stride < width)
            {
                return QrStatus.StrideTooSmall;
            }
            // Checked in long: stride * height can exceed int range for absurd arguments.
            if ((long)stride * (height - 1) + width > frame.Length)
            {
                return QrStatus.BufferTooSmall;
            }
            if (roiX < 0 || roiY < 0 || roiWidth <= 0 || roiHeight <= 0
                || roiX > width - roiWidth || roiY > height - roiHeight)
            {
                return QrStatus.BadRegion;
            }
            if (roiWidth > _maxWidth || roiHeight > _maxHeight)
            {
                return QrStatus.FrameTooLarge;
            }
            return QrStatus.Ok;
        }

        // Rows scanned for finders: every third row, sparser on tall frames (a finder centre is
        // three modules high, so a 2 px module still meets two scanned rows).
        private static int RowStep(int height)
        {
            int step = height / 160;
            return step < 3 ? 3 : step;
        }

        // One finder triple as resumable steps: the first fit and read of each dimension to try (the
        // estimate, then one step either way for symbols without a version block), then, for a located
        // symbol that does not read, refinement, a 5-point vote and a read by grey level. Sets _paused when
        // the budget stops it before a step; the next call continues with that step.
        private QrStatus DecodeTriple(int a, int b, int c, QrCode code)
        {
            if (_step == StepStart)
            {
                FinderScanner f = _finders;
                float ms = (f.ModuleSize[a] + f.ModuleSize[b] + f.ModuleSize[c]) / 3f;
                _sampler.SetFinders(f.X[a], f.Y[a], f.X[b], f.Y[b], f.X[c], f.Y[c], ms, f.Polarity[a]);
                _budget.Charge(FinderFitCost);
                _estimate = _sampler.EstimateDimension();
                if (_estimate == 0)
                {
                    return QrStatus.SamplingFailed;
                }
                _try = 0;
                _firstStatus = QrStatus.SamplingFailed;
                _step = StepSample;
            }
            while (true)
            {
                int dimension = TryDimensionAt(_try);
                if (dimension == 0)
                {
                    return _firstStatus;
                }
                QrStatus status = TryStep(dimension, code);
                if (status == QrStatus.Ok || _paused)
                {
                    return status;
                }
                if (_try == 0)
                {
                    _firstStatus = status;
                }
                _try++;
                _step = StepSample;
            }
        }

        // The dimension of try k: the estimate; for small symbols (no version block) a module-size error
        // of one step either way; 0 when there is no such try.
        private int TryDimensionAt(int k)
        {
            if (k == 0)
            {
                return _estimate;
            }
            if (_estimate >= 45)
            {
                return 0;
            }
            if (k == 1)
            {
                return _estimate + 4;
            }
            return k == 2 && _estimate > 21 ? _estimate - 4 : 0;
        }

        // Runs the steps of one dimension from _step: Ok, the reason the dimension failed, or _paused.
        private QrStatus TryStep(int dimension, QrCode code)
        {
            while (true)
            {
                if (_step == StepSample)
                {
                    int fit = 2 * GridSampler.FitnessCost(dimension);
                    if (!Affords(fit))
                    {
                        return Pause();
                    }
                    _budget.Charge(fit);
                    if (!_sampler.BeginFit(dimension))
                    {
                        return QrStatus.SamplingFailed;
                    }
                    _window = GridSampler.FirstWindow;
                    _step = StepAlign;
                }
                else if (_step == StepAlign)
                {
                    // The alignment search, a window at a time (each larger window only when the last found nothing).
                    while (_window <= GridSampler.LastWindow)
                    {
                        int cost = _sampler.AlignmentCost(_window);
                        if (!Affords(cost))
                        {
                            return Pause();
                        }
                        _budget.Charge(cost);
                        bool further = _sampler.SearchAlignment(_window);
                        _window = further ? _window << 1 : GridSampler.LastWindow + 1;
                    }
                    _step = StepGrid;
                }
                else if (_step == StepGrid)
                {
                    if (!_sampler.FitAgrees())
                    {
                        return QrStatus.SamplingFailed;
                    }
                    _sampler.BeginGrid(_grid, false);
                    _step = StepGridRows;
                }
                else if (_step == StepGridRows)
                {
                    int sampled = _sampler.GridRows(_grid, _budget, NothingDone());
                    if (sampled == 0)
                    {
                        return Pause();
                    }
                    if (sampled < 0)
                    {
                        return QrStatus.SamplingFailed;
                    }
                    _version = -1;
                    _step = StepRead;
                    if (dimension >= 45)
                    {
                        _budget.Charge(VersionReadCost);
                        _version = ReadVersionEitherWay();
                        if (_version < 0)
                        {
                            _sampler.BeginRefine(_budget);
                            _step = StepVersionRefine;
                        }
                    }
                }
                else if (_step == StepVersionRefine)
                {
                    if (!_sampler.RefineSteps(_budget) || !Affords(GridSampler.GridCost(dimension) + VersionReadCost))
                    {
                        return Pause();
                    }
                    _budget.Charge(GridSampler.GridCost(dimension) + VersionReadCost);
                    if (_sampler.FinishRefine(_grid))
                    {
                        _version = ReadVersionEitherWay();
                    }
                    _step = StepRead;
                }
                else if (_step == StepRead)
                {
                    // Unreadable version blocks: trust the estimate and let Reed-Solomon judge.
                    int actual = _version < 0 ? dimension : QrVersionDb.Dimension(_version);
                    int resample = actual != dimension ? GridSampler.GridCost(actual) + _sampler.AlignmentCost(GridSampler.LastWindow) * 3 : 0;
                    if (!Affords(resample))
                    {
                        return Pause();
                    }
                    if (actual != dimension)
                    {
                        _budget.Charge(resample);
                        if (!_sampler.Sample(actual, _grid))
                        {
                            return QrStatus.SamplingFailed;
                        }
                    }
                    // When the symbol is located but not read: refine the fit, then vote each module from 5 points.
                    StartRead(StepBeginRefine, true);
                }
                else if (_step == StepReading)
                {
                    QrStatus read = Reading(code);
                    if (read == QrStatus.Ok || _paused)
                    {
                        return read;
                    }
                }
                else if (_step == StepBeginRefine)
                {
                    _sampler.BeginRefine(_budget);
                    _step = StepRefine;
                }
                else if (_step == StepRefine)
                {
                    if (!_sampler.RefineSteps(_budget) || !Affords(GridSampler.GridCost(dimension)))
                    {
                        return Pause();
                    }
                    _budget.Charge(GridSampler.GridCost(dimension));
                    if (!_sampler.FinishRefine(_grid))
                    {
                        return _status;
                    }
                    StartRead(StepVote, false);
                }
                else if (_step == StepVote)
                {
                    _sampler.BeginGrid(_grid, true);
                    _step = StepVoteRows;
                }
                else if (_step == StepVoteRows)
                {
                    int voted = _sampler.GridRows(_grid, _budget, NothingDone());
                    if (voted == 0)
                    {
                        return Pause();
                    }
                    if (voted < 0)
                    {
                        _step = StepLevel;
                    }
                    else
                    {
                        StartRead(StepLevel, false);
                    }
                }
                else if (_step == StepLevel)
                {
                    if (!Affords(GridSampler.LevelCost(dimension)))
                    {
                        return Pause();
                    }
                    _budget.Charge(GridSampler.LevelCost(dimension));
                    if (!_sampler.SampleByLevel(_grid, _symbol.Scratch))
                    {
                        return _status;
                    }
                    StartRead(StepFailed, false);
                }
                else
                {
                    return _status;
                }
            }
        }

        // The next step reads the grid as sampled and, when that fails, transposed (a mirrored symbol); when
        // both fail the dimension goes on with `after`. `first` keeps the reason of the sampled reading as
        // the dimension's failure.
        private void StartRead(int after, bool first)
        {
            _afterRead = after;
            _firstRead = first;
            _readMirrored = false;
            _readBegun = false;
            _step = StepReading;
        }

        // One reading, resumable: Ok, _paused, or a failed reading (then the step has moved on).
        private QrStatus Reading(QrCode code)
        {
            if (!_readBegun)
            {
                int dimension = _grid.Dimension;
                if (_readMirrored)
                {
                    int transpose = dimension * dimension * TransposeModuleCost;
                    if (!Affords(transpose))
                    {
                        QrStatus later = Pause();
                        if (!_paused)
                        {
                            _step = _afterRead;
                        }
                        return later;
                    }
                    _budget.Charge(transpose);
                    _grid.Transpose();
                }
                _budget.Charge(SymbolDecoder.BeginCost);
                QrStatus begun = _symbol.BeginRead(_grid);
                if (begun != QrStatus.Ok)
                {
                    ReadFailed(begun);
                    return begun;
                }
                _readBegun = true;
            }
            code.Inverted = _sampler.Color == 0;
            QrStatus status = _symbol.ContinueRead(_grid, code, _budget, NothingDone());
            if (_symbol.ReadPending)
            {
                _paused = true;
                return QrStatus.NoCode;
            }
            if (status == QrStatus.Ok)
            {
                code.Mirrored = _readMirrored;
                return status;
            }
            ReadFailed(status);
            return status;
        }

        private void ReadFailed(QrStatus status)
        {
            if (!_readMirrored)
            {
                if (_firstRead)
                {
                    _status = status;
                }
                _readMirrored = true;
                _readBegun = false;
                return;
            }
            _step = _afterRead;
        }

        // Leaves the step for the next frame; a step that does not fit even a frame of its own never will.
        private QrStatus Pause()
        {
            if (NothingDone())
            {
                return QrStatus.OverBudget;
            }
            _paused = true;
            return QrStatus.NoCode;
        }

        // A step that cannot be interrupted runs when what is left of the frame's budget allows it.
        private bool Affords(int units)
        {
            return _budget.Allows(units);
        }

        // True while this frame has done no work yet (beyond checking the view).
        private bool NothingDone()
        {
            return _budget.Spent == _frameStart;
        }

        private int ReadVersionEitherWay()
        {
            int version = SymbolDecoder.ReadVersion(_grid);
            if (version < 0)
            {
                _grid.Transpose();
                version = SymbolDecoder.ReadVersion(_grid);
                _grid.Transpose();
            }
            return version;
        }

        private void SetCorners(QrCode code, int offsetX, int offsetY)
        {
            Perspective t = _sampler.Transform;
            int dim = _grid.Dimension;
            int[] c = code.Corners;
            // Module-space corners in the symbol's own order; a mirrored read swaps the axes.
            for (int k = 0; k < 4; k++)
            {
                int mx = (k == 1 || k == 2) ? dim : 0;
                int my = (k == 2 || k == 3) ? dim : 0;
                if (code.Mirrored)
                {
                    int tmp = mx;
                    mx = my;
                    my = tmp;
                }
                t.Map(mx, my);
                c[2 * k] = (int)(t.MappedX + 0.5f) + offsetX;
                c[2 * k + 1] = (int)(t.MappedY + 0.5f) + offsetY;
            }
        }

        // The same symbol can be reached through a second, nearly coincident finder triple.
        private static bool IsDuplicate(QrResultSet results, QrCode code)
        {
            int[] c = code.Corners;
            int cx = (c[0] + c[2] + c[4] + c[6]) / 4;
            int cy = (c[1] + c[3] + c[5] + c[7]) / 4;
            for (int i = 0; i < results.Count; i++)
            {
                int[] o = results.Get(i).Corners;
                int minX = o[0], maxX = o[0], minY = o[1], maxY = o[1];
                for (int k = 1; k < 4; k++)
                {
                    minX = o[2 * k] < minX ? o[2 * k] : minX;
                    maxX = o[2 * k] > maxX ? o[2 * k] : maxX;
                    minY = o[2 * k + 1] < minY ? o[2 * k + 1] : minY;
                    maxY = o[2 * k + 1] > maxY ? o[2 * k + 1] : maxY;
                }
                if (cx >= minX && cx <= maxX && cy >= minY && cy <= maxY)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
