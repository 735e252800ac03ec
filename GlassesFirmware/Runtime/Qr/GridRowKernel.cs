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
        /// inner points reach 3 votes. The finders' 8 x 8 corners stay clear. Returns false, with the rows before the
        /// failing one sampled, when a row's first or last centre falls a pixel or more outside the image.
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
                // The finders and their separators (8 x 8 modules in three corners) hold no data, format or version bits.
                int first = y < 8 || y >= dimension - 8 ? 8 : 0;
                int last = y < 8 ? dimension - 8 : dimension;
                // The homography's numerators and denominator are linear in x: step them per module. With the denominator
                // of one sign along it, the row maps to a segment, so its two end centres less than a pixel outside the
                // frame keep every centre so (and none is NaN).
                float nx = a21 * fy + a31 + (first + 0.5f) * a11;
                float ny = a22 * fy + a32 + (first + 0.5f) * a12;
                float d = a23 * fy + a33 + (first + 0.5f) * a13;
                float end = last - 0.5f;
                float dEnd = a23 * fy + a33 + end * a13;
                if (!(d > 0f && dEnd > 0f) && !(d < 0f && dEnd < 0f)
                    || !Near(nx / d, width) || !Near(ny / d, height)
                    || !Near((a21 * fy + a31 + end * a11) / dEnd, width) || !Near((a22 * fy + a32 + end * a12) / dEnd, height))
                {
                    return false;
                }
                int rowWords = y * BitGrid.WordsPerRow;
                if (!vote && Inside(nx / d, width) && Inside(ny / d, height)
                    && Inside((a21 * fy + a31 + end * a11) / dEnd, width) && Inside((a22 * fy + a32 + end * a12) / dEnd, height))
                {
                    // Both end centres half a pixel inside the frame: so is every centre between them, with room for the
                    // steps' rounding, and no centre needs a clamp. Each word's modules are gathered and stored at once.
                    for (int x = first; x < last; )
                    {
                        int wordEnd = (x | 31) + 1;
                        wordEnd = wordEnd < last ? wordEnd : last;
                        int bits = 0;
                        for (; x < wordEnd; x++, nx += a11, ny += a12, d += a13)
                        {
                            int ix = (int)(nx / d);
                            int iy = (int)(ny / d);
                            if (((map[iy / side * blocksX + ix / side] - image[origin + iy * stride + ix]) ^ flip) >= 0)
                            {
                                bits |= 1 << x;
                            }
                        }
                        words[rowWords + ((x - 1) >> 5)] |= bits;
                    }
                    continue;
                }
                for (int x = first; x < last; x++, nx += a11, ny += a12, d += a13)
                {
                    // (int) truncates towards zero: a centre less than a pixel left of or above the frame lands on its first
                    // pixel; one less than a pixel past its end is nudged in. (One unsigned compare per axis passes the
                    // centres inside.)
                    int ix = (int)(nx / d);
                    int iy = (int)(ny / d);
                    if ((uint)ix >= (uint)width)
                    {
                        ix = ix < 0 ? 0 : width - 1;
                    }
                    if ((uint)iy >= (uint)height)
                    {
                        iy = iy < 0 ? 0 : height - 1;
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

        // True when v lies less than a pixel outside 0..n (false for NaN).
        private static bool Near(float v, int n)
        {
            return v > -1f && v < n + 1;
        }

        // True when v lies at least half a pixel inside 0..n.
        private static bool Inside(float v, int n)
        {
            return v >= 0.5f && v <= n - 0.5f;
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
