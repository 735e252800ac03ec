namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Searches the thresholded frame near an expected place for an alignment pattern's centre module
    /// (a 1:1:1 light-dark-light run across and down).
    /// </summary>
    public sealed class AlignmentFinder
    {
        /// <summary>Centre of the pattern found by the last successful <see cref="Find"/>.</summary>
        public float X, Y;

        /// <summary>Pixels of the window the last <see cref="Find"/> walked (it stops at the second hit).</summary>
        public int LastPixels;

        /// <summary>Whether the last <see cref="Find"/> found a pattern (the caller then refits and counts fitness).</summary>
        public bool LastFound;

        /// <summary>
        /// Searches a window of +-<paramref name="allowanceFactor"/> modules around (ex, ey) for a 1:1:1
        /// light-dark-light row run (the alignment centre module) confirmed vertically, scanning rows
        /// from the middle out. Returns true and sets <see cref="X"/>, <see cref="Y"/> when found.
        /// </summary>
        public bool Find(ThresholdMap map, int color, float moduleSize, float ex, float ey, int allowanceFactor)
        {
            float ms = moduleSize;
            LastPixels = 0;
            LastFound = false;
            int allowance = (int)(allowanceFactor * ms);
            int cx = (int)ex;
            int cy = (int)ey;
            int left = cx - allowance < 0 ? 0 : cx - allowance;
            int right = cx + allowance > map.Width - 1 ? map.Width - 1 : cx + allowance;
            int top = cy - allowance < 0 ? 0 : cy - allowance;
            int bottom = cy + allowance > map.Height - 1 ? map.Height - 1 : cy + allowance;
            if (right - left < ms * 3 || bottom - top < ms * 3)
            {
                return false;
            }
            int height = bottom - top;
            int middle = top + height / 2;
            bool haveFirst = false;
            float firstX = 0, firstY = 0;
            // Pixels and thresholds read inline, a run at a time (every pixel of the window is looked at): a pixel
            // is dark when at most its block's threshold. Coordinates are not negative, so dividing by the block side
            // is the shift (a shift by a variable costs the interpreter two instructions more).
            byte[] img = map.Image;
            byte[] thr = map.Map;
            int side = 1 << map.BlockShift;
            bool dark = color != 0;
            int end = right + 1;
            for (int gen = 0; gen <= height; gen++)
            {
                int half = (gen + 1) >> 1;
                int y = (gen & 1) == 0 ? middle + half : middle - half;
                if (y < top || y > bottom)
                {
                    continue;
                }
                LastPixels += right - left + 2;
                // Last three complete runs r0 (light), r1 (module colour), r2 (light); a row's first runs leave zeros,
                // which no module size passes as a run.
                int r0 = 0, r1 = 0, r2 = 0;
                int rowBase = map.Origin + y * map.Stride;
                int thrRow = y / side * map.BlocksX;
                int x = left;
                // Runs alternate: only the first one's colour is looked up.
                bool runDark = img[rowBase + x] <= thr[thrRow + x / side];
                while (x < end)
                {
                    int start = x;
                    if (runDark)
                    {
                        while (x < end && img[rowBase + x] <= thr[thrRow + x / side])
                        {
                            x++;
                        }
                    }
                    else
                    {
                        while (x < end && img[rowBase + x] > thr[thrRow + x / side])
                        {
                            x++;
                        }
                    }
                    r0 = r1;
                    r1 = r2;
                    r2 = x - start;
                    runDark = !runDark;
                    // A light run (the window's edge ends the last one) closes a light-dark-light triple.
                    if (runDark != dark || !IsAlignRatio(r0, r1, r2, ms))
                    {
                        continue;
                    }
                    float ax = x - r2 - r1 * 0.5f;
                    float ay = CrossCheck(map, dark, ms, (int)ax, y, 2 * r1, r0 + r1 + r2);
                    if (ay < 0)
                    {
                        continue;
                    }
                    if (!haveFirst)
                    {
                        haveFirst = true;
                        firstX = ax;
                        firstY = ay;
                    }
                    else if (QrMath.Abs(ax - firstX) <= ms && QrMath.Abs(ay - firstY) <= ms)
                    {
                        X = (ax + firstX) * 0.5f;
                        Y = (ay + firstY) * 0.5f;
                        LastFound = true;
                        return true;
                    }
                }
            }
            LastFound = haveFirst;
            if (haveFirst)
            {
                X = firstX;
                Y = firstY;
            }
            return haveFirst;
        }

        // Each run within half a module of the module size (the differences' absolute values written out: this is
        // asked of every light-dark-light triple of the window).
        private static bool IsAlignRatio(int a, int b, int c, float ms)
        {
            float tol = ms * 0.5f;
            float d = ms - a;
            if ((d < 0 ? -d : d) >= tol)
            {
                return false;
            }
            d = ms - b;
            if ((d < 0 ? -d : d) >= tol)
            {
                return false;
            }
            d = ms - c;
            return (d < 0 ? -d : d) < tol;
        }

        // Vertical light-dark-light runs through (x, y): the centre row of the pattern, or -1. Pixels and thresholds
        // are read inline (ThresholdMap.Dark), as in the row walk.
        private static float CrossCheck(ThresholdMap map, bool dark, float moduleSize, int x, int y, int maxCount, int originalTotal)
        {
            byte[] img = map.Image;
            byte[] thr = map.Map;
            int stride = map.Stride;
            int pb = map.Origin + x;
            int side = 1 << map.BlockShift;
            int blocksX = map.BlocksX;
            int tb = x / side;
            int h = map.Height;
            int a = 0, b = 0, c = 0;
            int i = y;
            while (i >= 0 && (img[pb + i * stride] <= thr[i / side * blocksX + tb]) == dark && b <= maxCount)
            {
                b++;
                i--;
            }
            if (i < 0 || b > maxCount)
            {
                return -1f;
            }
            while (i >= 0 && (img[pb + i * stride] <= thr[i / side * blocksX + tb]) != dark && a <= maxCount)
            {
                a++;
                i--;
            }
            if (a > maxCount)
            {
                return -1f;
            }
            i = y + 1;
            while (i < h && (img[pb + i * stride] <= thr[i / side * blocksX + tb]) == dark && b <= maxCount)
            {
                b++;
                i++;
            }
            if (i == h || b > maxCount)
            {
                return -1f;
            }
            while (i < h && (img[pb + i * stride] <= thr[i / side * blocksX + tb]) != dark && c <= maxCount)
            {
                c++;
                i++;
            }
            if (c > maxCount)
            {
                return -1f;
            }
            int total = a + b + c;
            if (5 * QrMath.Abs(total - originalTotal) >= 2 * originalTotal)
            {
                return -1f;
            }
            if (!IsAlignRatio(a, b, c, moduleSize))
            {
                return -1f;
            }
            return i - c - b * 0.5f;
        }
    }
}
