namespace GlassesFirmware.Qr
{
    /// <summary>
    /// The per-pixel work of <see cref="ThresholdMap"/> as pure functions over the caller's buffers: the black point
    /// of each block of a band (mean, or for flat blocks half the minimum, borrowing from brighter neighbours) and
    /// the box filter that smooths them into the map. Hardware/Native/GlassesFirmware.QrKernels/gf_qr_kernels.c is
    /// the C twin; keep the two in step (Host/Tests/Hardware/NativeQrKernelsTests compares them byte for byte).
    /// </summary>
    public static class ThresholdKernel
    {
        // Blocks whose range is below this are treated as flat (no edge inside).
        private const int MinRange = 24;

        /// <summary>
        /// Writes the black points of the bands of blocks <paramref name="fromBand"/> to <paramref name="toBand"/> - 1
        /// into <paramref name="blackPoints"/> (row-major, one byte per block) for the image whose pixel (x, y) is
        /// image[origin + y * stride + x] at a <see cref="ThresholdMap"/> quality; for <see cref="ThresholdMap.Coarse"/>
        /// and <see cref="ThresholdMap.Fast"/> also 1 or 0 per band into <paramref name="busyRows"/> (see
        /// <see cref="ThresholdMap.BusyRows"/>). A flat block reads the black points of the band above, so bands are
        /// computed top to bottom. Width and height are at least 16.
        /// </summary>
        public static void BlackPoints(byte[] image, int origin, int stride, int width, int height, int quality,
            int fromBand, int toBand, byte[] blackPoints, byte[] busyRows)
        {
            if (quality == ThresholdMap.Coarse)
            {
                // Samples at (4, 4), (12, 4), (4, 12), (12, 12) of each 16 px block.
                QuadBlackPoints(image, origin, stride, width, height, 4, 4, 8, fromBand, toBand, blackPoints, busyRows);
            }
            else if (quality == ThresholdMap.Fast)
            {
                QuadBlackPoints(image, origin, stride, width, height, 3, 1, 4, fromBand, toBand, blackPoints, busyRows);
            }
            else
            {
                FullBlackPoints(image, origin, stride, width, height, fromBand, toBand, blackPoints);
            }
        }

        // Per block: four samples at (first, first) + {0, step} x {0, step}, unrolled (the cheap maps
        // are built for every frame, so their per-block overhead matters on the device).
        private static void QuadBlackPoints(byte[] img, int origin, int stride, int width, int height, int shift,
            int first, int step, int fromBand, int toBand, byte[] bp, byte[] busyRows)
        {
            int block = 1 << shift;
            int bx = (width + block - 1) >> shift;
            int down = step * stride;
            int i = fromBand * bx;
            for (int by = fromBand; by < toBand; by++)
            {
                int y0 = by << shift;
                if (y0 > height - block)
                {
                    y0 = height - block;
                }
                int rowBase = origin + (y0 + first) * stride + first;
                // The last block of a row may overlap the one before it, so that it ends at the frame's edge.
                int lastQ = rowBase + width - block;
                int rowStart = i;
                int rowEnd = i + bx;
                int busy = 0;
                for (int q = rowBase; i < rowEnd; i++, q += block)
                {
                    if (q > lastQ)
                    {
                        q = lastQ;
                    }
                    int a = img[q];
                    int b = img[q + step];
                    int c = img[q + down];
                    int d = img[q + down + step];
                    // One compare orders each pair; the pairs' ends then give the block's range.
                    int min, max, lo, hi;
                    if (a < b)
                    {
                        min = a;
                        max = b;
                    }
                    else
                    {
                        min = b;
                        max = a;
                    }
                    if (c < d)
                    {
                        lo = c;
                        hi = d;
                    }
                    else
                    {
                        lo = d;
                        hi = c;
                    }
                    min = lo < min ? lo : min;
                    max = hi > max ? hi : max;
                    int average = (a + b + c + d) >> 2;
                    if (max - min <= MinRange)
                    {
                        average = FlatBlackPoint(bp, i, bx, by, i - rowStart, min);
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
        private static void FullBlackPoints(byte[] img, int origin, int stride, int width, int height,
            int fromBand, int toBand, byte[] bp)
        {
            const int shift = 3;
            const int block = 1 << shift;
            int bx = (width + block - 1) >> shift;
            int i = fromBand * bx;
            for (int by = fromBand; by < toBand; by++)
            {
                int y0 = by << shift;
                if (y0 > height - block)
                {
                    y0 = height - block;
                }
                int blockRow = origin + y0 * stride;
                int rowsEnd = blockRow + block * stride;
                for (int bxi = 0; bxi < bx; bxi++, i++)
                {
                    int x0 = bxi << shift;
                    if (x0 > width - block)
                    {
                        x0 = width - block;
                    }
                    int sum = 0;
                    int min = 255;
                    int max = 0;
                    for (int row = blockRow + x0; row < rowsEnd + x0; row += stride)
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

        /// <summary>
        /// Smooths the <paramref name="blocksX"/> x <paramref name="blocksY"/> black points with a
        /// <paramref name="window"/>-wide box filter over blocks, first along rows into <paramref name="rowPass"/>, then
        /// along columns back into <paramref name="blackPoints"/> (each window clamped inside its line), which then holds
        /// the smoothed map.
        /// </summary>
        public static void Smooth(byte[] blackPoints, byte[] rowPass, int blocksX, int blocksY, int window)
        {
            BoxPass(blackPoints, rowPass, blocksY, blocksX, blocksX, 1, window);
            BoxPass(rowPass, blackPoints, blocksX, blocksY, 1, blocksX, window);
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
                // Sliding part: the cell `half` cells behind p takes the window that p enters and the cell `window` cells
                // behind p leaves; p alone is stepped.
                int end = start + length * cellStep;
                int span = window * cellStep;
                int back = half * cellStep;
                for (; p < end; p += cellStep)
                {
                    sum += src[p] - src[p - span];
                    dst[p - back] = (byte)(sum / window);
                }
                value = sum / window;
                int tail = length - half > lead ? length - half : lead;
                for (cell = start + tail * cellStep; cell < end; cell += cellStep)
                {
                    dst[cell] = (byte)value;
                }
            }
        }
    }
}
