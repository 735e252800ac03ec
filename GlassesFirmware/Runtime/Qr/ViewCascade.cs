namespace GlassesFirmware.Qr
{
    /// <summary>
    /// The locate phases of <see cref="QrDecoder"/> as a resumable cascade over one view: glance, threshold
    /// map by bands, finder scan, finder triples (each read by <see cref="TripleReader"/>). Each phase stops
    /// when the frame's <see cref="WorkBudget"/> is spent and resumes at the next frame of the same view.
    /// </summary>
    public sealed class ViewCascade
    {
        // Phases of the cascade; PhaseGlance also means that nothing is carried over.
        private const int PhaseGlance = 0;
        private const int PhaseGlanceScan = 1;
        private const int PhaseMap = 2;
        private const int PhaseMapBands = 3;
        private const int PhaseScan = 4;
        private const int PhaseTriples = 5;
        private const int PhaseGlanceTriple = 6;
        private const int PhaseSelect = 7;
        private const int PhasePlausible = 8;

        private readonly ThresholdMap _map;
        private readonly WorkBudget _budget;
        private readonly FinderScanner _finders = new FinderScanner();
        private readonly TripleSelector _triples = new TripleSelector();
        private readonly GridSampler _sampler = new GridSampler();
        private readonly BitGrid _grid = new BitGrid();
        private readonly bool[] _used = new bool[FinderScanner.Capacity];
        private readonly TripleReader _reader;

        // Carry-over state of the current view.
        private int _phase;
        private int _quality;
        private int _band;
        private int _tripleCount;
        private int _triple;
        private bool _viewFound;
        private bool _plausible;
        private bool _freshSelect;

        /// <summary>Creates the cascade over <paramref name="map"/>, charging <paramref name="budget"/>.</summary>
        public ViewCascade(ThresholdMap map, WorkBudget budget)
        {
            _map = map;
            _budget = budget;
            _reader = new TripleReader(_finders, _sampler, _grid, new SymbolDecoder(), budget);
        }

        /// <summary>True when the last frame left work for the next frame of the same view.</summary>
        public bool Pending
        {
            get { return _phase != PhaseGlance; }
        }

        /// <summary>True when the view has shown a plausible finder triple (the frame's full budget is open to it).</summary>
        public bool Unlocked
        {
            get { return _plausible; }
        }

        /// <summary>True when the current scan (the glance, or a scan after it) has a finder candidate.</summary>
        public bool FinderMet
        {
            get { return _finders.Count > 0; }
        }

        /// <summary>Forgets the view: the next <see cref="Run"/> starts with the glance.</summary>
        public void NewView()
        {
            _phase = PhaseGlance;
            _viewFound = false;
            _plausible = false;
        }

        /// <summary>
        /// Runs the cascade, cheapest first, on the region of <paramref name="frame"/> at <paramref name="origin"/>
        /// until the view is done or the budget is spent: 1. glance: coarse map, scan of the busy bands until a
        /// plausible finder triple shows (a frame without any candidate ends here); 2. fast 8 px map from 4
        /// samples a block, full scan, finder triples; 3. only when nothing was read in the view: full 8 px map
        /// from all 64 pixels, scan, triples. Until the view has shown a plausible triple, the work stays within
        /// the budget's cheap allowance and continues over the frames of a held view; the triple unlocks the
        /// frame's full budget (<see cref="WorkBudget.Unlock"/>). Codes found go to <paramref name="results"/>
        /// with corners shifted by the offsets; a frame that reads a new code ends there, and the rest of the view
        /// (another code in it) follows at the next call.
        /// </summary>
        public void Run(byte[] frame, int origin, int stride, int width, int height, int offsetX, int offsetY,
            QrResultSet results)
        {
            int rowStep = RowStep(height);
            if (_plausible)
            {
                _budget.Unlock();
            }
            while (true)
            {
                if (_phase == PhaseGlance)
                {
                    // The glance's coarse map goes in bands too: at 640x480 it is about 0.3 M IL, more than a slice of Look.
                    _quality = ThresholdMap.Coarse;
                    _phase = PhaseMap;
                }
                else if (_phase == PhaseGlanceScan)
                {
                    int seen = _finders.Count;
                    bool done = _finders.Run(_budget);
                    if (_finders.Count > seen && Plausible(seen))
                    {
                        // Read the plausible triple straight from the glance's finders and coarse map; the glance
                        // then goes on (a second code in view is reported too).
                        _sampler.Attach(_map);
                        _tripleCount = 1;
                        _triple = 0;
                        _reader.Restart(true);
                        _phase = PhaseGlanceTriple;
                        continue;
                    }
                    if (!done)
                    {
                        if (_budget.Left <= 0)
                        {
                            return;
                        }
                        continue;
                    }
                    if (_finders.Count == 0)
                    {
                        _phase = PhaseGlance;
                        return;
                    }
                    if (_viewFound)
                    {
                        // A code was read: the view's other triples come from the glance's finders too (a second
                        // code whose triple did not look plausible on the coarse map), then the view is done.
                        SelectTriples(false);
                        continue;
                    }
                    _quality = ThresholdMap.Fast;
                    _phase = PhaseMap;
                }
                else if (_phase == PhaseGlanceTriple)
                {
                    if (!Triples(offsetX, offsetY, results))
                    {
                        return;
                    }
                    _phase = PhaseGlanceScan;
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
                    if (_quality == ThresholdMap.Coarse)
                    {
                        _finders.BeginGlance(_map, rowStep + 1);
                        System.Array.Clear(_used, 0, _used.Length);
                        _phase = PhaseGlanceScan;
                        continue;
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
                    // Look-alikes in texture stay on the cheap path: no plausible triple, no reading, until the last
                    // pass, whose triples are read when the scan shows a symbol's evidence or on the cheap allowance.
                    if (!_plausible && _quality == ThresholdMap.Fast)
                    {
                        _triples.BeginPlausible();
                        _phase = PhasePlausible;
                        continue;
                    }
                    SelectTriples(true);
                }
                else if (_phase == PhasePlausible)
                {
                    // Ranking every triple of many candidates is a step per candidate, over the frames of a held view.
                    if (!_triples.ContinuePlausible(_finders, _map, _budget))
                    {
                        return;
                    }
                    if (!_triples.Found)
                    {
                        NextPass();
                        continue;
                    }
                    Unlock();
                    SelectTriples(true);
                }
                else if (_phase == PhaseSelect)
                {
                    // Grouping is a step per candidate; the first triple grouped with the scan's evidence of a symbol
                    // (TripleSelector.Evident) unlocks the rest of the frame; without one, the triples are read on the
                    // cheap allowance, over the frames of the held view.
                    bool selected = _triples.ContinueSelect(_finders, _map, _budget);
                    if (_triples.Evident && !_plausible)
                    {
                        Unlock();
                    }
                    if (!selected)
                    {
                        return;
                    }
                    _sampler.Attach(_map);
                    _tripleCount = _triples.Count;
                    if (_freshSelect)
                    {
                        System.Array.Clear(_used, 0, _used.Length);
                    }
                    _triple = 0;
                    _reader.Restart(false);
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

        // True (and the frame's budget unlocked) when the glance's candidates from `from` on complete a plausible triple.
        private bool Plausible(int from)
        {
            bool plausible = _triples.Plausible(_finders, from, _map, _used);
            _budget.Charge(_triples.LastWork);
            if (plausible)
            {
                Unlock();
            }
            return plausible;
        }

        // The view showed a plausible triple: the frame's full budget, and every later frame's, is open to it.
        private void Unlock()
        {
            _plausible = true;
            _budget.Unlock();
        }

        // Starts grouping the scan's finders into triples (PhaseSelect, then PhaseTriples; a triple unlocks the frame's
        // full budget); `fresh` forgets the finders of codes read before (a new scan numbers its finders anew).
        private void SelectTriples(bool fresh)
        {
            _freshSelect = fresh;
            _triples.BeginSelect(!_plausible);
            _phase = PhaseSelect;
        }

        // Rows scanned for finders: every third row, sparser on tall frames (a finder centre is
        // three modules high, so a 2 px module still meets two scanned rows).
        private static int RowStep(int height)
        {
            int step = height / 160;
            return step < 3 ? 3 : step;
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
            while (to < bands && (_budget.Allows(perBand * (to - _band + 1)) || (to == _band && _budget.NothingDone)))
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

        // Tries the triples from _triple on; true when all are done, false when the budget stopped it or a new code was read.
        private bool Triples(int offsetX, int offsetY, QrResultSet results)
        {
            for (; _triple < _tripleCount && _triple < QrDecoder.MaxTriples; _triple++)
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
                if (!_reader.Resuming)
                {
                    results.CandidatesTried++;
                }
                QrCode code = results.Next();
                QrStatus status = _reader.Read(a, b, c, code);
                if (_reader.Paused)
                {
                    return false;
                }
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
                if (_phase == PhaseGlanceTriple)
                {
                    _finders.KeepReadFinders(a, b, c);
                    if (code.CorrectedCodewords == 0 || _reader.CorrectionsShown(code))
                    {
                        // Read as sampled, or every corrected module shows its colour: the glance's rows still to scan
                        // need not look inside it again.
                        _finders.SkipCleanRead(_sampler.Transform, _grid.Dimension);
                    }
                }
                if (!results.Holds(code))
                {
                    // A new code ends the frame: the caller can act on it (read it back) while the rest of the view
                    // is checked at the next calls.
                    results.Count++;
                    _triple++;
                    return false;
                }
            }
            return true;
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
    }
}
