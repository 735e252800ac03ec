using System;
using GlassesFirmware.Qr;

namespace GlassesFirmware.Host.Tests.Hardware
{
    /// <summary>
    /// Drives every QR kernel over one frame through a <see cref="ComparingQrKernels"/>: first each kernel over the
    /// whole frame (the three threshold maps, built in two band groups and smoothed; every row's finder walk on each
    /// map; grids sampled through random homographies, some leaving the frame, by centre and by vote), then the
    /// decoder itself on the first frames of a held view of the frame, so the calls it makes (band groups, walks resumed after hits, grid
    /// bands) are compared as made.
    /// </summary>
    internal static class QrKernelSweep
    {
        /// <summary>Compares every kernel on the <paramref name="width"/> x <paramref name="height"/> frame <paramref name="pixels"/>.</summary>
        public static void Compare(ComparingQrKernels kernels, string name, byte[] pixels, int width, int height, Random rng)
        {
            kernels.Frame = name;
            // The frame inside a larger buffer, so origin and stride matter as in a decoded region.
            int stride = width + 3;
            int origin = 2 * stride + 1;
            byte[] image = new byte[origin + height * stride + 5];
            rng.NextBytes(image);
            for (int y = 0; y < height; y++)
            {
                Array.Copy(pixels, y * width, image, origin + y * stride, width);
            }

            int blocks = ((width + 7) >> 3) * ((height + 7) >> 3);
            byte[] blackPoints = new byte[blocks];
            byte[] rowPass = new byte[blocks];
            byte[] busyRows = new byte[(height + 7) >> 3];
            int[] scan = new int[FinderRowKernel.Length];
            for (int quality = ThresholdMap.Coarse; quality <= ThresholdMap.Full; quality++)
            {
                int shift = quality == ThresholdMap.Coarse ? 4 : 3;
                int blocksX = (width + (1 << shift) - 1) >> shift;
                int blocksY = (height + (1 << shift) - 1) >> shift;
                int split = rng.Next(0, blocksY + 1);
                kernels.BlackPoints(image, origin, stride, width, height, quality, 0, split, blackPoints, busyRows);
                kernels.BlackPoints(image, origin, stride, width, height, quality, split, blocksY, blackPoints, busyRows);
                kernels.Smooth(blackPoints, rowPass, blocksX, blocksY, quality == ThresholdMap.Coarse ? 3 : 5);
                byte[] map = blackPoints;
                for (int y = 0; y < height; y++)
                {
                    scan[FinderRowKernel.Position] = 0;
                    while (kernels.FinderRow(image, origin + y * stride, width, map, (y >> shift) * blocksX, shift, scan) == FinderRowKernel.Hit)
                    {
                    }
                }

                if (quality != ThresholdMap.Coarse)
                {
                    Grids(kernels, image, origin, stride, width, height, map, blocksX, rng);
                }
            }

            // The first frames of a held view: the glance, the maps in band groups as the budget splits them, the scans
            // and the first triples (later frames repeat the same calls on further rows and triples).
            var decoder = new QrDecoder(width, height, kernels);
            var results = new QrResultSet();
            for (int f = 0; f < DecodedFrames && decoder.Decode(pixels, width, height, width, results) == QrStatus.Ok && results.Count == 0 && decoder.Pending; f++)
            {
            }
        }

        // Frames of a held view decoded through the comparing kernels.
        private const int DecodedFrames = 4;

        // Two grids through random quadrilaterals around the frame centre (one in five reaching past the frame).
        private static void Grids(ComparingQrKernels kernels, byte[] image, int origin, int stride, int width, int height,
            byte[] map, int blocksX, Random rng)
        {
            var fit = new Perspective();
            float[] transform = new float[GridRowKernel.TransformLength];
            int[] words = new int[BitGrid.WordsPerRow * QrVersionDb.MaxDimension];
            for (int k = 0; k < 2; k++)
            {
                int dimension = 21 + 4 * rng.Next(0, 40);
                double reach = Math.Min(width, height) * (rng.Next(5) == 0 ? 0.8 : 0.45);
                double angle = rng.NextDouble() * 2 * Math.PI;
                float[] corners = new float[8];
                for (int c = 0; c < 4; c++)
                {
                    double a = angle + c * Math.PI / 2 - 3 * Math.PI / 4;
                    double r = reach * (0.8 + 0.4 * rng.NextDouble());
                    corners[2 * c] = (float)(width / 2.0 + r * Math.Cos(a));
                    corners[2 * c + 1] = (float)(height / 2.0 + r * Math.Sin(a));
                }

                fit.Fit(0, 0, dimension, 0, dimension, dimension, 0, dimension,
                    corners[0], corners[1], corners[2], corners[3], corners[4], corners[5], corners[6], corners[7]);
                fit.CopyTo(transform);
                int split = rng.Next(0, dimension + 1);
                foreach (bool vote in new[] { false, true })
                {
                    int color = rng.Next(2);
                    Array.Clear(words);
                    if (kernels.SampleRows(image, origin, stride, width, height, map, 3, blocksX, transform, color, vote, dimension, 0, split, words))
                    {
                        kernels.SampleRows(image, origin, stride, width, height, map, 3, blocksX, transform, color, vote, dimension, split, dimension, words);
                    }
                }
            }
        }
    }
}
