namespace GlassesFirmware.Qr
{
    /// <summary>
    /// The part of a code read as the frame shows it (without a corrected codeword, or with corrections whose every
    /// flipped module <see cref="CorrectedModuleCheck"/> confirmed) that the glance's rows after the read skip: no other
    /// code can lie there unseen. Anything stuck over that part covers the code's data modules, which would then have
    /// needed correction that the frame does not confirm; what is skipped is the code shrunk by <see cref="Margin"/>
    /// modules on every side, less its three finder corners (finder, separator and format information, and from
    /// version 7 the version blocks, widened by the margin too), where a sticker could cover function modules only. A
    /// finder that reaches into the area from outside covers at least <see cref="Margin"/> modules of the code's data,
    /// so a code beside or partly over this one is still seen whole by the rows outside it (docs/security.md). The area
    /// is three convex quadrilaterals in frame pixels (the band between the top finders, the full-width band between
    /// the finder rows, and the bottom band right of the bottom-left finder); a row meets each in at most one span, and
    /// an upright code's rows mostly meet one. After any read of the glance it also keeps the read code's finders, whose
    /// row hits need no cross-check again (<see cref="OnReadFinder"/>).
    /// </summary>
    public sealed class CleanReadArea
    {
        /// <summary>Modules between the code's edge (and its finder corners) and the area.</summary>
        public const int Margin = 2;

        /// <summary>Work estimate (IL instructions, calibrated with Host/CostMeter) of one row's <see cref="Skips"/>.</summary>
        public const int RowCost = 300;

        private const int Quads = 3;

        // Per quadrilateral: its top and bottom y; per edge (4 a quadrilateral): the y range it spans, its x at the
        // range's top and the change of x per pixel down.
        private readonly float[] _top = new float[Quads];
        private readonly float[] _bottom = new float[Quads];
        private readonly float[] _edgeTop = new float[4 * Quads];
        private readonly float[] _edgeBottom = new float[4 * Quads];
        private readonly float[] _edgeX = new float[4 * Quads];
        private readonly float[] _edgeSlope = new float[4 * Quads];
        private readonly float[] _corners = new float[8];
        private readonly int[] _spans = new int[2 * Quads];
        // The read code's finders: centre x, centre y and module size of each.
        private readonly float[] _finders = new float[9];
        private bool _finderKept;
        // The rows any quadrilateral reaches.
        private float _areaTop;
        private float _areaBottom;
        private bool _set;

        /// <summary>True while an area is set (after a clean read, until the next glance or scan begins).</summary>
        public bool Set
        {
            get { return _set; }
        }

        /// <summary>The last <see cref="Skips"/>' spans: [2k] first skipped pixel, [2k + 1] first scanned again.</summary>
        public int[] Spans
        {
            get { return _spans; }
        }

        /// <summary>Forgets the area and the finders: every row is scanned whole and every hit cross-checked.</summary>
        public void Clear()
        {
            _set = false;
            _finderKept = false;
        }

        /// <summary>
        /// Sets the area of a code of <paramref name="dimension"/> modules whose module coordinates (0 to dimension
        /// across) map to frame pixels through <paramref name="transform"/>. Its finder corners are top-left,
        /// top-right and bottom-left in module coordinates, so a mirrored read gives the same area.
        /// </summary>
        public void Cover(Perspective transform, int dimension)
        {
            // Finder (7), separator (1) and format information (1); the version blocks reach 11 modules in.
            int corner = (dimension >= 45 ? 11 : 9) + Margin;
            int low = Margin;
            int high = dimension - Margin;
            Quad(0, transform, corner, low, dimension - corner, corner);
            Quad(1, transform, low, corner, high, dimension - corner);
            Quad(2, transform, corner, dimension - corner, high, high);
            _areaTop = _top[0];
            _areaBottom = _bottom[0];
            for (int q = 1; q < Quads; q++)
            {
                _areaTop = _top[q] < _areaTop ? _top[q] : _areaTop;
                _areaBottom = _bottom[q] > _areaBottom ? _bottom[q] : _areaBottom;
            }
            _set = true;
        }

        /// <summary>
        /// Keeps the finders of the code read, candidates <paramref name="a"/>, <paramref name="b"/> and
        /// <paramref name="c"/> of the centres <paramref name="x"/>, <paramref name="y"/> and module sizes
        /// <paramref name="moduleSize"/> (pixels), for <see cref="OnReadFinder"/>.
        /// </summary>
        public void KeepFinders(float[] x, float[] y, float[] moduleSize, int a, int b, int c)
        {
            Keep(0, x, y, moduleSize, a);
            Keep(3, x, y, moduleSize, b);
            Keep(6, x, y, moduleSize, c);
            _finderKept = true;
        }

        private void Keep(int at, float[] x, float[] y, float[] moduleSize, int i)
        {
            _finders[at] = x[i];
            _finders[at + 1] = y[i];
            _finders[at + 2] = moduleSize[i];
        }

