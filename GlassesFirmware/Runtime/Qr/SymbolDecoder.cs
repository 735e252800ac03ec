namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Decodes a sampled module grid: format and version information (BCH, nearest codeword within
    /// 3 bits), unmasking, codeword extraction, de-interleaving, Reed-Solomon per block, then the
    /// segment parser. Owns its codeword buffer (3706 bytes) so decoding allocates only the result.
    /// </summary>
    public sealed class SymbolDecoder
    {
        private static readonly QrEcLevel[] LevelFromBits = new QrEcLevel[] { QrEcLevel.M, QrEcLevel.L, QrEcLevel.H, QrEcLevel.Q };

        private readonly byte[] _blocks = new byte[QrVersionDb.MaxCodewords];
        private readonly ReedSolomon _rs = new ReedSolomon();
        private readonly SegmentDecoder _segments = new SegmentDecoder();
        private readonly CodewordWalker _walker;
        private int _ec;
        private int _shortCount;
        private int _shortData;
        private int _blockCount;
        private int _version;
        private int _dim;
        // State of a read in progress (see ContinueRead).
        private QrEcLevel _level;
        private int _mask;
        private int _total;
        private int _block;
        private readonly CorrectedModules _corrections = new CorrectedModules();
        private int _outPos;

        /// <summary>Creates a decoder with its own codeword buffer.</summary>
        public SymbolDecoder()
        {
            _walker = new CodewordWalker(_blocks);
        }

        /// <summary>
        /// The codeword buffer, free between decodes: the sampler borrows it for grey samples so the
        /// decoder needs no second symbol-sized buffer.
        /// </summary>
        public byte[] Scratch
        {
            get { return _blocks; }
        }

        /// <summary>Format value (EC bits then mask, 5 bits) read by the last <see cref="ReadFormat"/>.</summary>
        public int FormatValue;

        /// <summary>
        /// Reads both format copies and returns the 5-bit format value of the nearest valid word
        /// (distance at most 3), or -1.
        /// </summary>
        public int ReadFormat(BitGrid grid)
        {
            int dim = grid.Dimension;
            int a = 0;
            for (int i = 0; i <= 5; i++)
            {
                a = (a << 1) | grid.Get(i, 8);
            }
            a = (a << 1) | grid.Get(7, 8);
            a = (a << 1) | grid.Get(8, 8);
            a = (a << 1) | grid.Get(8, 7);
            for (int j = 5; j >= 0; j--)
            {
                a = (a << 1) | grid.Get(8, j);
            }
            int b = 0;
            for (int j = dim - 1; j >= dim - 7; j--)
            {
                b = (b << 1) | grid.Get(8, j);
            }
            for (int i = dim - 8; i < dim; i++)
            {
                b = (b << 1) | grid.Get(i, 8);
            }
            int best = QrVersionDb.NearestFormat(a, b);
            FormatValue = best;
            return best;
        }

        /// <summary>
        /// Reads the two version blocks of a grid of at least 45 modules; returns the nearest version
        /// (distance at most 3) or -1. A mirrored symbol reads the same: the two blocks are each other's transpose,
        /// and the transposed grid only swaps which of them is read first.
        /// </summary>
        public static int ReadVersion(BitGrid grid)
        {
            int dim = grid.Dimension;
            int a = 0;
            int b = 0;
            for (int j = 5; j >= 0; j--)
            {
                for (int i = dim - 9; i >= dim - 11; i--)
                {
                    a = (a << 1) | grid.Get(i, j);
                    b = (b << 1) | grid.Get(j, i);
                }
            }
            return QrVersionDb.NearestVersion(a, b);
        }

        /// <summary>
        /// Starts reading the grid: format information (the nearest BCH word), version, level and mask, block
        /// layout. Returns <see cref="QrStatus.FormatInfo"/> when neither copy is readable, else Ok; then
        /// <see cref="ContinueRead"/> does the rest. The grid dimension fixes the version.
        /// </summary>
        public QrStatus BeginRead(BitGrid grid)
        {
            int format = ReadFormat(grid);
            if (format < 0)
            {
                return QrStatus.FormatInfo;
            }
            _dim = grid.Dimension;
            _version = (_dim - 17) / 4;
            _level = LevelFromBits[format >> 3];
            _mask = format & 7;
            _total = QrVersionDb.TotalCodewords(_version, _level);
            _ec = QrVersionDb.EcPerBlock(_version, _level);
            _shortCount = QrVersionDb.ShortBlocks(_version, _level);
            _shortData = QrVersionDb.ShortBlockData(_version, _level);
            _blockCount = _shortCount + QrVersionDb.LongBlocks(_version, _level);
            _walker.Begin(_dim, _version, _mask, _total, _blockCount, _shortCount, _shortData, _ec);
            _block = 0;
            _corrections.Clear();
            _outPos = 0;
            return QrStatus.Ok;
        }

        /// <summary>
        /// Reads on while <paramref name="budget"/> allows (at least one piece when <paramref name="force"/>):
        /// codewords two columns at a time, Reed-Solomon a block at a time, then the segments into
        /// <paramref name="code"/> (payload, text, version, level, mask, corrected codewords, headers). Returns
        /// Ok when done, the reason when the read failed, or <see cref="QrStatus.NoCode"/> with
        /// <see cref="ReadPending"/> set when the rest waits for the next call.
        /// </summary>
        public QrStatus ContinueRead(BitGrid grid, QrCode code, WorkBudget budget, bool force)
        {
            ReadPending = false;
            int pairCost = 2 * _dim * ModuleReadCost;
            while (!_walker.Done)
            {
                if (!budget.Allows(pairCost) && !force)
                {
                    ReadPending = true;
                    return QrStatus.NoCode;
                }
                force = false;
                _corrections.BeginStrip(_walker.Position);
                _walker.ReadColumnPair(grid, _corrections.Ends);
                budget.Charge(pairCost);
            }
            int shortLength = _shortData + _ec;
            // A clean block costs one pass of syndromes; one with errors also Berlekamp-Massey, the Chien search
            // and Forney (charged with a second pass of syndromes, as before that pass went: lower charges move a
            // view's work into its first frame, docs/performance.md). The step waits for room for the worst and
            // charges what it did.
            int syndromes = (shortLength + 1) * _ec * SyndromeCost + BlockCost;
            int worst = 2 * syndromes + (shortLength + 1) * _ec * ChienCost + _ec * CorrectionCost;
            while (_block < _blockCount)
            {
                if (!budget.Allows(worst) && !force)
                {
                    ReadPending = true;
                    return QrStatus.NoCode;
                }
                force = false;
                int corrected = _corrections.Count;
                bool clean = CorrectBlock(_block++, shortLength);
                budget.Charge(clean && corrected == _corrections.Count ? syndromes : worst);
                if (!clean)
                {
                    return QrStatus.DataEcc;
                }
            }
            int dataLength = QrVersionDb.DataCodewords(_version, _level);
            int segmentCost = dataLength * SegmentByteCost + BlockCost;
            if (!budget.Allows(segmentCost) && !force)
            {
                ReadPending = true;
                return QrStatus.NoCode;
            }
            budget.Charge(segmentCost);
            int length;
            QrStatus status = _segments.Parse(_blocks, dataLength, _version, null, null, out length);
            if (status != QrStatus.Ok)
            {
                return status;
            }
            byte[] payload = new byte[length];
            _segments.Parse(_blocks, dataLength, _version, payload, code, out length);
            code.Payload = payload;
            code.Text = BuildText(payload);
            code.Version = _version;
            code.EcLevel = _level;
            code.Mask = _mask;
            code.CorrectedCodewords = _corrections.Count;
            return QrStatus.Ok;
        }

        /// <summary>What the last read's error correction changed (<see cref="LocateCorrections"/> adds the modules).</summary>
        public CorrectedModules Corrections
        {
            get { return _corrections; }
        }

        /// <summary>
        /// After a successful read of <paramref name="grid"/>, finds the modules its correction flipped
        /// (<see cref="CorrectedModules.Locate"/>): false when they are not all known.
        /// </summary>
        public bool LocateCorrections(BitGrid grid)
        {
            return _corrections.Locate(_walker, grid);
        }

        /// <summary>True when the last <see cref="ContinueRead"/> stopped for the budget.</summary>
        public bool ReadPending;

        /// <summary>Work (IL instructions, about) of <see cref="BeginRead"/>.</summary>
        public const int BeginCost = 6000;

        // Work estimates (IL instructions of the Debug build, calibrated with Host/CostMeter): per module walked
        // (with the function-module test, unmasking and filing), per codeword and EC codeword of a block's pass of
        // syndromes and of its Chien search, per EC codeword of Berlekamp-Massey and Forney, per block, per data
        // codeword of the segment passes.
        private const int ModuleReadCost = 50;
        private const int SyndromeCost = 11;
        private const int ChienCost = 20;
        private const int CorrectionCost = 2500;
        private const int BlockCost = 2000;
        private const int SegmentByteCost = 300;

        private string BuildText(byte[] payload)
        {
            char[] chars = new char[payload.Length];
            int n = 0;
            CharsetRuns runs = _segments.Runs;
            int count = runs.Count;
            for (int r = 0; r < count; r++)
            {
                int start = runs.Start(r);
                int end = r + 1 < count ? runs.Start(r + 1) : payload.Length;
                n = TextDecoder.DecodeRun(payload, start, end, runs.Charset(r), chars, n);
            }
            return new string(chars, 0, n);
        }

        /// <summary>The data mask of pattern <paramref name="mask"/> at row y, column x (1 = flip).</summary>
        public static int Mask(int mask, int y, int x)
        {
            return CodewordWalker.MaskBit(mask, y, x);
        }

        // Corrects block b in place, then packs its data codewords after those of the blocks before it
        // (each block's data only moves left, so the copy is safe in place). False when it cannot be corrected.
        private bool CorrectBlock(int b, int shortLength)
        {
            int data = b < _shortCount ? _shortData : _shortData + 1;
            int offset = CodewordWalker.BlockOffset(b, shortLength, _shortCount);
            int fixedCount = _rs.Correct(_blocks, offset, data + _ec, _ec);
            if (fixedCount < 0)
            {
                return false;
            }
            for (int k = 0; k < fixedCount; k++)
            {
                _corrections.Add(_walker.Interleaved(b, _rs.ErrorIndex(k, data + _ec)), _rs.ErrorValue(k));
            }
            for (int i = 0; i < data; i++)
            {
                _blocks[_outPos++] = _blocks[offset + i];
            }
            return true;
        }
    }
}
