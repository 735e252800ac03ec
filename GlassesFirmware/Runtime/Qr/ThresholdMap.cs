namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Local adaptive threshold: a black point per 8x8 block (mean, or for flat blocks half the
    /// minimum, borrowing from brighter neighbours), smoothed by a 5x5 block box filter. A pixel is
    /// dark when its grey value is at most its block's threshold. Only the block map is stored
    /// (1 byte per 64 pixels), never a binary image.
    /// </summary>
    public sealed class ThresholdMap
    {
        private const int Shift = 3;
        private const int Block = 1 << Shift;
        // Blocks whose range is below this are treated as flat (no edge inside).
        private const int MinRange = 24;

        private readonly byte[] _map;
        private readonly byte[] _work;
        private byte[] _image;
        private int _base;
        private int _stride;
        private int _width;
        private int _height;
        private int _blocksX;
        private int _blocksY;

        /// <summary>Creates a map able to hold frames up to the given size.</summary>
        public ThresholdMap(int maxWidth, int maxHeight)
        {
            int n = ((maxWidth + Block - 1) >> Shift) * ((maxHeight + Block - 1) >> Shift);
            _map = new byte[n];
            _work = new byte[n];
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

        /// <summary>The threshold map, one byte per 8x8 block, row-major.</summary>
        public byte[] Map
        {
            get { return _map; }
        }

        /// <summary>
        /// Computes the map for the image whose pixel (x, y) is image[origin + y * stride + x];
        /// width and height must be at least 8.
        /// </summary>
        public void Build(byte[] image, int origin, int stride, int width, int height)
        {
            _image = image;
            _base = origin;
            _stride = stride;
            _width = width;
            _height = height;
            _blocksX = (width + Block - 1) >> Shift;
            _blocksY = (height + Block - 1) >> Shift;
            BlackPoints();
            Smooth();
        }

        /// <summary>1 when pixel (x, y) is dark, else 0.</summary>
        public int Dark(int x, int y)
        {
            return _image[_base + y * _stride + x] <= _map[(y >> Shift) * _blocksX + (x >> Shift)] ? 1 : 0;
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

        private void BlackPoints()
        {
            byte[] img = _image;
            byte[] bp = _work;
            int bx = _blocksX;
            for (int by = 0; by < _blocksY; by++)
            {
                int y0 = by << Shift;
                if (y0 > _height - Block)
                {
                    y0 = _height - Block;
                }
                for (int bxi = 0; bxi < bx; bxi++)
                {
                    int x0 = bxi << Shift;
                    if (x0 > _width - Block)
                    {
                        x0 = _width - Block;
                    }
                    int sum = 0;
                    int min = 255;
                    int max = 0;
                    int row = _base + y0 * _stride + x0;
                    for (int yy = 0; yy < Block; yy++, row += _stride)
                    {
                        for (int p = row; p < row + Block; p++)
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
                    int average = sum >> (2 * Shift);
                    if (max - min <= MinRange)
                    {
                        // A flat block is background unless its neighbours say it is darker than them.
                        average = min >> 1;
                        if (by > 0 && bxi > 0)
                        {
                            int i = by * bx + bxi;
                            int neighbour = (bp[i - bx] + 2 * bp[i - 1] + bp[i - bx - 1]) >> 2;
                            if (min < neighbour)
                            {
                                average = neighbour;
                            }
                        }
                    }
                    bp[by * bx + bxi] = (byte)average;
                }
            }
        }

        // 5x5 box filter over block black points with the window clamped inside the map, done as a
        // horizontal then a vertical running sum (_work -> _map -> _work, then copied back).
        private void Smooth()
        {
            int bx = _blocksX;
            int by = _blocksY;
            BoxPass(_work, _map, by, bx, bx, 1);
            BoxPass(_map, _work, bx, by, 1, bx);
            int n = bx * by;
            for (int i = 0; i < n; i++)
            {
                _map[i] = _work[i];
            }
        }

        // Averages 5 consecutive cells along lines of `length` cells; lines start `lineStep` apart,
        // cells are `cellStep` apart.
        private static void BoxPass(byte[] src, byte[] dst, int lines, int length, int lineStep, int cellStep)
        {
            int window = length < 5 ? length : 5;
            for (int line = 0; line < lines; line++)
            {
                int start = line * lineStep;
                int sum = 0;
                for (int k = 0; k < window; k++)
                {
                    sum += src[start + k * cellStep];
                }
                int lo = 0;
                for (int i = 0; i < length; i++)
                {
                    int want = i - 2;
                    if (want > length - window)
                    {
                        want = length - window;
                    }
                    if (want < 0)
                    {
                        want = 0;
                    }
                    if (want > lo)
                    {
                        sum += src[start + (lo + window) * cellStep] - src[start + lo * cellStep];
                        lo = want;
                    }
                    dst[start + i * cellStep] = (byte)(sum / window);
                }
            }
        }
    }
}