        /// <summary>
        /// True when a row hit centred at (<paramref name="x"/>, <paramref name="y"/>) whose five runs total
        /// <paramref name="total"/> pixels is one of the read code's own finders again: its row crosses the finder's
        /// centre stone (within 1.5 modules of its centre), its centre is within a module of the finder's and its module
        /// within half of the finder's. Its cross-check would only merge it into that finder's candidate.
        /// </summary>
        public bool OnReadFinder(float x, int y, int total)
        {
            if (!_finderKept)
            {
                return false;
            }
            float[] f = _finders;
            for (int k = 0; k < 9; k += 3)
            {
                // Most hits are rows away from every finder: the row is tested first.
                float m = f[k + 2];
                float dy = y - f[k + 1];
                if (dy > 1.5f * m || -dy > 1.5f * m)
                {
                    continue;
                }
                float dx = x - f[k];
                float dm = total / 7f - m;
                if (dx <= m && -dx <= m && 2f * dm <= m && -2f * dm <= m)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// The pixels of row <paramref name="y"/> (of a frame <paramref name="width"/> wide) to skip, as
        /// <see cref="Spans"/>[2k] (first skipped) and [2k + 1] (first scanned again) for k below the returned
        /// count (at most 3), in order and apart.
        /// </summary>
        public int Skips(int y, int width)
        {
            float line = y + 0.5f;
            if (!_set || line < _areaTop || line > _areaBottom)
            {
                return 0;
            }
            int[] spans = _spans;
            float[] top = _top;
            float[] bottom = _bottom;
            float[] edgeTop = _edgeTop;
            float[] edgeBottom = _edgeBottom;
            float[] edgeX = _edgeX;
            float[] edgeSlope = _edgeSlope;
            int count = 0;
            for (int q = 0; q < Quads; q++)
            {
                if (line < top[q] || line > bottom[q])
                {
                    continue;
                }
                float left = 1e9f;
                float right = -1e9f;
                for (int e = 4 * q; e < 4 * q + 4; e++)
                {
                    float upper = edgeTop[e];
                    if (line < upper || line > edgeBottom[e])
                    {
                        continue;
                    }
                    float x = edgeX[e] + (line - upper) * edgeSlope[e];
                    left = x < left ? x : left;
                    right = x > right ? x : right;
                }
                if (right < 0f || left >= width)
                {
                    continue;
                }
                // Pixel x is skipped when its centre x + 0.5 lies in [left, right] (clamped to the row).
                int from = left < 0f ? 0 : -QrMath.Floor(0.5f - left);
                int to = right >= width ? width : QrMath.Floor(right - 0.5f) + 1;
                if (to <= from)
                {
                    continue;
                }
                // Insert in order of start (Merge then joins the spans that touch).
                int at = count;
                while (at > 0 && spans[2 * at - 2] > from)
                {
                    spans[2 * at] = spans[2 * at - 2];
                    spans[2 * at + 1] = spans[2 * at - 1];
                    at--;
                }
                spans[2 * at] = from;
                spans[2 * at + 1] = to;
                count++;
            }
            // One span or none has nothing to merge.
            return count <= 1 ? count : Merge(spans, count);
        }

        // Merges the sorted spans that touch or overlap; returns how many are left.
        private static int Merge(int[] spans, int count)
        {
            int merged = 0;
            for (int k = 0; k < count; k++)
            {
                int from = spans[2 * k];
                int to = spans[2 * k + 1];
                if (merged > 0 && from <= spans[2 * merged - 1])
                {
                    if (to > spans[2 * merged - 1])
                    {
                        spans[2 * merged - 1] = to;
                    }
                    continue;
                }
                spans[2 * merged] = from;
                spans[2 * merged + 1] = to;
                merged++;
            }
            return merged;
        }

        // Quadrilateral q: module rectangle [u0, u1] x [v0, v1] in frame pixels, as its y range and edges.
        private void Quad(int q, Perspective t, int u0, int v0, int u1, int v1)
        {
            float[] c = _corners;
            Corner(0, t, u0, v0);
            Corner(2, t, u1, v0);
            Corner(4, t, u1, v1);
            Corner(6, t, u0, v1);
            float top = c[1];
            float bottom = c[1];
            for (int i = 0; i < 4; i++)
            {
                float ya = c[2 * i + 1];
                top = ya < top ? ya : top;
                bottom = ya > bottom ? ya : bottom;
                int b = 2 * ((i + 1) & 3);
                float yb = c[b + 1];
                int e = 4 * q + i;
                // Upper end first; a level edge spans no row (its neighbours give its ends).
                int upper = ya <= yb ? 2 * i : b;
                int lower = ya <= yb ? b : 2 * i;
                _edgeTop[e] = c[upper + 1];
                _edgeBottom[e] = c[lower + 1] == c[upper + 1] ? c[upper + 1] - 1f : c[lower + 1];
                _edgeX[e] = c[upper];
                _edgeSlope[e] = c[lower + 1] == c[upper + 1] ? 0f : (c[lower] - c[upper]) / (c[lower + 1] - c[upper + 1]);
            }
            _top[q] = top;
            _bottom[q] = bottom;
        }

        private void Corner(int at, Perspective t, int u, int v)
        {
            t.Map(u, v);
            _corners[at] = t.MappedX;
            _corners[at + 1] = t.MappedY;
        }
    }
}
