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

        private readonly IQrKernels _kernels;
        private byte[] _map;
        private byte[] _work;
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

        /// <summary>
        /// Creates a map able to hold frames up to the given size whose per-pixel stages run in
        /// <paramref name="kernels"/>, or in the managed <see cref="ThresholdKernel"/>, <see cref="FinderRowKernel"/> and
        /// <see cref="GridRowKernel"/> when it is null.
        /// </summary>
        public ThresholdMap(int maxWidth, int maxHeight, IQrKernels kernels)
        {
            _kernels = kernels;
            int n = ((maxWidth + 7) >> 3) * ((maxHeight + 7) >> 3);
            _map = new byte[n];
            _work = new byte[n];
            _busyRows = new byte[(maxHeight + 7) >> 3];
        }

        /// <summary>The native kernels that the stages over this map call, or null for the managed ones.</summary>
        public IQrKernels Kernels
        {
            get { return _kernels; }
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
            if (_kernels == null)
            {
                ThresholdKernel.BlackPoints(_image, _base, _stride, _width, _height, _quality, fromBand, toBand, _work, _busyRows);
            }
            else
            {
                _kernels.BlackPoints(_image, _base, _stride, _width, _height, _quality, fromBand, toBand, _work, _busyRows);
            }
        }

        /// <summary>Smooths the black points into the map (box filter over blocks).</summary>
        public void Finish()
        {
            int window = _quality == Coarse ? 3 : 5;
            if (_kernels == null)
            {
                ThresholdKernel.Smooth(_work, _map, _blocksX, _blocksY, window);
            }
            else
            {
                _kernels.Smooth(_work, _map, _blocksX, _blocksY, window);
            }
            // The smoothed map is in the black points' buffer: the two buffers swap roles rather than copy.
            byte[] smoothed = _work;
            _work = _map;
            _map = smoothed;
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
        // (fast, 900) and 1,580,000 (full, 900) IL instructions (Release; the full map about 2,400 Debug IL a busy block).
        private const int QuadBlockCost = 300;
        private const int FullBlockCost = 2550;

        /// <summary>1 when pixel (x, y) is dark, else 0.</summary>
        public int Dark(int x, int y)
        {
            return _image[_base + y * _stride + x] <= _map[(y >> _shift) * _blocksX + (x >> _shift)] ? 1 : 0;
        }
    }
}
