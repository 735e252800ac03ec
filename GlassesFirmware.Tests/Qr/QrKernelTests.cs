using GlassesFirmware.Qr;
using GlassesFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    [TestClass]
    public class QrKernelTests
    {
        private const string Text = "GLASSES PAY 42";

        [TestMethod]
        public void DecoderRunsEveryPerPixelStageThroughTheKernelsItIsGiven()
        {
            byte[] frame = QrTestKit.Frame(160, 160, 128);
            QrTestKit.DrawV1(frame, 160, 10, 12, 4, QrTestKit.AlphanumericV1(Text), 3, false, false, 1);
            CountingQrKernels kernels = new CountingQrKernels();
            QrResultSet results = new QrResultSet();
            Assert.AreEqual((int)QrStatus.Ok, (int)new QrDecoder(160, 160, kernels).Decode(frame, 160, 160, 160, results));
            Assert.AreEqual(1, results.Count);
            Assert.AreEqual(Text, results.Get(0).Text);
            Assert.IsTrue(kernels.BlackPointCalls > 0, "black points");
            Assert.IsTrue(kernels.SmoothCalls > 0, "smoothing");
            Assert.IsTrue(kernels.FinderRowCalls > 0, "finder rows");
            Assert.IsTrue(kernels.SampleRowCalls > 0, "grid rows");
        }

        [TestMethod]
        public void FinderRowStopsAtAFinderWindowAndThenFinishesTheRow()
        {
            // Light 10, dark 2, light 2, dark 6, light 2, dark 2, light 10 against a threshold of 128 everywhere.
            int[] runs = { 10, 2, 2, 6, 2, 2, 10 };
            byte[] row = new byte[34];
            int x = 0;
            for (int r = 0; r < runs.Length; r++)
            {
                for (int i = 0; i < runs[r]; i++)
                {
                    row[x++] = (byte)(r % 2 == 0 ? 200 : 40);
                }
            }

            byte[] map = new byte[5];
            for (int i = 0; i < map.Length; i++)
            {
                map[i] = 128;
            }

            int[] scan = new int[FinderRowKernel.Length];
            Assert.AreEqual(FinderRowKernel.Hit, FinderRowKernel.Next(row, 0, 34, map, 0, 3, scan));
            Assert.AreEqual(2, scan[FinderRowKernel.A]);
            Assert.AreEqual(2, scan[FinderRowKernel.B]);
            Assert.AreEqual(6, scan[FinderRowKernel.C]);
            Assert.AreEqual(2, scan[FinderRowKernel.D]);
            Assert.AreEqual(2, scan[FinderRowKernel.E]);
            Assert.AreEqual(24, scan[FinderRowKernel.Position]);
            Assert.AreEqual(1, scan[FinderRowKernel.Color]);
            Assert.AreEqual(FinderRowKernel.RowDone, FinderRowKernel.Next(row, 0, 34, map, 0, 3, scan));
            Assert.AreEqual(6, scan[FinderRowKernel.Runs]);
        }

        [DataRow(0)]  // every row's end centres at least half a pixel inside: the rows without clamps
        [DataRow(-8)] // the first row's and column's centres 0.2 px from the frame's edge: the rows through them clamp
        public void GridRowsReadACheckerboardThroughTheTransformAndLeaveTheFinderCornersClear(int tenths)
        {
            // 21x21 modules of 2 px, dark where x + y is even; the transform maps module space onto it at scale 2,
            // moved by tenths / 10 pixels (a centre 2x + 1 + offset still falls in pixel 2x or 2x + 1).
            float offset = tenths / 10f;
            const int side = 42;
            byte[] image = new byte[side * side];
            for (int y = 0; y < side; y++)
            {
                for (int x = 0; x < side; x++)
                {
                    image[y * side + x] = (byte)(((x >> 1) + (y >> 1)) % 2 == 0 ? 30 : 220);
                }
            }

            byte[] map = new byte[6 * 6];
            for (int i = 0; i < map.Length; i++)
            {
                map[i] = 128;
            }

            Perspective fit = new Perspective();
            float far = side + offset;
            fit.Fit(0, 0, 21, 0, 21, 21, 0, 21, offset, offset, far, offset, far, far, offset, far);
            float[] transform = new float[GridRowKernel.TransformLength];
            fit.CopyTo(transform);
            BitGrid grid = new BitGrid();
            grid.Reset(21);
            Assert.IsTrue(GridRowKernel.SampleRows(image, 0, side, side, side, map, 3, 6, transform, 1, false, 21, 0, 21, grid.Words));
            for (int y = 0; y < 21; y++)
            {
                for (int x = 0; x < 21; x++)
                {
                    bool corner = (x < 8 || x >= 13) && y < 8 || x < 8 && y >= 13;
                    Assert.AreEqual(!corner && (x + y) % 2 == 0 ? 1 : 0, grid.Get(x, y), "module " + x + ", " + y);
                }
            }
        }
    }
}
