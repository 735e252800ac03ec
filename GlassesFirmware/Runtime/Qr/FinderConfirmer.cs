namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Confirms a finder-pattern row hit by walking the thresholded frame through its centre
    /// vertically, horizontally and diagonally; each walk must show 1:1:3:1:1 runs again.
    /// </summary>
    public sealed class FinderConfirmer
    {
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
        // image[pb + i * ps] against the threshold thr[tb + i / side * tm], inlined in each loop (the hottest
        // walk of busy frames); each loop stops at the last index its run may reach, so a pixel costs one bound test.
        private float CrossCheck(int x, int y, int dx, int dy, int maxCount, int originalTotal, int color)
        {
            ThresholdMap map = _map;
            byte[] img = map.Image;
            byte[] thr = map.Map;
            // i is never negative where it is divided: the division is the shift (cheaper for the interpreter).
            int side = 1 << map.BlockShift;
            int limit, pos, pb, ps, tb, tm;
            if (dx != 0)
            {
                limit = map.Width;
                pos = x;
                pb = map.Origin + y * map.Stride;
                ps = 1;
                tb = y / side * map.BlocksX;
                tm = 1;
            }
            else
            {
                limit = map.Height;
                pos = y;
                pb = map.Origin + x;
                ps = map.Stride;
                tb = x / side;
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
            // Upwards: the centre (fails past maxCentre or at the frame's edge), the light run above it (past maxAbove
            // or at the edge), the outer run (past maxAbove).
            int i = pos;
            int stop = pos - maxCentre;
            stop = stop < 0 ? 0 : stop;
            while (i >= stop && (img[pb + i * ps] <= thr[tb + i / side * tm]) == dark)
            {
                i--;
            }
            if (i < stop)
            {
                return -1;
            }
            int s2 = pos - i;
            int start = i;
            stop = start - maxAbove;
            stop = stop < 0 ? 0 : stop;
            while (i >= stop && (img[pb + i * ps] <= thr[tb + i / side * tm]) != dark)
            {
                i--;
            }
            if (i < stop)
            {
                return -1;
            }
            int s1 = start - i;
            start = i;
            stop = start - maxAbove;
            stop = stop < 0 ? 0 : stop;
            while (i >= stop && (img[pb + i * ps] <= thr[tb + i / side * tm]) == dark)
            {
                i--;
            }
            int s0 = start - i;
            if (s0 > maxAbove)
            {
                return -1;
            }
            // Downwards: the rest of the centre (fails past maxCentre in all, or at the edge), then the light and outer
            // runs below it (each fails at maxBelow; the light one also at the edge).
            i = pos + 1;
            stop = pos + 1 + maxCentre - s2;
            stop = stop < limit - 1 ? stop : limit - 1;
            while (i <= stop && (img[pb + i * ps] <= thr[tb + i / side * tm]) == dark)
            {
                i++;
            }
            s2 += i - pos - 1;
            // The centre must be wider than the runs beside it (IsFinderRatio): most look-alikes fail here.
            if (i > stop || s2 <= s1)
            {
                return -1;
            }
            start = i;
            stop = start + maxBelow - 1;
            stop = stop < limit - 1 ? stop : limit - 1;
            while (i <= stop && (img[pb + i * ps] <= thr[tb + i / side * tm]) != dark)
            {
                i++;
            }
            if (i > stop)
            {
                return -1;
            }
            int s3 = i - start;
            start = i;
            stop = start + maxBelow - 1;
            stop = stop < limit - 1 ? stop : limit - 1;
            while (i <= stop && (img[pb + i * ps] <= thr[tb + i / side * tm]) == dark)
            {
                i++;
            }
            int s4 = i - start;
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
        // diagonal is common on small modules). Pixels and thresholds are read inline, as in CrossCheck.
        private bool CheckDiagonal(int x, int y, int color)
        {
            ThresholdMap map = _map;
            byte[] img = map.Image;
            byte[] thr = map.Map;
            int side = 1 << map.BlockShift;
            int blocksX = map.BlocksX;
            int pb = map.Origin + y * map.Stride + x;
            int step = map.Stride + 1;
            bool dark = color != 0;
            // Up and left to the frame's edge: pixel (x - i, y - i) for i up to `up`.
            int up = x < y ? x : y;
            int i = 0;
            while (i <= up && (img[pb - i * step] <= thr[(y - i) / side * blocksX + (x - i) / side]) == dark)
            {
                i++;
            }
            int s2 = i;
            if (s2 == 0)
            {
                return false;
            }
            int start = i;
            while (i <= up && (img[pb - i * step] <= thr[(y - i) / side * blocksX + (x - i) / side]) != dark)
            {
                i++;
            }
            int s1 = i - start;
            start = i;
            while (i <= up && (img[pb - i * step] <= thr[(y - i) / side * blocksX + (x - i) / side]) == dark)
            {
                i++;
            }
            int s0 = i - start;
            if (s0 == 0 || s1 == 0)
            {
                return false;
            }
            // Down and right: pixel (x + i, y + i) for i below `down`.
            int down = map.Width - x < map.Height - y ? map.Width - x : map.Height - y;
            i = 1;
            while (i < down && (img[pb + i * step] <= thr[(y + i) / side * blocksX + (x + i) / side]) == dark)
            {
                i++;
            }
            s2 += i - 1;
            start = i;
            while (i < down && (img[pb + i * step] <= thr[(y + i) / side * blocksX + (x + i) / side]) != dark)
            {
                i++;
            }
            int s3 = i - start;
            start = i;
            while (i < down && (img[pb + i * step] <= thr[(y + i) / side * blocksX + (x + i) / side]) == dark)
            {
                i++;
            }
            int s4 = i - start;
            if (s3 == 0 || s4 == 0)
            {
                return false;
            }
            int total = s0 + s1 + s2 + s3 + s4;
            // Tolerance of 3/4 module per run, as on a diagonal runs are quantised coarsely.
            return 4 * QrMath.Abs(7 * s0 - total) < 3 * total && 4 * QrMath.Abs(7 * s1 - total) < 3 * total
                && 4 * QrMath.Abs(7 * s3 - total) < 3 * total && 4 * QrMath.Abs(7 * s4 - total) < 3 * total
                && 4 * QrMath.Abs(7 * s2 - 3 * total) < 9 * total;
        }
    }
}
