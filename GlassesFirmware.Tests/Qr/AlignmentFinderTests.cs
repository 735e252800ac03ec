using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    [TestClass]
    public class AlignmentFinderTests
    {
        private const int Side = 96;
        private const int Module = 3;

        [TestMethod]
        public void ASharpPatternIsFoundAtItsCentre()
        {
            byte[] frame = QrTestKit.Frame(Side, Side, 200);
            Draw(frame, 48, 48, true);
            AssertFoundAt(Map(frame), 4, false, 48.5f, 48.5f);
        }

        [TestMethod]
        public void ACentreBlurredToOnePixelIsFoundOnlyBySearchesThatAllowIt()
        {
            // Blur and the threshold shrink the one-module centre to a pixel between two wider light runs (4, 1, 4).
            byte[] frame = QrTestKit.Frame(Side, Side, 200);
            Draw(frame, 48, 48, false);
            ThresholdMap map = Map(frame);
            AlignmentFinder finder = new AlignmentFinder();
            Assert.IsFalse(finder.Find(map, 1, Module, 48.5f, 48.5f, 8, false));
            AssertFoundAt(map, 8, true, 48.5f, 48.5f);
        }

        [TestMethod]
        public void ASharpPatternInTheWindowWinsOverABlurredOneNearerItsMiddle()
        {
            byte[] frame = QrTestKit.Frame(Side, Side, 200);
            Draw(frame, 48, 48, false);
            Draw(frame, 72, 48, true);
            AssertFoundAt(Map(frame), 12, true, 72.5f, 48.5f);
        }

        [TestMethod]
        public void TwoRowsOfOneBlurredCentreEndTheSearchBeforeTheWindowIsWalked()
        {
            // The centre blurred to a pixel across and two rows down, with a sharp pattern further out that the rest of
            // the window would have reached: the second row that agrees with the first ends the search there.
            byte[] frame = QrTestKit.Frame(Side, Side, 200);
            Draw(frame, 48, 48, false, 2);
            Draw(frame, 48, 76, true);
            AlignmentFinder finder = AssertFoundAt(Map(frame), 12, true, 48.5f, 49f);
            Assert.IsTrue(finder.LastPixels < 10 * Side, "pixels walked: " + finder.LastPixels);
        }

        // A 5x5-module alignment pattern centred on pixel (cx, cy): dark ring, light ring, dark centre module, or
        // with `sharp` false a centre of one pixel across and `rows` down from (cx, cy).
        private static void Draw(byte[] frame, int cx, int cy, bool sharp)
        {
            Draw(frame, cx, cy, sharp, 1);
        }

        private static void Draw(byte[] frame, int cx, int cy, bool sharp, int rows)
        {
            int half = 5 * Module / 2;
            for (int y = cy - half; y <= cy + half; y++)
            {
                for (int x = cx - half; x <= cx + half; x++)
                {
                    int ring = Ring(x - cx, y - cy);
                    bool dark = ring == 2 || (ring == 0 && (sharp || (x == cx && y >= cy && y < cy + rows)));
                    frame[y * Side + x] = (byte)(dark ? 40 : 200);
                }
            }
        }

        // 0 for the centre module, 1 for the light ring, 2 for the dark ring.
        private static int Ring(int dx, int dy)
        {
            int d = dx < 0 ? -dx : dx;
            int e = dy < 0 ? -dy : dy;
            int m = d > e ? d : e;
            return m <= Module / 2 ? 0 : (m <= Module / 2 + Module ? 1 : 2);
        }

        private static ThresholdMap Map(byte[] frame)
        {
            ThresholdMap map = new ThresholdMap(Side, Side, null);
            map.Build(frame, 0, Side, Side, Side, ThresholdMap.Coarse);
            return map;
        }

        // A search of the window of +-`window` modules around the frame's middle finds a pattern at (x, y), within a pixel.
        private static AlignmentFinder AssertFoundAt(ThresholdMap map, int window, bool blurred, float x, float y)
        {
            AlignmentFinder finder = new AlignmentFinder();
            Assert.IsTrue(finder.Find(map, 1, Module, 48.5f, 48.5f, window, blurred));
            AssertNear(x, finder.X, "x");
            AssertNear(y, finder.Y, "y");
            return finder;
        }

        private static void AssertNear(float expected, float actual, string what)
        {
            float d = expected - actual;
            Assert.IsTrue(d <= 1f && d >= -1f, what + ": " + actual.ToString());
        }
    }
}
