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
        /// The frame is only read.
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
                return QrStatus.Ok;
            }
            int origin = roiY * stride + roiX;
            int rowStep = RowStep(roiHeight);
            // Cheapest path first: a coarse threshold and a scan of the rows through its busy bands that stops
            // at the first confirmed finder candidate; most frames (no code in view) end here.
            _map.Build(frame, origin, stride, roiWidth, roiHeight, ThresholdMap.Coarse);
            if (!_finders.Glance(_map, rowStep + 1))
            {
                return QrStatus.Ok;
            }
            // Then detection on a 16-sample-per-block threshold; only when that reads nothing is the
            // frame worth a full-resolution threshold (hard frames pay, easy ones do not).
            Detect(origin, stride, roiWidth, roiHeight, rowStep + 1, ThresholdMap.Fast, roiX, roiY, results);
            if (results.Count == 0)
            {
                Detect(origin, stride, roiWidth, roiHeight, rowStep, ThresholdMap.Full, roiX, roiY, results);
            }
            return QrStatus.Ok;
        }

        private void Detect(int origin, int stride, int width, int height, int rowStep, int quality,
            int offsetX, int offsetY, QrResultSet results)
        {
            _map.Build(_map.Image, origin, stride, width, height, quality);
            _finders.Scan(_map, rowStep);
            if (_finders.Count < 3)
            {
                return;
            }
            _sampler.Attach(_map);
            int tripleCount = _triples.Select(_finders);
            for (int i = 0; i < _finders.Count; i++)
            {
                _used[i] = false;
            }
            for (int t = 0; t < tripleCount && t < MaxTriples && results.Count < QrResultSet.Capacity; t++)
            {
                int a = _triples.A(t);
                int b = _triples.B(t);
                int c = _triples.C(t);
                if (_used[a] || _used[b] || _used[c])
                {
                    continue;
                }
                results.CandidatesTried++;
                QrCode code = results.Next();
                QrStatus status = DecodeTriple(a, b, c, code);
                if (status != QrStatus.Ok)
                {
                    results.LastFailure = status;
                    continue;
                }
                _used[a] = true;
                _used[b] = true;
                _used[c] = true;
                SetCorners(code, offsetX, offsetY);
                if (!IsDuplicate(results, code))
                {
                    results.Count++;
                }
            }
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

        private QrStatus DecodeTriple(int a, int b, int c, QrCode code)
        {
            FinderScanner f = _finders;
            float ms = (f.ModuleSize[a] + f.ModuleSize[b] + f.ModuleSize[c]) / 3f;
            _sampler.SetFinders(f.X[a], f.Y[a], f.X[b], f.Y[b], f.X[c], f.Y[c], ms, f.Polarity[a]);
            int dimension = _sampler.EstimateDimension();
            if (dimension == 0)
            {
                return QrStatus.SamplingFailed;
            }
            QrStatus status = TryDimension(dimension, code);
            if (status == QrStatus.Ok || dimension >= 45)
            {
                return status;
            }
            // Small symbols carry no version block: a module-size error of one step is retried.
            QrStatus other = TryDimension(dimension + 4, code);
            if (other == QrStatus.Ok)
            {
                return other;
            }
            if (dimension > 21)
            {
                other = TryDimension(dimension - 4, code);
            }
            return other == QrStatus.Ok ? other : status;
        }

        private QrStatus TryDimension(int dimension, QrCode code)
        {
            if (!_sampler.Sample(dimension, _grid))
            {
                return QrStatus.SamplingFailed;
            }
            if (dimension >= 45)
            {
                int version = ReadVersionEitherWay();
                if (version < 0 && _sampler.Refine(_grid))
                {
                    version = ReadVersionEitherWay();
                }
                // Unreadable version blocks: trust the estimate and let Reed-Solomon judge.
                int actual = version < 0 ? dimension : QrVersionDb.Dimension(version);
                if (actual != dimension && !_sampler.Sample(actual, _grid))
                {
                    return QrStatus.SamplingFailed;
                }
            }
            code.Inverted = _sampler.Color == 0;
            QrStatus status = DecodeEitherWay(code);
            if (status == QrStatus.Ok)
            {
                return status;
            }
            // The symbol is located but not read: refine the fit, then vote each module from 5 points.
            if (!_sampler.Refine(_grid))
            {
                return status;
            }
            if (DecodeEitherWay(code) == QrStatus.Ok)
            {
                return QrStatus.Ok;
            }
            _sampler.Vote = true;
            bool sampled = _sampler.Resample(_grid);
            _sampler.Vote = false;
            if (sampled && DecodeEitherWay(code) == QrStatus.Ok)
            {
                return QrStatus.Ok;
            }
            return _sampler.SampleByLevel(_grid, _symbol.Scratch) && DecodeEitherWay(code) == QrStatus.Ok ? QrStatus.Ok : status;
        }

        // Reads the grid as sampled, then transposed (a mirrored symbol); reports the first reading's error.
        private QrStatus DecodeEitherWay(QrCode code)
        {
            QrStatus status = _symbol.Decode(_grid, code);
            if (status == QrStatus.Ok)
            {
                return status;
            }
            _grid.Transpose();
            if (_symbol.Decode(_grid, code) == QrStatus.Ok)
            {
                code.Mirrored = true;
                return QrStatus.Ok;
            }
            return status;
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
