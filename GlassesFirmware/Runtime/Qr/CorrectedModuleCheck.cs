namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Looks again at the modules a read's error correction flipped (<see cref="CorrectedModules"/>): each must show
    /// its corrected colour in the frame against its own neighbourhood, not only against the threshold map. Its centre
    /// pixel must lie on the corrected side of the level halfway between the mean centre levels of the modules around
    /// it (5 x 5 modules within the symbol) that the corrected code calls dark and light, and those means must differ
    /// by at least <see cref="MinContrast"/>. A module that a threshold pooled over a block read wrong (blur lowers a
    /// lone module's contrast) passes; a module of something stuck over the code, which shows its own colour, not the
    /// code's, does not (docs/security.md).
    /// </summary>
    public static class CorrectedModuleCheck
    {
        /// <summary>Least difference (grey levels) between the mean levels of the dark and light modules around.</summary>
        public const int MinContrast = 24;

        /// <summary>Work estimate (IL instructions, calibrated with Host/CostMeter) per module checked.</summary>
        public const int ModuleCost = 1800;

        /// <summary>
        /// True when every located module of <paramref name="modules"/> shows its colour in <paramref name="grid"/>
        /// (the corrected code; a set bit is module colour <paramref name="color"/>, 1 dark) in the frame of
        /// <paramref name="map"/>. <paramref name="transform"/> holds the module-to-pixel transform as
        /// <see cref="Perspective.CopyTo"/> writes it; grid module (x, y) is its point (y, x) when the read was
        /// <paramref name="mirrored"/>. False too when a corner of the symbol lies outside the frame.
        /// </summary>
        public static bool Confirms(CorrectedModules modules, BitGrid grid, float[] transform, ThresholdMap map,
            int color, bool mirrored)
        {
            float[] t = transform;
            // Along a grid row the transform's terms change by (au, bu, cu) a module, down a column by (av, bv, cv).
            float au = mirrored ? t[3] : t[0], bu = mirrored ? t[4] : t[1], cu = mirrored ? t[5] : t[2];
            float av = mirrored ? t[0] : t[3], bv = mirrored ? t[1] : t[4], cv = mirrored ? t[2] : t[5];
            float a0 = t[6], b0 = t[7], c0 = t[8];
            int dim = grid.Dimension;
            int[] words = grid.Words;
            byte[] image = map.Image;
            int origin = map.Origin;
            int stride = map.Stride;
            float lastX = map.Width - 1;
            float lastY = map.Height - 1;
            // With the symbol's corner centres inside the frame (and a positive denominator there), every module centre
            // is too: the transform maps the symbol to a convex quadrilateral.
            float edge = dim - 0.5f;
            if (!Inside(t, 0.5f, 0.5f, lastX, lastY) || !Inside(t, edge, 0.5f, lastX, lastY)
                || !Inside(t, 0.5f, edge, lastX, lastY) || !Inside(t, edge, edge, lastX, lastY))
            {
                return false;
            }
            for (int i = 0; i < modules.Modules; i++)
            {
                int x = modules.X[i];
                int y = modules.Y[i];
                int x0 = x > 2 ? x - 2 : 0;
                int x1 = x < dim - 3 ? x + 2 : dim - 1;
                int y0 = y > 2 ? y - 2 : 0;
                int y1 = y < dim - 3 ? y + 2 : dim - 1;
                float u0 = x0 + 0.5f;
                int sum = 0, sumDark = 0, count = 0, darkCount = 0, level = 0;
                for (int my = y0; my <= y1; my++)
                {
                    // The module itself is on its row at column x.
                    int centre = my == y ? x : -1;
                    float v = my + 0.5f;
                    float nx = au * u0 + av * v + a0;
                    float ny = bu * u0 + bv * v + b0;
                    float d = cu * u0 + cv * v + c0;
                    // The window's modules of this row from bit 0 up (from two words when it crosses one's end).
                    int at = my * BitGrid.WordsPerRow + (x0 >> 5);
                    int bits = (int)((uint)words[at] >> x0);
                    if ((x1 >> 5) != (x0 >> 5))
                    {
                        bits |= words[at + 1] << (32 - (x0 & 31));
                    }
                    for (int mx = x0; mx <= x1; mx++, nx += au, ny += bu, d += cu, bits >>= 1)
                    {
                        int w = image[origin + (int)(ny / d) * stride + (int)(nx / d)];
                        if (mx == centre)
                        {
                            level = w;
                        }
                        sum += w;
                        if ((bits & 1) == color)
                        {
                            sumDark += w;
                            darkCount++;
                        }
                    }
                    count += x1 - x0 + 1;
                }
                // The module itself was counted with its corrected colour: take it out again.
                bool dark = ((words[y * BitGrid.WordsPerRow + (x >> 5)] >> x) & 1) == color;
                sum -= level;
                count--;
                if (dark)
                {
                    sumDark -= level;
                    darkCount--;
                }
                int sumLight = sum - sumDark;
                int lightCount = count - darkCount;
                // With n = darkCount * lightCount: (mean light - mean dark) * n, and twice the halfway level times n.
                int n = darkCount * lightCount;
                if (n == 0 || sumLight * darkCount - sumDark * lightCount < MinContrast * n)
                {
                    return false;
                }
                // A pixel at the halfway level is dark, as one at its threshold is.
                if (dark != (2 * level * n <= sumDark * lightCount + sumLight * darkCount))
                {
                    return false;
                }
            }
            return true;
        }

        // True when point (u, v) maps through t with a positive denominator to within pixels 0 to last on both axes
        // (false for NaN).
        private static bool Inside(float[] t, float u, float v, float lastX, float lastY)
        {
            float d = t[2] * u + t[5] * v + t[8];
            if (!(d > 0f))
            {
                return false;
            }
            float fx = (t[0] * u + t[3] * v + t[6]) / d;
            float fy = (t[1] * u + t[4] * v + t[7]) / d;
            return fx >= 0f && fy >= 0f && fx <= lastX && fy <= lastY;
        }
    }
}
