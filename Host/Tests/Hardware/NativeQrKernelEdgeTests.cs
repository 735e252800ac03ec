using System;
using GlassesFirmware.Qr;
using Xunit;

namespace GlassesFirmware.Host.Tests.Hardware
{
    /// <summary>
    /// The native QR kernels at the edges the benchmark frames rarely reach: the smallest frames with every split of
    /// their bands, grids through degenerate homographies (a vanishing denominator, NaN, infinities, huge and tiny
    /// coefficients, centres exactly on pixel borders), and arguments out of range, which the C kernels refuse
    /// (GF_QR_OUT_OF_RANGE) before writing anything.
    /// </summary>
    [Trait("Category", GccLibrary.NativeC)]
    public class NativeQrKernelEdgeTests
    {
        [Theory]
        [InlineData(16, 16)]
        [InlineData(17, 23)]
        [InlineData(21, 21)]
        [InlineData(33, 16)]
        [InlineData(47, 90)]
        public void SmallFramesWithEveryBandSplitGiveTheSameBytes(int width, int height)
        {
            var kernels = new ComparingQrKernels { Frame = width + "x" + height };
            var rng = new Random(width * 1000 + height);
            byte[] image = new byte[width * height];
            rng.NextBytes(image);
            // Flat patches too, so flat blocks borrow from their neighbours.
            Array.Fill(image, (byte)200, 0, width * 5);
            for (int quality = ThresholdMap.Coarse; quality <= ThresholdMap.Full; quality++)
            {
                int shift = quality == ThresholdMap.Coarse ? 4 : 3;
                int blocksY = (height + (1 << shift) - 1) >> shift;
                for (int from = 0; from <= blocksY; from++)
                {
                    for (int to = from; to <= blocksY; to++)
                    {
                        byte[] blackPoints = new byte[((width + 7) >> 3) * ((height + 7) >> 3)];
                        rng.NextBytes(blackPoints);
                        kernels.BlackPoints(image, 0, width, width, height, quality, from, to, blackPoints, new byte[blocksY]);
                    }
                }
            }

            QrKernelSweep.Compare(kernels, width + "x" + height, image, width, height, rng);
        }

        [Fact]
        public void GridsThroughDegenerateTransformsGiveTheSameBytes()
        {
            const int width = 64, height = 48;
            var kernels = new ComparingQrKernels { Frame = "64x48 noise" };
            var rng = new Random(5);
            byte[] image = new byte[width * height];
            rng.NextBytes(image);
            byte[] map = new byte[8 * 6];
            kernels.BlackPoints(image, 0, width, width, height, ThresholdMap.Fast, 0, 6, map, new byte[6]);
            kernels.Smooth(map, new byte[8 * 6], 8, 6, 5);
            float nan = float.NaN, inf = float.PositiveInfinity;
            float[][] transforms =
            {
                new float[9],                                      // every denominator 0
                new[] { 2f, 0, 0, 0, 2, 0, -1.5f, -1.5f, 1 },      // centres exactly on pixel borders, from -0.5 px
                new[] { 3f, 0, 0, 0, 2, 0, 0.5f, 0.5f, 1 },        // inside, then past the right edge
                new[] { -2f, 0, 0, 0, -2, 0, 63.5f, 47.5f, 1 },    // mirrored
                new[] { 1f, 0, -0.04f, 0, 1, 0, 0, 0, 1 },         // denominator crossing 0 along the row
                new[] { 1f, 0, 0.5f, 0, 1, 0.25f, 0, 0, 1e-30f },  // tiny denominator (probes take 1e-6)
                new[] { nan, 0, 0, 0, 1, 0, 0, 0, 1 },
                new[] { 1f, 0, 0, 0, 1, 0, inf, 0, 1 },
                new[] { 1f, 0, 0, 0, 1, 0, 0, -inf, 1 },
                new[] { 1e30f, 1e30f, 0, 0, 1, 0, 0, 0, 1 },
                new[] { 1e9f, 0, 0, 0, 1e9f, 0, 0, 0, 1e9f },       // large but cancelling
            };
            int[] words = new int[BitGrid.WordsPerRow * QrVersionDb.MaxDimension];
            for (int t = 0; t < transforms.Length + 200; t++)
            {
                float[] transform = t < transforms.Length ? transforms[t] : RandomTransform(rng);
                foreach (int dimension in new[] { 21, 33, 177 })
                {
                    for (int color = 0; color < 2; color++)
                    {
                        foreach (bool vote in new[] { false, true })
                        {
                            Array.Clear(words);
                            kernels.SampleRows(image, 0, width, width, height, map, 3, 8, transform, color, vote, dimension, 0, dimension, words);
                        }
                    }
                }
            }

            Assert.Equal((transforms.Length + 200) * 12, kernels.Calls[3]);
        }

        // Coefficients of mixed magnitude and sign, some of them exactly 0.
        private static float[] RandomTransform(Random rng)
        {
            float[] m = new float[GridRowKernel.TransformLength];
            for (int i = 0; i < m.Length; i++)
            {
                m[i] = rng.Next(4) == 0 ? 0f : (float)((rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-3, 4)));
            }

            return m;
        }

