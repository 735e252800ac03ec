namespace GlassesFirmware.Qr
{
    /// <summary>
    /// A 16x16 grid of grey samples of a frame region: tells whether the next frame still shows the same view,
    /// so that the decoder's carried-over work (a map, finder positions, a fit) still applies to it. Sensor
    /// noise changes the samples by a few levels on average; a turn of the head or a new scene by tens.
    /// </summary>
    public sealed class ViewSignature
    {
        /// <summary>Samples per side of the grid.</summary>
        public const int Side = 16;
        /// <summary>Interpreter work (IL instructions, about) of taking or comparing a signature.</summary>
        public const int Cost = 8000;
        /// <summary>Most pixels each way a region may be shifted by and still show the same view to <see cref="Near"/>.</summary>
        public const int Reach = 3;
        // Largest mean absolute difference per sample (grey levels) that still counts as the same view.
        private const int MaxMeanDifference = 10;

        private readonly byte[] _samples = new byte[Side * Side];
        private readonly int[] _columns = new int[Side];
        private int _width;
        private int _height;

        /// <summary>Remembers the region's samples.</summary>
        public void Take(byte[] frame, int origin, int stride, int width, int height)
        {
            _width = width;
            _height = height;
            Columns(width);
            int i = 0;
            for (int gy = 0; gy < Side; gy++)
            {
                int row = origin + Coordinate(gy, height) * stride;
                for (int gx = 0; gx < Side; gx++, i++)
                {
                    _samples[i] = frame[row + _columns[gx]];
                }
            }
        }

        /// <summary>True when the region has the size of the remembered one and its samples differ little.</summary>
        public bool Same(byte[] frame, int origin, int stride, int width, int height)
        {
            if (width != _width || height != _height)
            {
                return false;
            }
            Columns(width);
            int total = 0;
            int i = 0;
            const int limit = MaxMeanDifference * Side * Side;
            for (int gy = 0; gy < Side; gy++)
            {
                int row = origin + Coordinate(gy, height) * stride;
                for (int gx = 0; gx < Side; gx++, i++)
                {
                    int d = frame[row + _columns[gx]] - _samples[i];
                    total += d < 0 ? -d : d;
                }
                // A new view differs by tens of levels a sample: its first rows already decide.
                if (total > limit)
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>
        /// True when the region shows the remembered view, shifted by at most <see cref="Reach"/> pixels each way (a
        /// head that is not quite still): a quick look that compares four of the grid's rows, unshifted first, within the
        /// mean difference <see cref="Same"/> allows. It decides whether a frame in hand is still worth finishing, not
        /// whether carried-over work applies to a frame (that is <see cref="Same"/>).
        /// </summary>
        public bool Near(byte[] frame, int origin, int stride, int width, int height)
        {
            if (width != _width || height != _height)
            {
                return false;
            }
            Columns(width);
            const int limit = MaxMeanDifference * Side * Side / 4;
            if (RowsDifference(frame, origin, stride, height) <= limit)
            {
                return true;
            }
            // The shifted samples stay inside the region: a small one is only compared unshifted.
            int reach = Margin(Margin(Reach, width), height);
            for (int dy = -reach; dy <= reach; dy++)
            {
                for (int dx = -reach; dx <= reach; dx++)
                {
                    if ((dx != 0 || dy != 0) && RowsDifference(frame, origin + dy * stride + dx, stride, height) <= limit)
                    {
                        return true;
                    }
                }
            }
            return false;
        }

        // Sum of absolute differences over grid rows 2, 6, 10 and 14 (spread over the region), given up once a row ends
        // past the limit of Near (a wrong shift of a busy view: after its first rows).
        private int RowsDifference(byte[] frame, int origin, int stride, int height)
        {
            int total = 0;
            for (int gy = 2; gy < Side; gy += 4)
            {
                int row = origin + Coordinate(gy, height) * stride;
                int i = gy * Side;
                for (int gx = 0; gx < Side; gx++, i++)
                {
                    int d = frame[row + _columns[gx]] - _samples[i];
                    total += d < 0 ? -d : d;
                }
                if (total > MaxMeanDifference * Side * Side / 4)
                {
                    return total;
                }
            }
            return total;
        }

        // `reach`, or less where the samples along a side of n pixels lie closer to its ends.
        private static int Margin(int reach, int n)
        {
            int first = Coordinate(0, n);
            int last = n - 1 - Coordinate(Side - 1, n);
            reach = first < reach ? first : reach;
            return last < reach ? last : reach;
        }

        private void Columns(int width)
        {
            for (int g = 0; g < Side; g++)
            {
                _columns[g] = Coordinate(g, width);
            }
        }

        // Centre of cell g of Side cells along a side of n pixels.
        private static int Coordinate(int g, int n)
        {
            return (2 * g + 1) * n / (2 * Side);
        }
    }
}
