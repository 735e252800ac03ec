namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Fits the symbol grid to three finder centres (plus the bottom-right alignment pattern when
    /// one is found) and samples one thresholded pixel per module centre into a <see cref="BitGrid"/>.
    /// </summary>
    public sealed class GridSampler
    {
        private readonly Perspective _transform = new Perspective();
        private readonly int[] _align = new int[3];
        private readonly float[] _pts = new float[8];
        private readonly float[] _row = new float[6];
        private readonly int[] _centres = new int[QrVersionDb.MaxAlignment];
        private int _dimension;
        private ThresholdMap _map;

        /// <summary>Image coordinates of the symbol's top-left, top-right, bottom-left finder centres.</summary>
        public float TlX, TlY, TrX, TrY, BlX, BlY;
        /// <summary>Module size estimated along the finder lines.</summary>
        public float ModuleSize;
        /// <summary>Module colour of the symbol (1 = dark modules on light).</summary>
        public int Color;
        /// <summary>True when the last fit used an alignment pattern.</summary>
        public bool UsedAlignment;
        /// <summary>Alignment pattern found by the last fit (valid when <see cref="UsedAlignment"/>).</summary>
        public float AlignX, AlignY;

        /// <summary>The current transform (module coordinates to pixels).</summary>
        public Perspective Transform
        {
            get { return _transform; }
        }

        /// <summary>Sets the frame whose thresholded pixels are sampled.</summary>
        public void Attach(ThresholdMap map)
        {
            _map = map;
        }

        /// <summary>
        /// Orders three finder centres as top-left (the right angle), top-right and bottom-left so
        /// that the symbol reads unmirrored, and estimates the module size along the finder lines.
        /// </summary>
        public void SetFinders(float ax, float ay, float bx, float by, float cx, float cy, float moduleSize, int color)
        {
            float ab = Dist2(ax, ay, bx, by);
            float bc = Dist2(bx, by, cx, cy);
            float ac = Dist2(ax, ay, cx, cy);
            float tlx, tly, px, py, qx, qy;
            if (bc >= ab && bc >= ac)
            {
                tlx = ax; tly = ay; px = bx; py = by; qx = cx; qy = cy;
            }
            else if (ac >= ab && ac >= bc)
            {
                tlx = bx; tly = by; px = ax; py = ay; qx = cx; qy = cy;
            }
            else
            {
                tlx = cx; tly = cy; px = ax; py = ay; qx = bx; qy = by;
            }
            // With y pointing down, (TR - TL) x (BL - TL) is positive for an unmirrored symbol.
            if ((px - tlx) * (qy - tly) - (py - tly) * (qx - tlx) < 0)
            {
                float t = px; px = qx; qx = t;
                t = py; py = qy; qy = t;
            }
            TlX = tlx; TlY = tly; TrX = px; TrY = py; BlX = qx; BlY = qy;
            Color = color;
            float measured = (OneWay(TlX, TlY, TrX, TrY) + OneWay(TlX, TlY, BlX, BlY)) * 0.5f;
            ModuleSize = measured > 0 ? measured : moduleSize;
        }

        /// <summary>Estimated symbol side in modules (rounded to 4k+1), or 0 when implausible.</summary>
        public int EstimateDimension()
        {
            float d = (Sqrt(Dist2(TlX, TlY, TrX, TrY)) + Sqrt(Dist2(TlX, TlY, BlX, BlY))) / (2f * ModuleSize) + 7f;
            int k = (int)((d - 17f) / 4f + 0.5f);
            if (k < 1)
            {
                k = 1;
            }
            if (k > QrVersionDb.MaxVersion)
            {
                return 0;
            }
            return 17 + 4 * k;
        }

        /// <summary>
        /// Fits the grid for a symbol of <paramref name="dimension"/> modules, searching for the
        /// bottom-right alignment pattern when the version has one, and samples it into the grid.
        /// Returns false when the grid falls outside the frame.
        /// </summary>
        public bool Sample(int dimension, BitGrid grid)
        {
            _dimension = dimension;
            QrVersionDb.AlignmentCentres((dimension - 17) / 4, _centres);
            float brX = TrX - TlX + BlX;
            float brY = TrY - TlY + BlY;
            UsedAlignment = false;
            _pts[0] = TlX;
            _pts[1] = TlY;
            _pts[2] = TrX;
            _pts[3] = TrY;
            _pts[4] = brX;
            _pts[5] = brY;
            _pts[6] = BlX;
            _pts[7] = BlY;
            Refit();
            // Function modules must mostly agree with the three-finder fit before the alignment search
            // and a whole grid are worth their cost; random texture agrees about half the time.
            int max = MaxFitness(dimension);
            int affine = Fitness(dimension, true);
            if (affine * 1000 / max < MinFitPerMille - 100)
            {
                FitPerMille = 0;
                return false;
            }
            if (dimension > 21)
            {
                // The bottom-right alignment centre sits 3 modules in from the far corner finder line.
                float corr = 1f - 3f / (dimension - 7);
                float ex = TlX + corr * (brX - TlX);
                float ey = TlY + corr * (brY - TlY);
                for (int f = 4; f <= 16 && !UsedAlignment; f <<= 1)
                {
                    UsedAlignment = FindAlignment(ex, ey, f);
                }
                if (UsedAlignment)
                {
                    _pts[4] = AlignX;
                    _pts[5] = AlignY;
                    Refit();
                    int aligned = Fitness(dimension, true);
                    if (aligned < affine)
                    {
                        // A look-alike found in the data: keep the parallelogram fit.
                        UsedAlignment = false;
                        _pts[4] = brX;
                        _pts[5] = brY;
                        Refit();
                    }
                    else
                    {
                        affine = aligned;
                    }
                }
            }
            FitPerMille = affine * 1000 / max;
            if (FitPerMille < MinFitPerMille)
            {
                return false;
            }
            return SampleGrid(dimension, grid);
        }

        /// <summary>Least agreement (per mille) of function modules for a fit to be sampled.</summary>
        public const int MinFitPerMille = 700;

        /// <summary>Agreement (per mille) of the function modules with the last fit.</summary>
        public int FitPerMille;

        private static int MaxFitness(int dimension)
        {
            int count = dimension > 21 ? (dimension - 17) / 28 + 2 : 0;
            return 3 * 49 + 2 * (dimension - 16) + (count > 0 ? (count * count - 3) * 25 : 0);
        }

        /// <summary>
        /// Refines the last fit by moving its four image control points a fraction of a module at a
        /// time while the agreement of finder, timing and alignment modules with their known colours
        /// improves (hill climbing, as quirc's "jiggle"), then re-samples. Returns false when the
        /// refined grid leaves the frame.
        /// </summary>
        public bool Refine(BitGrid grid)
        {
            int dimension = _dimension;
            int best = Fitness(dimension, true);
            float step = ModuleSize * 2f;
            for (int pass = 0; pass < 6; pass++)
            {
                for (int i = 0; i < 8; i++)
                {
                    float old = _pts[i];
                    _pts[i] = old + step;
                    Refit();
                    int up = Fitness(dimension, true);
                    if (up > best)
                    {
                        best = up;
                        continue;
                    }
                    _pts[i] = old - step;
                    Refit();
                    int down = Fitness(dimension, true);
                    if (down > best)
                    {
                        best = down;
                        continue;
                    }
                    _pts[i] = old;
                }
                step *= 0.5f;
            }
            Refit();
            return SampleGrid(dimension, grid);
        }

        /// <summary>
        /// Re-samples the current fit from grey values instead of the threshold map: the grey level at
        /// each module centre goes to <paramref name="scratch"/> (needs dimension squared bytes), and
        /// one threshold halfway between the darkest and lightest eighths of the symbol splits them.
        /// Fabric and glare break the block map's local statistics but seldom this symbol-wide one.
        /// </summary>
        public bool SampleByLevel(BitGrid grid, byte[] scratch)
        {
            int dimension = _dimension;
            if (dimension * dimension > scratch.Length)
            {
                return false;
            }
            ThresholdMap map = _map;
            byte[] img = map.Image;
            int n = 0;
            for (int y = 0; y < dimension; y++)
            {
                for (int x = 0; x < dimension; x++, n++)
                {
                    _transform.Map(x + 0.5f, y + 0.5f);
                    int ix = (int)(_transform.MappedX + 64f) - 64;
                    int iy = (int)(_transform.MappedY + 64f) - 64;
                    if (ix < 0 || iy < 0 || ix >= map.Width || iy >= map.Height)
                    {
                        return false;
                    }
                    scratch[n] = img[map.Origin + iy * map.Stride + ix];
                }
            }
            // Iterative intermeans (isodata): the threshold moves to halfway between the mean of the
            // samples below it and of those above it.
            int best = 0;
            for (int i = 0; i < n; i++)
            {
                best += scratch[i];
            }
            best /= n;
            for (int round = 0; round < 4; round++)
            {
                int low = 0, lowCount = 0, high = 0, highCount = 0;
                for (int i = 0; i < n; i++)
                {
                    int v = scratch[i];
                    if (v <= best)
                    {
                        low += v;
                        lowCount++;
                    }
                    else
                    {
                        high += v;
                        highCount++;
                    }
                }
                if (lowCount == 0 || highCount == 0)
                {
                    return false;
                }
                best = (low / lowCount + high / highCount) / 2;
            }
            grid.Reset(dimension);
            n = 0;
            for (int y = 0; y < dimension; y++)
            {
                for (int x = 0; x < dimension; x++, n++)
                {
                    int dark = scratch[n] <= best ? 1 : 0;
                    if (dark == Color)
                    {
                        grid.SetDark(x, y);
                    }
                }
            }
            return true;
        }

        /// <summary>Samples the grid again with the current fit (e.g. after changing <see cref="Vote"/>).</summary>
        public bool Resample(BitGrid grid)
        {
            return SampleGrid(_dimension, grid);
        }

        private void Refit()
        {
            float far = _dimension - 3.5f;
            float br = UsedAlignment ? far - 3f : far;
            _transform.Fit(3.5f, 3.5f, far, 3.5f, br, br, 3.5f, far,
                _pts[0], _pts[1], _pts[2], _pts[3], _pts[4], _pts[5], _pts[6], _pts[7]);
        }

        // Number of function modules (finders with separators, timing rows, alignment patterns)
        // whose sampled colour matches the pattern.
        private int Fitness(int dimension, bool alignment)
        {
            int score = FinderFitness(3, 3) + FinderFitness(dimension - 4, 3) + FinderFitness(3, dimension - 4);
            for (int i = 8; i < dimension - 8; i++)
            {
                int expected = (i & 1) == 0 ? 1 : 0;
                if (SampleModule(i, 6) == expected)
                {
                    score++;
                }
                if (SampleModule(6, i) == expected)
                {
                    score++;
                }
            }
            int count = alignment && dimension > 21 ? (dimension - 17) / 28 + 2 : 0;
            for (int a = 0; a < count; a++)
            {
                for (int b = 0; b < count; b++)
                {
                    if ((a == 0 && b == 0) || (a == 0 && b == count - 1) || (a == count - 1 && b == 0))
                    {
                        continue;
                    }
                    score += PatternFitness(_centres[a], _centres[b], 2);
                }
            }
            return score;
        }

        private int FinderFitness(int cx, int cy)
        {
            return PatternFitness(cx, cy, 3);
        }

        // Concentric square rings around (cx, cy) out to `radius`: even distances from the outer
        // ring are dark, odd ones light (finder: radius 3, alignment: radius 2).
        private int PatternFitness(int cx, int cy, int radius)
        {
            int score = 0;
            for (int dy = -radius; dy <= radius; dy++)
            {
                for (int dx = -radius; dx <= radius; dx++)
                {
                    int ax = dx < 0 ? -dx : dx;
                    int ay = dy < 0 ? -dy : dy;
                    int ring = ax > ay ? ax : ay;
                    int expected = ring == 0 || ((radius - ring) & 1) == 0 ? 1 : 0;
                    if (SampleModule(cx + dx, cy + dy) == expected)
                    {
                        score++;
                    }
                }
            }
            return score;
        }

        private int SampleModule(int x, int y)
        {
            _transform.Map(x + 0.5f, y + 0.5f);
            int ix = (int)(_transform.MappedX + 64f) - 64;
            int iy = (int)(_transform.MappedY + 64f) - 64;
            if (ix < 0 || iy < 0 || ix >= _map.Width || iy >= _map.Height)
            {
                return -1;
            }
            return _map.Dark(ix, iy) == Color ? 1 : 0;
        }

        private bool SampleGrid(int dimension, BitGrid grid)
        {
            grid.Reset(dimension);
            ThresholdMap map = _map;
            int w = map.Width;
            int h = map.Height;
            byte[] img = map.Image;
            byte[] thr = map.Map;
            int origin = map.Origin;
            int stride = map.Stride;
            int shift = map.BlockShift;
            int blocksX = map.BlocksX;
            int color = Color;
            float[] r = _row;
            for (int y = 0; y < dimension; y++)
            {
                float fy = y + 0.5f;
                // The homography's numerators and denominator are linear in x: step them per module.
                _transform.RowStart(fy, r);
                float nx = r[0] + 0.5f * r[3];
                float ny = r[1] + 0.5f * r[4];
                float d = r[2] + 0.5f * r[5];
                for (int x = 0; x < dimension; x++, nx += r[3], ny += r[4], d += r[5])
                {
                    if (d == 0f)
                    {
                        return false;
                    }
                    int ix = (int)(nx / d + 64f) - 64;
                    int iy = (int)(ny / d + 64f) - 64;
                    // Points just outside the frame are nudged in; anything further means a bad fit.
                    if (ix < -1 || iy < -1 || ix > w || iy > h)
                    {
                        return false;
                    }
                    if (ix < 0)
                    {
                        ix = 0;
                    }
                    else if (ix >= w)
                    {
                        ix = w - 1;
                    }
                    if (iy < 0)
                    {
                        iy = 0;
                    }
                    else if (iy >= h)
                    {
                        iy = h - 1;
                    }
                    int dark = img[origin + iy * stride + ix] <= thr[(iy >> shift) * blocksX + (ix >> shift)] ? 1 : 0;
                    if (Vote)
                    {
                        dark = dark == color ? 1 : 0;
                        int votes = 2 * dark + Probe(x + 0.25f, fy - 0.25f) + Probe(x + 0.75f, fy - 0.25f)
                            + Probe(x + 0.25f, fy + 0.25f) + Probe(x + 0.75f, fy + 0.25f);
                        if (votes >= 3)
                        {
                            grid.SetDark(x, y);
                        }
                    }
                    else if (dark == color)
                    {
                        grid.SetDark(x, y);
                    }
                }
            }
            return true;
        }

        /// <summary>When set, each module is the weighted vote of its centre and four inner points.</summary>
        public bool Vote;

        private int Probe(float x, float y)
        {
            _transform.Map(x, y);
            int ix = (int)(_transform.MappedX + 64f) - 64;
            int iy = (int)(_transform.MappedY + 64f) - 64;
            if (ix < 0 || iy < 0 || ix >= _map.Width || iy >= _map.Height)
            {
                return 0;
            }
            return _map.Dark(ix, iy) == Color ? 1 : 0;
        }

        // Module size from the black-white-black run lengths leaving a finder centre towards
        // another (and away from it): each way covers 3.5 modules.
        private float OneWay(float fx, float fy, float tx, float ty)
        {
            float a = RunBothWays((int)fx, (int)fy, (int)tx, (int)ty);
            float b = RunBothWays((int)tx, (int)ty, (int)fx, (int)fy);
            if (a < 0)
            {
                return b < 0 ? -1f : b / 7f;
            }
            if (b < 0)
            {
                return a / 7f;
            }
            return (a + b) / 14f;
        }

        private float RunBothWays(int fromX, int fromY, int toX, int toY)
        {
            float result = Run(fromX, fromY, toX, toY);
            if (result < 0)
            {
                return -1f;
            }
            int w = _map.Width;
            int h = _map.Height;
            float scale = 1f;
            int otherX = fromX - (toX - fromX);
            if (otherX < 0)
            {
                scale = fromX / (float)(fromX - otherX);
                otherX = 0;
            }
            else if (otherX >= w)
            {
                scale = (w - 1 - fromX) / (float)(otherX - fromX);
                otherX = w - 1;
            }
            int otherY = (int)(fromY - (toY - fromY) * scale);
            scale = 1f;
            if (otherY < 0)
            {
                scale = fromY / (float)(fromY - otherY);
                otherY = 0;
            }
            else if (otherY >= h)
            {
                scale = (h - 1 - fromY) / (float)(otherY - fromY);
                otherY = h - 1;
            }
            otherX = (int)(fromX + (otherX - fromX) * scale);
            float other = Run(fromX, fromY, otherX, otherY);
            if (other < 0)
            {
                return -1f;
            }
            return result + other - 1f;
        }

        // Bresenham walk from a finder centre: length until the second dark-to-light change.
        private float Run(int fromX, int fromY, int toX, int toY)
        {
            bool steep = Abs(toY - fromY) > Abs(toX - fromX);
            if (steep)
            {
                int t = fromX; fromX = fromY; fromY = t;
                t = toX; toX = toY; toY = t;
            }
            int dx = Abs(toX - fromX);
            int dy = Abs(toY - fromY);
            int error = -dx / 2;
            int xstep = fromX < toX ? 1 : -1;
            int ystep = fromY < toY ? 1 : -1;
            int state = 0;
            int xLimit = toX + xstep;
            int color = Color;
            ThresholdMap map = _map;
            for (int x = fromX, y = fromY; x != xLimit; x += xstep)
            {
                int rx = steep ? y : x;
                int ry = steep ? x : y;
                if (rx < 0 || ry < 0 || rx >= map.Width || ry >= map.Height)
                {
                    break;
                }
                if ((state == 1) == (map.Dark(rx, ry) == color))
                {
                    if (state == 2)
                    {
                        return Sqrt(Dist2(x, y, fromX, fromY));
                    }
                    state++;
                }
                error += dy;
                if (error > 0)
                {
                    if (y == toY)
                    {
                        break;
                    }
                    y += ystep;
                    error -= dx;
                }
            }
            if (state == 2)
            {
                return Sqrt(Dist2(toX + xstep, toY, fromX, fromY));
            }
            return -1f;
        }

        // Searches a window of +-allowance modules around the estimate for a 1:1:1 light-dark-light
        // row run (the alignment centre module) confirmed vertically, scanning rows from the middle out.
        private bool FindAlignment(float ex, float ey, int allowanceFactor)
        {
            ThresholdMap map = _map;
            float ms = ModuleSize;
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
            int color = Color;
            int[] s = _align;
            bool haveFirst = false;
            float firstX = 0, firstY = 0;
            for (int gen = 0; gen <= height; gen++)
            {
                int half = (gen + 1) >> 1;
                int y = (gen & 1) == 0 ? middle + half : middle - half;
                if (y < top || y > bottom)
                {
                    continue;
                }
                // Last three complete runs r0 (light), r1 (module colour), r2 (light).
                int r0 = 0, r1 = 0, r2 = 0, runs = 0;
                int cur = map.Dark(left, y) == color ? 1 : 0;
                int run = 0;
                for (int x = left; x <= right + 1; x++)
                {
                    int d = x <= right ? (map.Dark(x, y) == color ? 1 : 0) : 1 - cur;
                    if (d == cur)
                    {
                        run++;
                        continue;
                    }
                    r0 = r1;
                    r1 = r2;
                    r2 = run;
                    runs++;
                    cur = d;
                    run = 1;
                    if (d == 0 || runs < 3)
                    {
                        continue;
                    }
                    s[0] = r0;
                    s[1] = r1;
                    s[2] = r2;
                    if (!IsAlignRatio(s, ms))
                    {
                        continue;
                    }
                    float ax = x - r2 - r1 * 0.5f;
                    float ay = CrossCheckAlignment((int)ax, y, 2 * r1, r0 + r1 + r2);
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
                    else if (Abs2(ax - firstX) <= ms && Abs2(ay - firstY) <= ms)
                    {
                        AlignX = (ax + firstX) * 0.5f;
                        AlignY = (ay + firstY) * 0.5f;
                        return true;
                    }
                }
            }
            if (haveFirst)
            {
                AlignX = firstX;
                AlignY = firstY;
                return true;
            }
            return false;
        }

        private static bool IsAlignRatio(int[] s, float ms)
        {
            float tol = ms * 0.5f;
            return Abs2(ms - s[0]) < tol && Abs2(ms - s[1]) < tol && Abs2(ms - s[2]) < tol;
        }

        private float CrossCheckAlignment(int x, int y, int maxCount, int originalTotal)
        {
            ThresholdMap map = _map;
            int h = map.Height;
            int color = Color;
            int[] s = _align;
            int a = 0, b = 0, c = 0;
            int i = y;
            while (i >= 0 && map.Dark(x, i) == color && b <= maxCount)
            {
                b++;
                i--;
            }
            if (i < 0 || b > maxCount)
            {
                return -1f;
            }
            while (i >= 0 && map.Dark(x, i) != color && a <= maxCount)
            {
                a++;
                i--;
            }
            if (a > maxCount)
            {
                return -1f;
            }
            i = y + 1;
            while (i < h && map.Dark(x, i) == color && b <= maxCount)
            {
                b++;
                i++;
            }
            if (i == h || b > maxCount)
            {
                return -1f;
            }
            while (i < h && map.Dark(x, i) != color && c <= maxCount)
            {
                c++;
                i++;
            }
            if (c > maxCount)
            {
                return -1f;
            }
            int total = a + b + c;
            if (5 * Abs(total - originalTotal) >= 2 * originalTotal)
            {
                return -1f;
            }
            s[0] = a;
            s[1] = b;
            s[2] = c;
            if (!IsAlignRatio(s, ModuleSize))
            {
                return -1f;
            }
            return i - c - b * 0.5f;
        }

        private static int Abs(int v)
        {
            return v < 0 ? -v : v;
        }

        private static float Abs2(float v)
        {
            return v < 0 ? -v : v;
        }

        private static float Dist2(float ax, float ay, float bx, float by)
        {
            float dx = ax - bx;
            float dy = ay - by;
            return dx * dx + dy * dy;
        }

        /// <summary>Square root by Newton iteration (System.Math is not in the v1 mscorlib).</summary>
        public static float Sqrt(float v)
        {
            if (v <= 0f)
            {
                return 0f;
            }
            float r = v > 1f ? v * 0.5f : 1f;
            for (int i = 0; i < 20; i++)
            {
                float next = 0.5f * (r + v / r);
                if (next >= r)
                {
                    // Converged from above.
                    return next < r ? next : r;
                }
                r = next;
            }
            return r;
        }
    }
}
