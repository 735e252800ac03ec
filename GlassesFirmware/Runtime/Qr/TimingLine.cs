namespace GlassesFirmware.Qr
{
    /// <summary>
    /// The cheap cross-check that tells a finder triple of a symbol from three look-alikes in texture: between
    /// two finders of a symbol runs a timing pattern (row or column 6), modules alternating dark and light, while
    /// the row through the finders' centres carries data, which does not alternate (periodic texture does on
    /// both). Walks such a line on the thresholded frame, three samples a module. No allocation; a few hundred
    /// samples at most.
    /// </summary>
    public sealed class TimingLine
    {
        /// <summary>Interpreter work (IL instructions, about) per sample of a walk.</summary>
        public const int SampleCost = 145;

        // Samples per module along the line.
        private const int PerModule = 3;

        private int _samples;

        /// <summary>Samples the last <see cref="Shows"/> took (for the caller's work charge).</summary>
        public int Samples
        {
            get { return _samples; }
        }

        /// <summary>
        /// True when the line from the finder at (<paramref name="ax"/>, <paramref name="ay"/>) to the one at
        /// (<paramref name="bx"/>, <paramref name="by"/>), <paramref name="offset"/> modules towards the third finder
        /// at (<paramref name="cx"/>, <paramref name="cy"/>), alternates once a module of <paramref name="ms"/>
        /// pixels, as the timing pattern (offset 3) does and data (offset 0, through the centres) does not. The first
        /// run, cut by the walk's start at a separator's edge, may be long; with <paramref name="boundFirstRun"/> (a line
        /// beside the symbol, in the quiet zone, expected not to alternate) it too ends the walk once longer than 2 modules.
        /// </summary>
        public bool Shows(ThresholdMap map, float ax, float ay, float bx, float by, float cx, float cy, float ms,
            float offset, bool boundFirstRun)
        {
            _samples = 0;
            float abx = bx - ax;
            float aby = by - ay;
            float acx = cx - ax;
            float acy = cy - ay;
            float ab = QrMath.Sqrt(abx * abx + aby * aby);
            float ac = QrMath.Sqrt(acx * acx + acy * acy);
            // Modules between the outer edges of the two finders' separators (module 7.5 to dim - 7.5).
            float modules = ab / ms - 8f;
            if (modules < 5f || ac <= 0f)
            {
                return false;
            }
            int n = (int)(modules * PerModule);
            float shift = offset * ms / ac;
            float x = ax + abx * (4f * ms / ab) + acx * shift;
            float y = ay + aby * (4f * ms / ab) + acy * shift;
            float dx = abx * (modules / ab * ms) / n;
            float dy = aby * (modules / ab * ms) / n;
            int w = map.Width;
            int h = map.Height;
            // Pixels and thresholds read inline (ThresholdMap.Dark), as for every sample of every walked triple.
            byte[] img = map.Image;
            byte[] thr = map.Map;
            int origin = map.Origin;
            int stride = map.Stride;
            // Coordinates are not negative where they are divided: the division is the shift (cheaper for the interpreter).
            int side = 1 << map.BlockShift;
            int blocksX = map.BlocksX;
            int runs = 0;
            int good = 0;
            int run = 0;
            int last = -1;
            for (int i = 0; i <= n; i++)
            {
                int px = (int)(x + dx * i);
                int py = (int)(y + dy * i);
                if ((uint)px >= (uint)w || (uint)py >= (uint)h)
                {
                    return false;
                }
                int v = img[origin + py * stride + px] <= thr[py / side * blocksX + px / side] ? 1 : 0;
                if (v == last || last < 0)
                {
                    run++;
                    if (boundFirstRun && runs == 0 && run > 2 * PerModule)
                    {
                        _samples = i + 1;
                        return false;
                    }
                }
                else
                {
                    // A run between two changes (the first, cut by the walk's start, does not count).
                    if (runs > 0)
                    {
                        if (run > 2 * PerModule)
                        {
                            _samples = i;
                            return false;
                        }
                        if (run >= PerModule - 1 && run <= PerModule + 1)
                        {
                            good++;
                        }
                    }
                    runs++;
                    run = 1;
                }
                last = v;
            }
            _samples = n + 1;
            // Whole runs seen: one per module but the two cut at the ends.
            int whole = runs - 1;
            float expected = modules - 1f;
            return whole >= 0.7f * expected && whole <= 1.3f * expected && 4 * good >= 3 * whole;
        }
    }
}
