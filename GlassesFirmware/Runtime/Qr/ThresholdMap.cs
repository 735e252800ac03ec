namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Local adaptive threshold: a black point per square block (mean, or for flat blocks half the
    /// minimum, borrowing from brighter neighbours), smoothed by a box filter over blocks. A pixel is
    /// dark when its grey value is at most its block's threshold. Only the block map is stored
    /// (1 byte per block), never a binary image. Three qualities trade interpreter time for accuracy.
    /// </summary>
    public sealed class ThresholdMap
    {
        /// <summary>16 px blocks from 4 samples each, 3x3 smoothing: the no-code-in-view check.</summary>
        public const int Coarse = 0;
        /// <summary>8 px blocks from 4 samples each (pixels 1 and 5 of rows 1 and 5), 5x5 smoothing.</summary>
        public const int Fast = 1;
        /// <summary>8 px blocks from all 64 pixels, 5x5 smoothing.</summary>
        public const int Full = 2;

        // Blocks whose range is below this are treated as flat (no edge inside).
        private const int MinRange = 24;

        private readonly byte[] _map;
        private readonly byte[] _work;
        private readonly byte[] _busyRows;
        private byte[] _image;
        private int _base;
        private int _stride;
        private int _width;
        private int _height;
        private int _shift;
        private int _blocksX;
        private int _blocksY;
        private int _quality;

        /// <summary>Creates a map able to hold frames up to the given size.</summary>
        public ThresholdMap(int maxWidth, int maxHeight)
        {
            int n = ((maxWidth + 7) >> 3) * ((maxHeight + 7) >> 3);
            _map = new byte[n];
            _work = new byte[n];
            _busyRows = new byte[(maxHeight + 7) >> 3];
        }

        /// <summary>Width of the current image.</summary>
        public int Width
        {
            get { return _width; }
        }

        /// <summary>Height of the current image.</summary>
        public int Height
        {
            get { return _height; }
        }

        /// <summary>Blocks per row of the threshold map.</summary>
        public int BlocksX
        {
            get { return _blocksX; }
        }

        /// <summary>log2 of the block side of the current map (3 or 4).</summary>
        public int BlockShift
        {
            get { return _shift; }
        }

        /// <summary>The threshold map, one byte per block, row-major.</summary>
        public byte[] Map
        {
            get { return _map; }
        }

        /// <summary>
        /// Per row of blocks of a <see cref="Coarse"/> or <see cref="Fast"/> map: 1 when a block of the row has
        /// contrast among its samples, 0 when every block is flat (no finder pattern crosses a flat band).
        /// </summary>
        public byte[] BusyRows
        {
            get { return _busyRows; }
        }

        /// <summary>The image buffer of the current frame.</summary>
        public byte[] Image
        {
            get { return _image; }
        }

        /// <summary>Index in <see cref="Image"/> of the current image's pixel (0, 0).</summary>
        public int Origin
        {
            get { return _base; }
        }

        /// <summary>Row stride of the current image.</summary>
        public int Stride
        {
            get { return _stride; }
        }

        /// <summary>
        /// Computes the map for the image whose pixel (x, y) is image[origin + y * stride + x] at one of
        /// the qualities <see cref="Coarse"/>, <see cref="Fast"/>, <see cref="Full"/>; width and height
        /// must be at least 16.
        /// </summary>
        public void Build(byte[] image, int origin, int stride, int width, int height, int quality)
        {
            Begin(image, origin, stride, width, height, quality);
            BuildRows(0, _blocksY);
            Finish();
        }

        /// <summary>
        /// Starts a map in steps (see <see cref="Build"/>): sets the image and quality; then
        /// <see cref="BuildRows"/> computes bands of blocks (top to bottom, possibly over several frames of
        /// a held view) and <see cref="Finish"/> smooths them into the map.
        /// </summary>
        public void Begin(byte[] image, int origin, int stride, int width, int height, int quality)
        {
            _image = image;
            _base = origin;
            _stride = stride;
            _width = width;
            _height = height;
            _quality = quality;
            _shift = quality == Coarse ? 4 : 3;
            int block = 1 << _shift;
            _blocksX = (width + block - 1) >> _shift;
            _blocksY = (height + block - 1) >> _shift;
        }

        /// <summary>Computes the black points of the bands of blocks <paramref name="fromBand"/> to <paramref name="toBand"/> - 1.</summary>
        public void BuildRows(int fromBand, int toBand)
        {
            if (_quality == Coarse)
            {
                // Samples at (4, 4), (12, 4), (4, 12), (12, 12) of each 16 px block.
                QuadBlackPoints(4, 8, fromBand, toBand);
            }
            else if (_quality == Fast)
            {
                QuadBlackPoints(1, 4, fromBand, toBand);
            }
            else
            {
                FullBlackPoints(fromBand, toBand);
            }
        }

        /// <summary>Smooths the black points into the map (box filter over blocks).</summary>
        public void Finish()
        {
            int window = _quality == Coarse ? 3 : 5;
            BoxPass(_work, _map, _blocksY, _blocksX, _blocksX, 1, window);
            BoxPass(_map, _work, _blocksX, _blocksY, 1, _blocksX, window);
            // _work now holds the result; swap so _map is current.
            byte[] n = _work;
            int count = _blocksX * _blocksY;
            for (int i = 0; i < count; i++)
            {
                _map[i] = n[i];
            }
        }

        /// <summary>
        /// Points the map at another frame of the same view (same region size) without recomputing it:
        /// work carried over from the previous frame reads the new pixels with the thresholds it had.
        /// </summary>
        public void Rebind(byte[] image, int origin, int stride)
        {
            _image = image;
            _base = origin;
            _stride = stride;
        }

        /// <summary>Bands (rows) of blocks of the current map.</summary>
        public int BlocksY
        {
            get { return _blocksY; }
        }

        /// <summary>Interpreter work (IL instructions, about) per block of a band at a quality, smoothing included.</summary>
        public static int BlockCost(int quality)
        {
            return quality == Full ? FullBlockCost : QuadBlockCost;
        }

        // Calibrated with Host/CostMeter: 240x240 maps cost about 59,000 (coarse, 225 blocks), 250,000
        // (fast, 900) and 1,580,000 (full, 900) IL instructions.
        private const int QuadBlockCost = 300;
        private const int FullBlockCost = 2400;

        /// <summary>1 when pixel (x, y) is dark, else 0.</summary>
        public int Dark(int x, int y)
        {
            return _image[_base + y * _stride + x] <= _map[(y >> _shift) * _blocksX + (x >> _shift)] ? 1 : 0;
        }

        // Per block: four samples at (first, first) + {0, step} x {0, step}, unrolled (the cheap maps
        // are built for every frame, so their per-block overhead matters on the device).
        private void QuadBlackPoints(int first, int step, int fromBand, int toBand)
        {
            byte[] img = _image;
            byte[] bp = _work;
            byte[] busyRows = _busyRows;
            int shift = _shift;
            int block = 1 << shift;
            int bx = _blocksX;
            int down = step * _stride;
            int i = fromBand * bx;
            for (int by = fromBand; by < toBand; by++)
            {
                int y0 = by << shift;
                if (y0 > _height - block)
                {
                    y0 = _height - block;
                }
                int rowBase = _base + (y0 + first) * _stride + first;
                int busy = 0;
                for (int bxi = 0; bxi < bx; bxi++, i++)
                {
                    int x0 = bxi << shift;
                    if (x0 > _width - block)
                    {
                        x0 = _width - block;
                    }
                    int q = rowBase + x0;
                    int a = img[q];
                    int b = img[q + step];
                    int c = img[q + down];
                    int d = img[q + down + step];
                    int min = a < b ? a : b;
                    int max = a < b ? b : a;
                    int lo = c < d ? c : d;
                    int hi = c < d ? d : c;
                    min = lo < min ? lo : min;
                    max = hi > max ? hi : max;
                    int average = (a + b + c + d) >> 2;
                    if (max - min <= MinRange)
                    {
                        average = FlatBlackPoint(bp, i, bx, by, bxi, min);
                    }
                    else
                    {
                        busy = 1;
                    }
                    bp[i] = (byte)average;
                }
                busyRows[by] = (byte)busy;
            }
        }

        // A flat block is background unless its neighbours say it is darker than them.
        private static int FlatBlackPoint(byte[] bp, int i, int bx, int by, int bxi, int min)
        {
            int average = min >> 1;
            if (by > 0 && bxi > 0)
            {
                int neighbour = (bp[i - bx] + 2 * bp[i - 1] + bp[i - bx - 1]) >> 2;
                if (min < neighbour)
                {
                    average = neighbour;
                }
            }
            return average;
        }

        // Per 8 px block: all 64 pixels.
        private void FullBlackPoints(int fromBand, int toBand)
        {
            byte[] img = _image;
            byte[] bp = _work;
            int shift = _shift;
            int block = 1 << shift;
            int bx = _blocksX;
            int i = fromBand * bx;
            for (int by = fromBand; by < toBand; by++)
            {
                int y0 = by << shift;
                if (y0 > _height - block)
                {
                    y0 = _height - block;
                }
                int blockRow = _base + y0 * _stride;
                int rowsEnd = blockRow + block * _stride;
                for (int bxi = 0; bxi < bx; bxi++, i++)
                {
                    int x0 = bxi << shift;
                    if (x0 > _width - block)
                    {
                        x0 = _width - block;
                    }
                    int sum = 0;
                    int min = 255;
                    int max = 0;
                    for (int row = blockRow + x0; row < rowsEnd + x0; row += _stride)
                    {
                        int end = row + block;
                        for (int p = row; p < end; p++)
                        {
                            int v = img[p];
                            sum += v;
                            if (v < min)
                            {
                                min = v;
                            }
                            if (v > max)
                            {
                                max = v;
                            }
                        }
                    }
                    int average = sum >> 6;
                    if (max - min <= MinRange)
                    {
                        average = FlatBlackPoint(bp, i, bx, by, bxi, min);
                    }
                    bp[i] = (byte)average;
                }
            }
        }

        // Averages `window` consecutive cells along lines of `length` cells, the window clamped inside
        // the line; lines start `lineStep` apart, cells are `cellStep` apart.
        private static void BoxPass(byte[] src, byte[] dst, int lines, int length, int lineStep, int cellStep, int window)
        {
            if (window > length)
            {
                window = length;
            }
            int half = window >> 1;
            for (int line = 0; line < lines; line++)
            {
                int start = line * lineStep;
                int sum = 0;
                int p = start;
                for (int k = 0; k < window; k++, p += cellStep)
                {
                    sum += src[p];
                }
                int value = sum / window;
                // Leading cells share the first window.
                int cell = start;
                int lead = half + 1 < length ? half + 1 : length;
                for (int i = 0; i < lead; i++, cell += cellStep)
                {
                    dst[cell] = (byte)value;
                }
                // Sliding part: the window enters p and leaves p - window.
                int leave = start;
                for (int i = lead; i < length - half; i++, cell += cellStep, p += cellStep, leave += cellStep)
                {
                    sum += src[p] - src[leave];
                    dst[cell] = (byte)(sum / window);
                }
                value = sum / window;
                for (int i = length - half > lead ? length - half : lead; i < length; i++, cell += cellStep)
                {
                    dst[cell] = (byte)value;
                }
            }
        }
    }
}
