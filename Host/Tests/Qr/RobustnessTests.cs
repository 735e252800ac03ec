using System;
using GlassesFirmware.Qr;
using Xunit;

namespace GlassesFirmware.Host.Tests.Qr
{
    /// <summary>Bad and random input: typed statuses, never an exception, never a decode from noise.</summary>
    public class RobustnessTests
    {
        [Fact]
        public void RandomFramesOfRandomShapeNeverThrowNorDecode()
        {
            var rng = new Random(12345);
            var decoder = new QrDecoder(320, 320);
            var results = new QrResultSet();
            for (int i = 0; i < 400; i++)
            {
                int width = rng.Next(1, 321);
                int height = rng.Next(1, 321);
                int stride = width + rng.Next(0, 17);
                byte[] frame = new byte[stride * (height - 1) + width + rng.Next(0, 3)];
                if (i % 2 == 0)
                {
                    rng.NextBytes(frame);
                }
                else
                {
                    // Blocky noise has edges at the scale of finder patterns.
                    int block = rng.Next(1, 9);
                    for (int y = 0; y < height; y++)
                    {
                        for (int x = 0; x < width; x++)
                        {
                            frame[y * stride + x] = (byte)(((x / block) * 7 + (y / block) * 13 + rng.Next(3)) % 5 < 2 ? 20 : 230);
                        }
                    }
                }

                int rx = rng.Next(0, width);
                int ry = rng.Next(0, height);
                int rw = rng.Next(1, width - rx + 1);
                int rh = rng.Next(1, height - ry + 1);
                Assert.Equal(QrStatus.Ok, decoder.Decode(frame, width, height, stride, results));
                Assert.Equal(0, results.Count);
                Assert.Equal(QrStatus.Ok, decoder.Decode(frame, width, height, stride, rx, ry, rw, rh, results));
                Assert.Equal(0, results.Count);
            }
        }

        [Theory]
        [InlineData(int.MaxValue, 2, int.MaxValue, QrStatus.BufferTooSmall)]
        [InlineData(2, int.MaxValue, 2, QrStatus.BufferTooSmall)]
        [InlineData(100, 100, int.MaxValue, QrStatus.BufferTooSmall)]
        [InlineData(0, 0, 0, QrStatus.BadDimensions)]
        [InlineData(-1, 10, 10, QrStatus.BadDimensions)]
        [InlineData(10, -10, 10, QrStatus.BadDimensions)]
        [InlineData(10, 10, 9, QrStatus.StrideTooSmall)]
        [InlineData(10, 10, -5, QrStatus.StrideTooSmall)]
        public void ImpossibleGeometryIsAnArgumentStatus(int width, int height, int stride, QrStatus expected)
        {
            var results = new QrResultSet();
            Assert.Equal(expected, new QrDecoder(240, 240).Decode(new byte[10000], width, height, stride, results));
            Assert.Equal(expected, results.LastFailure);
            Assert.True(QrStatusText.IsArgumentError(expected));
        }

        [Fact]
        public void FrameLargerThanTheDecoderWasBuiltForIsRefused()
        {
            Assert.Equal(QrStatus.FrameTooLarge, new QrDecoder(240, 240).Decode(new byte[241 * 240], 241, 240, 241, new QrResultSet()));
            // The same frame is fine when the region fits.
            Assert.Equal(QrStatus.Ok, new QrDecoder(240, 240).Decode(new byte[241 * 240], 241, 240, 241, 1, 0, 240, 240, new QrResultSet()));
        }

        [Theory]
        [InlineData(0, 0, 64, 64)]
        [InlineData(36, 36, 64, 64)]
        [InlineData(99, 0, 1, 100)]
        [InlineData(0, 99, 100, 1)]
        [InlineData(80, 80, 20, 20)]
        public void RegionsTouchingTheFrameEdgesAreAccepted(int x, int y, int w, int h)
        {
            byte[] frame = new byte[100 * 100];
            new Random(x + y).NextBytes(frame);
            Assert.Equal(QrStatus.Ok, new QrDecoder(100, 100).Decode(frame, 100, 100, 100, x, y, w, h, new QrResultSet()));
        }

        [Theory]
        [InlineData(37, 36, 64, 64)]
        [InlineData(0, 0, 101, 10)]
        [InlineData(0, 0, 0, 10)]
        [InlineData(100, 0, 1, 1)]
        [InlineData(int.MaxValue, 0, 1, 1)]
        [InlineData(1, 1, int.MaxValue, 1)]
        public void RegionsOutsideTheFrameAreRefused(int x, int y, int w, int h)
        {
            Assert.Equal(QrStatus.BadRegion, new QrDecoder(100, 100).Decode(new byte[100 * 100], 100, 100, 100, x, y, w, h, new QrResultSet()));
        }

        [Fact]
        public void CodeFreeFramesAllocateNothingInSteadyState()
        {
            var decoder = new QrDecoder(240, 240);
            var results = new QrResultSet();
            byte[] frame = new byte[240 * 240];
            new Random(9).NextBytes(frame);
            for (int i = 0; i < 5; i++)
            {
                decoder.Decode(frame, 240, 240, 240, results);
            }

            // The runtime's tiered JIT can allocate on this thread while it swaps in optimised code, at moments that
            // depend on timing; a decoder that allocates does so in every round, so one clean round of 20 is the proof.
            long allocated = -1;
            for (int round = 0; round < 10 && allocated != 0; round++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < 20; i++)
                {
                    decoder.Decode(frame, 240, 240, 240, results);
                }

                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            Assert.Equal(0, allocated);
        }
    }
}
