namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Confirms a finder-pattern row hit by walking the thresholded frame through its centre
    /// vertically, horizontally and diagonally; each walk must show 1:1:3:1:1 runs again.
    /// </summary>
    public sealed class FinderConfirmer
    {
        private readonly int[] _cross = new int[5];
        private ThresholdMap _map;
        private float _lastTotal;

        /// <summary>Centre of the finder confirmed by the last successful <see cref="Confirm"/>.</summary>
        public float X, Y;
        /// <summary>Module size (pixels) of the finder confirmed by the last successful <see cref="Confirm"/>.</summary>
        public float ModuleSize;

        /// <summary>Sets the frame whose thresholded pixels are walked.</summary>
        public void Attach(ThresholdMap map)
        {
            _map = map;
        }

        /// <summary>
        /// Confirms a row hit of five runs <paramref name="a"/>..<paramref name="e"/> ending at
        /// <paramref name="end"/> on row <paramref name="y"/> by vertical, horizontal and diagonal
        /// cross-checks. Returns true and sets <see cref="X"/>, <see cref="Y"/> and
        /// <see cref="ModuleSize"/> when all three pass.
        /// </summary>
        public bool Confirm(int a, int b, int c, int d, int e, int end, int y, int color)
        {
            int total = a + b + c + d + e;
            float cx = end - e - d - c * 0.5f;
            float cy = CrossCheck((int)cx, y, 0, 1, c, total, color);
            if (cy < 0)
            {
                return false;
            }
            float vTotal = _lastTotal;
            float cx2 = CrossCheck((int)cx, (int)cy, 1, 0, c, total, color);
            if (cx2 < 0)
            {
                return false;
            }
            float hTotal = _lastTotal;
            if (!CheckDiagonal((int)cx2, (int)cy, color))
            {
                return false;
            }
            X = cx2;
            Y = cy;
            ModuleSize = (vTotal + hTotal) / 14f;
            return true;
        }

        // Walks from (x, y) both ways along (dx, dy) through the 5 runs. Returns the centre
        // coordinate along the walk axis, or -1. The run total goes to _lastTotal. Pixel i of the walk is
        // image[pb + i * ps] against the threshold thr[tb + (i >> shift) * tm], inlined in each loop (the hottest
        // walk of busy frames).
        private float CrossCheck(int x, int y, int dx, int dy, int maxCount, int originalTotal, int color)
        {
            ThresholdMap map = _map;
            byte[] img = map.Image;
            byte[] thr = map.Map;
            int shift = map.BlockShift;
            int limit, pos, pb, ps, tb, tm;
            if (dx != 0)
            {
                limit = map.Width;
                pos = x;
                pb = map.Origin + y * map.Stride;
                ps = 1;
                tb = (y >> shift) * map.BlocksX;
                tm = 1;
            }
            else
            {
                limit = map.Height;
                pos = y;
                pb = map.Origin + x;
                ps = map.Stride;
                tb = x >> shift;
                tm = map.BlocksX;
            }
            bool dark = color != 0;
            // Runs longer than the checks at the end allow fail anyway: stop walking them there (a long bar of a
            // printed pattern, crossed on every row, was walked to the frame's edge on each hit). The total must stay
            // under 7/5 of the row's; then IsFinderRatio (with its slack) bounds the centre by 9/14 of the total
            // and each outer run by 3/14 of it.
            int maxTotal = (7 * originalTotal - 1) / 5;
            int maxCentre = (9 * maxTotal + 13) / 14;
            int maxOuter = (3 * maxTotal + 13) / 14;
            // The outer runs above the centre fail past maxCount, those below it at maxCount; either way also past maxOuter.
            int maxAbove = maxCount < maxOuter ? maxCount : maxOuter;
            int maxBelow = maxCount < maxOuter + 1 ? maxCount : maxOuter + 1;
            int s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
            int i = pos;
            while (i >= 0 && (img[pb + i * ps] <= thr[tb + (i >> shift) * tm]) == dark && s2 <= maxCentre)
            {
                s2++;
                i--;
            }
            if (i < 0 || s2 > maxCentre)
            {
                return -1;
            }
            while (i >= 0 && (img[pb + i * ps] <= thr[tb + (i >> shift) * tm]) != dark && s1 <= maxAbove)
            {
                s1++;
                i--;
            }
            if (i < 0 || s1 > maxAbove)
            {
                return -1;
            }
            while (i >= 0 && (img[pb + i * ps] <= thr[tb + (i >> shift) * tm]) == dark && s0 <= maxAbove)
            {
                s0++;
                i--;
            }
            if (s0 > maxAbove)
            {
                return -1;
            }
            i = pos + 1;
            while (i < limit && (img[pb + i * ps] <= thr[tb + (i >> shift) * tm]) == dark && s2 <= maxCentre)
            {
                s2++;
                i++;
            }
            // The centre must be wider than the runs beside it (IsFinderRatio): most look-alikes fail here.
            if (i == limit || s2 > maxCentre || s2 <= s1)
            {
                return -1;
            }
            while (i < limit && (img[pb + i * ps] <= thr[tb + (i >> shift) * tm]) != dark && s3 < maxBelow)
            {
                s3++;
                i++;
            }
            if (i == limit || s3 >= maxBelow)
            {
                return -1;
            }
            while (i < limit && (img[pb + i * ps] <= thr[tb + (i >> shift) * tm]) == dark && s4 < maxBelow)
            {
                s4++;
                i++;
            }
            if (s4 >= maxBelow)
            {
                return -1;
            }
            int total = s0 + s1 + s2 + s3 + s4;
            if (5 * QrMath.Abs(total - originalTotal) >= 2 * originalTotal)
            {
                return -1;
            }
            if (!FinderScanner.IsFinderRatio(s0, s1, s2, s3, s4))
            {
                return -1;
            }
            _lastTotal = total;
            return i - s4 - s3 - s2 * 0.5f;
        }

        // The diagonal through a true finder also shows 1:1:3:1:1 (lenient: a stray pixel on a
        // diagonal is common on small modules).
        private bool CheckDiagonal(int x, int y, int color)
        {
            ThresholdMap map = _map;
            int[] s = _cross;
            s[0] = 0;
            s[1] = 0;
            s[2] = 0;
            s[3] = 0;
            s[4] = 0;
            int i = 0;
            while (y >= i && x >= i && map.Dark(x - i, y - i) == color)
            {
                s[2]++;
                i++;
            }
            if (s[2] == 0)
            {
                return false;
            }
            while (y >= i && x >= i && map.Dark(x - i, y - i) != color)
            {
                s[1]++;
                i++;
            }
            while (y >= i && x >= i && map.Dark(x - i, y - i) == color)
            {
                s[0]++;
                i++;
            }
            if (s[0] == 0 || s[1] == 0)
            {
                return false;
            }
            i = 1;
            int w = map.Width;
            int h = map.Height;
            while (y + i < h && x + i < w && map.Dark(x + i, y + i) == color)
            {
                s[2]++;
                i++;
            }
            while (y + i < h && x + i < w && map.Dark(x + i, y + i) != color)
            {
                s[3]++;
                i++;
            }
            while (y + i < h && x + i < w && map.Dark(x + i, y + i) == color)
            {
                s[4]++;
                i++;
            }
            if (s[3] == 0 || s[4] == 0)
            {
                return false;
            }
            int total = s[0] + s[1] + s[2] + s[3] + s[4];
            // Tolerance of 3/4 module per run, as on a diagonal runs are quantised coarsely.
            return 4 * QrMath.Abs(7 * s[0] - total) < 3 * total && 4 * QrMath.Abs(7 * s[1] - total) < 3 * total
                && 4 * QrMath.Abs(7 * s[3] - total) < 3 * total && 4 * QrMath.Abs(7 * s[4] - total) < 3 * total
                && 4 * QrMath.Abs(7 * s[2] - 3 * total) < 9 * total;
        }
    }
}
