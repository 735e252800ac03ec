namespace GlassesFirmware.Qr
{
    /// <summary>
    /// The per-pixel part of grid sampling (<see cref="ModuleSampler.SampleRows"/>): reads the thresholded pixel at
    /// each module centre of a band of module rows through a homography, alone or with a 5-point vote, into the
    /// packed words of a <see cref="BitGrid"/>. A pure function over the caller's buffers;
    /// Hardware/Native/GlassesFirmware.QrKernels/gf_qr_kernels.c is the C twin, in the same single-precision float
    /// steps (Host/Tests/Hardware/NativeQrKernelsTests compares them byte for byte).
    /// </summary>
    public static class GridRowKernel
    {
        /// <summary>Floats of a transform as <see cref="Perspective.CopyTo"/> writes it.</summary>
        public const int TransformLength = 9;

        /// <summary>
        /// Samples module rows <paramref name="fromRow"/> to <paramref name="toRow"/> - 1 of a
        /// <paramref name="dimension"/>-module grid into <paramref name="words"/> (module (x, y) is bit x &amp; 31 of
        /// words[y * <see cref="BitGrid.WordsPerRow"/> + (x &gt;&gt; 5)]; bits are only set, so the rows start clear).
        /// Module (x, y) maps to image pixels through <paramref name="transform"/> (<see cref="Perspective.CopyTo"/>);
        /// a pixel (x, y) of the width x height image is image[origin + y * stride + x] and dark when at most
        /// map[(y &gt;&gt; shift) * blocksX + (x &gt;&gt; shift)]. A module is set when its centre's darkness is
        /// <paramref name="color"/> (1 dark) or, with <paramref name="vote"/>, when the centre (weight 2) and four
        /// inner points reach 3 votes. Returns false, with the rows before the failing module sampled, when a
        /// centre falls more than a pixel outside the image.
        /// </summary>
        public static bool SampleRows(byte[] image, int origin, int stride, int width, int height, byte[] map, int shift,
            int blocksX, float[] transform, int color, bool vote, int dimension, int fromRow, int toRow, int[] words)
        {
            float a11 = transform[0], a12 = transform[1], a13 = transform[2];
            float a21 = transform[3], a22 = transform[4], a23 = transform[5];
            float a31 = transform[6], a32 = transform[7], a33 = transform[8];
            // Pixel coordinates are not negative where they are used, so dividing by the block side is the C twin's
            // shift (a shift by a variable costs the interpreter two instructions more than a division).
            int side = 1 << shift;
            // (threshold - pixel) is not negative for a dark pixel: xored with `flip` it is not negative for a pixel of
            // the module colour.
            int flip = color == 1 ? 0 : -1;
            for (int y = fromRow; y < toRow; y++)
            {
                float fy = y + 0.5f;
                // The homography's numerators and denominator are linear in x: step them per module.
                float nx = a21 * fy + a31 + 0.5f * a11;
                float ny = a22 * fy + a32 + 0.5f * a12;
                float d = a23 * fy + a33 + 0.5f * a13;
                int rowWords = y * BitGrid.WordsPerRow;
                for (int x = 0; x < dimension; x++, nx += a11, ny += a12, d += a13)
                {
                    if (d == 0f)
                    {
                        return false;
                    }
                    int ix = (int)(nx / d + 64f) - 64;
                    int iy = (int)(ny / d + 64f) - 64;
                    // Points just outside the frame are nudged in; anything further means a bad fit. (One unsigned
                    // compare per axis passes the points inside.)
                    if ((uint)ix >= (uint)width || (uint)iy >= (uint)height)
                    {
                        if (ix < -1 || iy < -1 || ix > width || iy > height)
                        {
                            return false;
                        }
                        if (ix < 0)
                        {
                            ix = 0;
                        }
                        else if (ix >= width)
                        {
                            ix = width - 1;
                        }
                        if (iy < 0)
                        {
                            iy = 0;
                        }
                        else if (iy >= height)
                        {
                            iy = height - 1;
                        }
                    }
                    int level = (map[iy / side * blocksX + ix / side] - image[origin + iy * stride + ix]) ^ flip;
                    if (vote)
                    {
                        int votes = (level >= 0 ? 2 : 0)
                            + Probe(image, origin, stride, width, height, map, shift, blocksX, transform, color, x + 0.25f, fy - 0.25f)
                            + Probe(image, origin, stride, width, height, map, shift, blocksX, transform, color, x + 0.75f, fy - 0.25f)
                            + Probe(image, origin, stride, width, height, map, shift, blocksX, transform, color, x + 0.25f, fy + 0.25f)
                            + Probe(image, origin, stride, width, height, map, shift, blocksX, transform, color, x + 0.75f, fy + 0.25f);
                        if (votes >= 3)
                        {
                            words[rowWords + (x >> 5)] |= 1 << (x & 31);
                        }
                    }
                    else if (level >= 0)
                    {
                        // C# takes a shift count modulo 32: 1 << x is bit x & 31.
                        words[rowWords + (x >> 5)] |= 1 << x;
                    }
                }
            }
            return true;
        }

        // 1 when the pixel at module point (x, y) is inside the image and of the module colour.
        private static int Probe(byte[] image, int origin, int stride, int width, int height, byte[] map, int shift,
            int blocksX, float[] m, int color, float x, float y)
        {
            float den = m[2] * x + m[5] * y + m[8];
            if (den == 0f)
            {
                den = 1e-6f;
            }
            int ix = (int)((m[0] * x + m[3] * y + m[6]) / den + 64f) - 64;
            int iy = (int)((m[1] * x + m[4] * y + m[7]) / den + 64f) - 64;
            if (ix < 0 || iy < 0 || ix >= width || iy >= height)
            {
                return 0;
            }
            int dark = image[origin + iy * stride + ix] <= map[(iy >> shift) * blocksX + (ix >> shift)] ? 1 : 0;
            return dark == color ? 1 : 0;
        }
    }
}
