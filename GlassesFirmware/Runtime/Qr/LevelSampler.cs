namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Last-resort sampling from grey values instead of the threshold map: one symbol-wide threshold
    /// splits the module-centre grey levels. Fabric and glare break the block map's local statistics
    /// but seldom this symbol-wide one.
    /// </summary>
    public static class LevelSampler
    {
        /// <summary>
        /// Samples the grey level at each module centre through <paramref name="transform"/> into
        /// <paramref name="scratch"/> (needs dimension squared bytes) and splits them with an
        /// iterative-intermeans threshold into <paramref name="grid"/>. Returns false when a module
        /// centre falls outside the frame or the levels do not split.
        /// </summary>
        public static bool Sample(Perspective transform, ThresholdMap map, int color, int dimension, BitGrid grid, byte[] scratch)
        {
            if (dimension * dimension > scratch.Length)
            {
                return false;
            }
            byte[] img = map.Image;
            int n = 0;
            for (int y = 0; y < dimension; y++)
            {
                for (int x = 0; x < dimension; x++, n++)
                {
                    transform.Map(x + 0.5f, y + 0.5f);
                    int ix = (int)(transform.MappedX + 64f) - 64;
                    int iy = (int)(transform.MappedY + 64f) - 64;
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
                    if (dark == color)
                    {
                        grid.SetDark(x, y);
                    }
                }
            }
            return true;
        }
    }
}