        [Fact]
        public void OutOfRangeArgumentsAreRefusedBeforeAnyWrite()
        {
            GccQrKernels c = GccQrKernels.Instance;
            byte[] image = new byte[32 * 32];
            new Random(9).NextBytes(image);
            byte[] points = Sentinel(16);
            byte[] busy = Sentinel(4);
            // Black points: a buffer or the image too short, bands outside the map, a quality or size not supported.
            Assert.Equal(GccQrKernels.OutOfRange, c.BlackPointsC(image, image.Length, 0, 32, 32, 32, ThresholdMap.Fast, 0, 4, points, 15, busy, 4));
            Assert.Equal(GccQrKernels.OutOfRange, c.BlackPointsC(image, image.Length, 0, 32, 32, 32, ThresholdMap.Fast, 0, 4, points, 16, busy, 3));
            Assert.Equal(GccQrKernels.OutOfRange, c.BlackPointsC(image, image.Length, 1, 32, 32, 32, ThresholdMap.Fast, 0, 4, points, 16, busy, 4));
            Assert.Equal(GccQrKernels.OutOfRange, c.BlackPointsC(image, image.Length, 0, 31, 32, 32, ThresholdMap.Fast, 0, 4, points, 16, busy, 4));
            Assert.Equal(GccQrKernels.OutOfRange, c.BlackPointsC(image, image.Length, 0, 32, 32, 32, ThresholdMap.Fast, 0, 5, points, 16, busy, 4));
            Assert.Equal(GccQrKernels.OutOfRange, c.BlackPointsC(image, image.Length, 0, 32, 32, 32, ThresholdMap.Fast, 3, 2, points, 16, busy, 4));
            Assert.Equal(GccQrKernels.OutOfRange, c.BlackPointsC(image, image.Length, 0, 32, 32, 32, 3, 0, 4, points, 16, busy, 4));
            Assert.Equal(GccQrKernels.OutOfRange, c.BlackPointsC(image, image.Length, 0, 32, 15, 32, ThresholdMap.Full, 0, 2, points, 16, busy, 4));
            Assert.Equal(GccQrKernels.OutOfRange, c.BlackPointsC(image, image.Length, 0, 32, 32, 32, ThresholdMap.Coarse, 0, 2, points, 16, null, 0));
            // Smoothing: a buffer shorter than the blocks, a window of 0.
            Assert.Equal(GccQrKernels.OutOfRange, c.SmoothC(points, 16, busy, 4, 4, 4, 5));
            Assert.Equal(GccQrKernels.OutOfRange, c.SmoothC(points, 16, Sentinel(16), 16, 4, 4, 0));
            Unchanged(points, busy);

            // Finder rows: the row past the image, the map row past the map, a bad shift, scan too short or resuming
            // past the row.
            int[] scan = new int[FinderRowKernel.Length];
            byte[] map = Sentinel(16);
            Assert.Equal(GccQrKernels.OutOfRange, c.FinderRowC(image, image.Length, 31 * 32 + 1, 32, map, 16, 0, 3, scan, scan.Length));
            Assert.Equal(GccQrKernels.OutOfRange, c.FinderRowC(image, image.Length, 0, 32, map, 16, 13, 3, scan, scan.Length));
            Assert.Equal(GccQrKernels.OutOfRange, c.FinderRowC(image, image.Length, 0, 32, map, 16, 0, 5, scan, scan.Length));
            Assert.Equal(GccQrKernels.OutOfRange, c.FinderRowC(image, image.Length, 0, 32, map, 16, 0, 3, scan, scan.Length - 1));
            scan[FinderRowKernel.Position] = 32;
            Assert.Equal(GccQrKernels.OutOfRange, c.FinderRowC(image, image.Length, 0, 32, map, 16, 0, 3, scan, scan.Length));
            Assert.Equal(new[] { 32, 0, 0, 0, 0, 0, 0, 0 }, scan);

            // Grid rows: rows past the grid or the words, a short transform, a map too small for the image.
            float[] transform = { 1, 0, 0, 0, 1, 0, 0, 0, 1 };
            int[] words = new int[BitGrid.WordsPerRow * 21];
            Assert.Equal(GccQrKernels.OutOfRange, c.SampleRowsC(image, image.Length, 0, 32, 32, 32, map, 16, 3, 4, transform, 9, 1, 0, 21, 0, 22, words, words.Length));
            Assert.Equal(GccQrKernels.OutOfRange, c.SampleRowsC(image, image.Length, 0, 32, 32, 32, map, 16, 3, 4, transform, 9, 1, 0, 21, 0, 21, words, words.Length - 1));
            Assert.Equal(GccQrKernels.OutOfRange, c.SampleRowsC(image, image.Length, 0, 32, 32, 32, map, 16, 3, 4, transform, 8, 1, 0, 21, 0, 21, words, words.Length));
            Assert.Equal(GccQrKernels.OutOfRange, c.SampleRowsC(image, image.Length, 0, 32, 32, 32, map, 15, 3, 4, transform, 9, 1, 0, 21, 0, 21, words, words.Length));
            Assert.Equal(GccQrKernels.OutOfRange, c.SampleRowsC(image, image.Length, 0, 32, 32, 32, map, 16, 3, 3, transform, 9, 1, 0, 21, 0, 21, words, words.Length));
            Assert.All(words, w => Assert.Equal(0, w));
            Unchanged(map);
        }

        private static byte[] Sentinel(int length)
        {
            byte[] bytes = new byte[length];
            Array.Fill(bytes, (byte)0xA5);
            return bytes;
        }

        private static void Unchanged(params byte[][] buffers)
        {
            foreach (byte[] buffer in buffers)
            {
                Assert.All(buffer, b => Assert.Equal(0xA5, b));
            }
        }
    }
}
