namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Reads the symbol of one finder triple as a resumable step machine (fit, alignment search, grid,
    /// version, reading, refinement, 5-point vote, read by grey level): each step runs when the frame's
    /// <see cref="WorkBudget"/> allows it, and a step the budget stops waits for the next frame of the same
    /// view. <see cref="ViewCascade"/> runs it for each triple.
    /// </summary>
    public sealed class TripleReader
    {
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
        // its module size; reading the version blocks.
        private const int FinderFitCost = 5000;
        private const int VersionReadCost = 6000;
        // Per corrected codeword whose modules are located.
        private const int LocateCodewordCost = 600;

        private readonly FinderScanner _finders;
        private readonly GridSampler _sampler;
        private readonly BitGrid _grid;
        private readonly SymbolDecoder _symbol;
        private readonly WorkBudget _budget;
        private readonly GridReading _reading;
        // The read's transform for CorrectedModuleCheck.
        private readonly float[] _transform = new float[GridRowKernel.TransformLength];

        // Carry-over state of the triple being read.
        private int _step;
        private int _try;
        private int _estimate;
        private int _version;
        private int _window;
        private int _afterRead;
        private bool _paused;
        private bool _plainOnly;
        private QrStatus _firstStatus;

        /// <summary>
        /// After <paramref name="code"/> was read with corrected codewords: true when every module the correction
        /// flipped shows its corrected colour in the frame against its neighbours (<see cref="CorrectedModuleCheck"/>),
        /// so that the code agrees with the frame module for module as a read without correction does. Leaves the grid
        /// as the corrected code.
        /// </summary>
        public bool CorrectionsShown(QrCode code)
        {
            // Locate refuses a read with more corrections than it holds before walking anything: only a located read is
            // charged.
            if (!_symbol.LocateCorrections(_grid))
            {
                return false;
            }
            _budget.Charge(code.CorrectedCodewords * LocateCodewordCost);
            CorrectedModules modules = _symbol.Corrections;
            _budget.Charge(modules.Modules * CorrectedModuleCheck.ModuleCost);
            _sampler.Transform.CopyTo(_transform);
            return CorrectedModuleCheck.Confirms(modules, _grid, _transform, _sampler.Map, _sampler.Color, code.Mirrored);
        }

        /// <summary>Creates a reader of the triples of <paramref name="finders"/>, sampling into <paramref name="grid"/>.</summary>
        public TripleReader(FinderScanner finders, GridSampler sampler, BitGrid grid, SymbolDecoder symbol, WorkBudget budget)
        {
            _finders = finders;
            _sampler = sampler;
            _grid = grid;
            _symbol = symbol;
            _budget = budget;
            _reading = new GridReading(grid, symbol, sampler, budget);
        }

        /// <summary>True when the next <see cref="Read"/> continues a triple a frame left unfinished.</summary>
        public bool Resuming
        {
            get { return _step != StepStart; }
        }

        /// <summary>True when the last <see cref="Read"/> stopped for the budget; call it again on the next frame.</summary>
        public bool Paused
        {
            get { return _paused; }
        }

        /// <summary>
        /// Drops a triple left unfinished: the next <see cref="Read"/> starts a triple. With
        /// <paramref name="plainOnly"/> the triples read from now on get the plain reading of each dimension only,
        /// without refinement (also when the version blocks do not read: the finders' version is trusted), vote and read
        /// by grey level (the glance's read, which a full pass backs up).
        /// </summary>
        public void Restart(bool plainOnly)
        {
            _step = StepStart;
            _plainOnly = plainOnly;
        }

        /// <summary>
        /// Reads (or continues reading) the symbol of finders <paramref name="a"/>, <paramref name="b"/>,
        /// <paramref name="c"/> into <paramref name="code"/>: Ok, why it failed, or <see cref="Paused"/>.
        /// </summary>
        public QrStatus Read(int a, int b, int c, QrCode code)
        {
            _paused = false;
            QrStatus status = Steps(a, b, c, code);
            if (!_paused)
            {
                _step = StepStart;
            }
            return status;
        }

        // One finder triple as resumable steps: the first fit and read of each dimension to try (the
        // estimate, then one step either way for symbols without a version block), then, for a located
        // symbol that does not read, refinement, a 5-point vote and a read by grey level. Sets _paused when
        // the budget stops it before a step; the next frame continues with that step.
        private QrStatus Steps(int a, int b, int c, QrCode code)
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
                    if (!_budget.Allows(fit))
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
                        if (!_budget.Allows(cost))
                        {
                            return Pause();
                        }
                        bool further = _sampler.SearchAlignment(_window);
                        _budget.Charge(_sampler.LastAlignmentWork);
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
                    int sampled = _sampler.GridRows(_grid, _budget, _budget.NothingDone);
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
                        _version = SymbolDecoder.ReadVersion(_grid);
                        // A glance's read (plain only) trusts the version its finders give: the climb for a fit whose
                        // version blocks read costs a frame and more, and the later passes' reads climb if need be.
                        if (_version < 0 && !_plainOnly)
                        {
                            _sampler.BeginRefine(_budget);
                            _step = StepVersionRefine;
                        }
                    }
                }
                else if (_step == StepVersionRefine)
                {
                    if (!_sampler.RefineSteps(_budget) || !_budget.Allows(GridSampler.GridCost(dimension) + VersionReadCost))
                    {
                        return Pause();
                    }
                    _budget.Charge(GridSampler.GridCost(dimension) + VersionReadCost);
                    if (_sampler.FinishRefine(_grid))
                    {
                        _version = SymbolDecoder.ReadVersion(_grid);
                    }
                    _step = StepRead;
                }
                else if (_step == StepRead)
                {
                    // Unreadable version blocks: trust the estimate and let Reed-Solomon judge.
                    int actual = _version < 0 ? dimension : QrVersionDb.Dimension(_version);
                    int resample = actual != dimension ? GridSampler.GridCost(actual) + _sampler.AlignmentCost(GridSampler.LastWindow) * 3 : 0;
                    if (!_budget.Allows(resample))
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
                    StartRead(_plainOnly ? StepFailed : StepBeginRefine, true);
                }
                else if (_step == StepReading)
                {
                    QrStatus read = _reading.Continue(code);
                    if (read == QrStatus.Ok || _reading.Paused)
                    {
                        _paused = _reading.Paused;
                        return read;
                    }
                    if (_reading.Finished)
                    {
                        _step = _afterRead;
                    }
                }
                else if (_step == StepBeginRefine)
                {
                    _sampler.BeginRefine(_budget);
                    _step = StepRefine;
                }
                else if (_step == StepRefine)
                {
                    if (!_sampler.RefineSteps(_budget) || !_budget.Allows(GridSampler.GridCost(dimension)))
                    {
                        return Pause();
                    }
                    _budget.Charge(GridSampler.GridCost(dimension));
                    if (!_sampler.FinishRefine(_grid))
                    {
                        return _reading.Failure;
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
                    int voted = _sampler.GridRows(_grid, _budget, _budget.NothingDone);
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
                    if (!_budget.Allows(GridSampler.LevelCost(dimension)))
                    {
                        return Pause();
                    }
                    _budget.Charge(GridSampler.LevelCost(dimension));
                    if (!_sampler.SampleByLevel(_grid, _symbol.Scratch))
                    {
                        return _reading.Failure;
                    }
                    StartRead(StepFailed, false);
                }
                else
                {
                    return _reading.Failure;
                }
            }
        }

        // The next step reads the grid as sampled and, when that fails, transposed (a mirrored symbol); when
        // both fail the dimension goes on with `after`. `first` keeps the reason of the sampled reading as
        // the dimension's failure.
        private void StartRead(int after, bool first)
        {
            _afterRead = after;
            _reading.Begin(first);
            _step = StepReading;
        }

        // Leaves the step for the next frame; a step that does not fit even a frame of its own never will.
        private QrStatus Pause()
        {
            if (_budget.NothingDone)
            {
                return QrStatus.OverBudget;
            }
            _paused = true;
            return QrStatus.NoCode;
        }
    }
}
