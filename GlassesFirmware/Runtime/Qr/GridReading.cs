namespace GlassesFirmware.Qr
{
    /// <summary>
    /// One resumable reading of a sampled grid: as sampled and, when that fails, transposed (a mirrored
    /// symbol). Each frame continues where the budget stopped the last one; <see cref="TripleReader"/> runs it.
    /// </summary>
    public sealed class GridReading
    {
        // Work estimate (IL instructions, calibrated with Host/CostMeter) per module of transposing a grid.
        private const int TransposeModuleCost = 150;

        private readonly BitGrid _grid;
        private readonly SymbolDecoder _symbol;
        private readonly GridSampler _sampler;
        private readonly WorkBudget _budget;
        private bool _first;
        private bool _mirrored;
        private bool _begun;
        private bool _paused;
        private bool _finished;
        private QrStatus _failure;

        /// <summary>Creates a reading of <paramref name="grid"/>, sampled by <paramref name="sampler"/>, charged to <paramref name="budget"/>.</summary>
        public GridReading(BitGrid grid, SymbolDecoder symbol, GridSampler sampler, WorkBudget budget)
        {
            _grid = grid;
            _symbol = symbol;
            _sampler = sampler;
            _budget = budget;
        }

        /// <summary>True when the last <see cref="Continue"/> stopped for the budget; the next frame goes on.</summary>
        public bool Paused
        {
            get { return _paused; }
        }

        /// <summary>True when the grid failed both ways (or the transposition never fits a frame).</summary>
        public bool Finished
        {
            get { return _finished; }
        }

        /// <summary>Why the as-sampled reading of the last reading begun with keepFailure failed.</summary>
        public QrStatus Failure
        {
            get { return _failure; }
        }

        /// <summary>
        /// Starts a reading of the grid as sampled; <paramref name="keepFailure"/> keeps the reason that reading
        /// fails as <see cref="Failure"/>.
        /// </summary>
        public void Begin(bool keepFailure)
        {
            _first = keepFailure;
            _mirrored = false;
            _begun = false;
            _finished = false;
        }

        /// <summary>
        /// Reads on: Ok (the code is filled in), <see cref="Paused"/>, or a failed reading (then either the
        /// transposed reading is next or <see cref="Finished"/> is set).
        /// </summary>
        public QrStatus Continue(QrCode code)
        {
            _paused = false;
            if (!_begun)
            {
                int dimension = _grid.Dimension;
                if (_mirrored)
                {
                    int transpose = dimension * dimension * TransposeModuleCost;
                    if (!_budget.Allows(transpose))
                    {
                        // A step that does not fit even a frame of its own never will.
                        if (_budget.NothingDone)
                        {
                            _finished = true;
                            return QrStatus.OverBudget;
                        }
                        _paused = true;
                        return QrStatus.NoCode;
                    }
                    _budget.Charge(transpose);
                    _grid.Transpose();
                }
                _budget.Charge(SymbolDecoder.BeginCost);
                QrStatus begun = _symbol.BeginRead(_grid);
                if (begun != QrStatus.Ok)
                {
                    Failed(begun);
                    return begun;
                }
                _begun = true;
            }
            code.Inverted = _sampler.Color == 0;
            QrStatus status = _symbol.ContinueRead(_grid, code, _budget, _budget.NothingDone);
            if (_symbol.ReadPending)
            {
                _paused = true;
                return QrStatus.NoCode;
            }
            if (status == QrStatus.Ok)
            {
                code.Mirrored = _mirrored;
                return status;
            }
            Failed(status);
            return status;
        }

        private void Failed(QrStatus status)
        {
            if (!_mirrored)
            {
                if (_first)
                {
                    _failure = status;
                }
                _mirrored = true;
                _begun = false;
                return;
            }
            _finished = true;
        }
    }
}
