namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Searches the thresholded frame near an expected place for an alignment pattern's centre module
    /// (a 1:1:1 light-dark-light run across and down).
    /// </summary>
    public sealed class AlignmentFinder
    {
        private readonly int[] _runs = new int[3];
        // CrossCheck's second result: whether the vertical runs it accepted pass the sharp ratio.
        private bool _sharpCheck;

        /// <summary>Centre of the pattern found by the last successful <see cref="Find"/>.</summary>
        public float X, Y;

        /// <summary>Pixels of the window the last <see cref="Find"/> walked (it stops at the second hit).</summary>
        public int LastPixels;

        /// <summary>Runs of the window's rows the last <see cref="Find"/> walked.</summary>
        public int LastRuns;

        /// <summary>Vertical cross-checks the last <see cref="Find"/> ran (windows of the ratio on a row).</summary>
        public int LastChecks;

        /// <summary>Whether the last <see cref="Find"/> found a pattern (the caller then refits and counts fitness).</summary>
        public bool LastFound;

        /// <summary>
        /// Searches a window of +-<paramref name="allowanceFactor"/> modules around (ex, ey) for a 1:1:1
        /// light-dark-light row run (the alignment centre module) confirmed vertically, scanning rows
        /// from the middle out. Returns true and sets <see cref="X"/>, <see cref="Y"/> when found. With
        /// <paramref name="blurred"/>, a window without such a run takes the first blurred one instead: a centre the
        /// threshold shrank to a pixel or two between wider light runs, 3 modules within one in all; a second blurred
        /// hit within a module of the first, before any sharp one, ends the search there (a blurred code's pattern,
        /// met on two rows near the window's middle, without walking the rest of the window).
        /// </summary>
        public bool Find(ThresholdMap map, int color, float moduleSize, float ex, float ey, int allowanceFactor,
            bool blurred)
        {
            float ms = moduleSize;
            LastPixels = 0;
            LastRuns = 0;
            LastChecks = 0;
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
            int[] s = _runs;
            bool haveFirst = false;
            float firstX = 0, firstY = 0;
            bool haveBlurred = false;
            float blurredX = 0, blurredY = 0;
            // Pixels and thresholds read inline (every pixel of the window is looked at).
            byte[] img = map.Image;
            byte[] thr = map.Map;
            int shift = map.BlockShift;
            bool dark = color != 0;
            int minRun = (int)(ms * 0.5f);
            int sharpMost = (int)(ms * 1.5f) + 1;
            int maxRun = blurred ? (int)(ms * 2f) + 1 : sharpMost;
            int blurredMost = (int)(ms * 2f);
            for (int gen = 0; gen <= height; gen++)
            {
                int half = (gen + 1) >> 1;
                int y = (gen & 1) == 0 ? middle + half : middle - half;
                if (y < top || y > bottom)
                {
                    continue;
                }
                LastPixels += right - left + 2;
                // Last three complete runs r0 (light), r1 (module colour), r2 (light).
                int r0 = 0, r1 = 0, r2 = 0, runs = 0;
                int rowBase = map.Origin + y * map.Stride;
                int thrRow = (y >> shift) * map.BlocksX;
                int q = rowBase + left;
                int rowEnd = rowBase + right + 1;
                int block = left >> shift;
                int blockEnd = rowBase + ((block + 1) << shift);
                if (blockEnd > rowEnd)
                {
                    blockEnd = rowEnd;
                }
                int t = thr[thrRow + block];
                int cur = (img[q] <= t) == dark ? 1 : 0;
                bool darkRun = (cur == 1) == dark;
                int runStart = q;
                while (true)
                {
                    // Walk the run within the block (one threshold): a pixel costs a compare and an increment.
                    if (darkRun)
                    {
                        while (q < blockEnd && img[q] <= t)
                        {
                            q++;
                        }
                    }
                    else
                    {
                        while (q < blockEnd && img[q] > t)
                        {
                            q++;
                        }
                    }
                    if (q == blockEnd && q < rowEnd)
                    {
                        block++;
                        blockEnd += 1 << shift;
                        if (blockEnd > rowEnd)
                        {
                            blockEnd = rowEnd;
                        }
                        t = thr[thrRow + block];
                        continue;
                    }
                    // The run ended at q (the window's end closes the last run as if the colour changed there).
                    r0 = r1;
                    r1 = r2;
                    r2 = q - runStart;
                    runs++;
                    cur ^= 1;
                    // Runs outside minRun..maxRun (a sharp centre within minRun..sharpMost) cannot pass the ratio tests: most
                    // windows end at integer compares.
                    if (cur == 1 && runs >= 3 && r1 <= maxRun && r0 >= minRun && r0 <= maxRun
                        && r2 >= minRun && r2 <= maxRun)
                    {
                        s[0] = r0;
                        s[1] = r1;
                        s[2] = r2;
                        bool sharp = r1 >= minRun && r0 <= sharpMost && r1 <= sharpMost && r2 <= sharpMost
                            && IsAlignRatio(s, ms);
                        if (sharp || (blurred && IsBlurredAlignRatio(s, ms)))
                        {
                            float ax = q - rowBase - r2 - r1 * 0.5f;
                            LastChecks++;
                            // A blurred centre may be a pixel wide: its light runs are bounded by the module size instead.
                            int most = sharp || 2 * r1 >= blurredMost ? 2 * r1 : blurredMost;
                            float ay = CrossCheck(map, color, ms, (int)ax, y, most, r0 + r1 + r2, blurred);
                            if (ay >= 0 && !(sharp && _sharpCheck))
                            {
                                // Blurred across or down: the first is kept for a window without a sharp pattern; a
                                // second that agrees with it ends the search, as two sharp ones do.
                                if (!haveBlurred)
                                {
                                    haveBlurred = true;
                                    blurredX = ax;
                                    blurredY = ay;
                                }
                                else if (!haveFirst && QrMath.Abs(ax - blurredX) <= ms && QrMath.Abs(ay - blurredY) <= ms)
                                {
                                    X = (ax + blurredX) * 0.5f;
                                    Y = (ay + blurredY) * 0.5f;
                                    LastFound = true;
                                    LastRuns += runs;
                                    return true;
                                }
                            }
                            else if (ay >= 0 && !haveFirst)
                            {
                                haveFirst = true;
                                firstX = ax;
                                firstY = ay;
                            }
                            else if (ay >= 0 && QrMath.Abs(ax - firstX) <= ms && QrMath.Abs(ay - firstY) <= ms)
                            {
                                X = (ax + firstX) * 0.5f;
                                Y = (ay + firstY) * 0.5f;
                                LastFound = true;
                                LastRuns += runs;
                                return true;
                            }
                        }
                    }
                    if (q == rowEnd)
                    {
                        LastRuns += runs;
                        break;
                    }
                    runStart = q;
                    darkRun = !darkRun;
                }
            }
            if (!haveFirst && haveBlurred)
            {
                haveFirst = true;
                firstX = blurredX;
                firstY = blurredY;
            }
            LastFound = haveFirst;
            if (haveFirst)
            {
                X = firstX;
                Y = firstY;
            }
            return haveFirst;
        }

        // 1:1:1 within half a module each.
        private static bool IsAlignRatio(int[] s, float ms)
        {
            float tol = ms * 0.5f;
            return QrMath.Abs(ms - s[0]) < tol && QrMath.Abs(ms - s[1]) < tol && QrMath.Abs(ms - s[2]) < tol;
        }

        // A blurred centre: light-dark-light of 3 modules within one, the centre under 1.5 modules and the light runs
        // between half a module and two.
        private static bool IsBlurredAlignRatio(int[] s, float ms)
        {
            float total = s[0] + s[1] + s[2];
            return QrMath.Abs(total - 3f * ms) < ms && s[1] < 1.5f * ms && s[0] > 0.5f * ms && s[0] < 2f * ms
                && s[2] > 0.5f * ms && s[2] < 2f * ms;
        }

        // Vertical light-dark-light runs through (x, y): the centre row of the pattern, or -1.
        private float CrossCheck(ThresholdMap map, int color, float moduleSize, int x, int y, int maxCount, int originalTotal,
            bool blurred)
        {
            int h = map.Height;
            int[] s = _runs;
            // Pixels and thresholds read inline (ThresholdMap.Dark) down column x; i is never negative where it is
            // divided, so the division is the shift (cheaper for the interpreter).
            byte[] img = map.Image;
            byte[] thr = map.Map;
            int stride = map.Stride;
            int pb = map.Origin + x;
            int side = 1 << map.BlockShift;
            int blocksX = map.BlocksX;
            int tb = x / side;
            bool dark = color != 0;
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
            s[0] = a;
            s[1] = b;
            s[2] = c;
            _sharpCheck = IsAlignRatio(s, moduleSize);
            if (!_sharpCheck && !(blurred && IsBlurredAlignRatio(s, moduleSize)))
            {
                return -1f;
            }
            return i - c - b * 0.5f;
        }
    }
}
