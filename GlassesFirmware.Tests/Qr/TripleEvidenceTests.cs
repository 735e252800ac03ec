using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    /// <summary>
    /// The finders' rows on the frame's own pixels (<see cref="TripleEvidence.FinderRows"/>): finder look-alikes that the
    /// threshold map makes of near-flat dark noise, or of a checkerboard's single squares, must not pass for finders.
    /// </summary>
    [TestClass]
    public class TripleEvidenceTests
    {
        private const int Side = 120;
        private const byte Light = 200;
        private const byte Dark = 40;

        // Finder centres of the candidates: a corner and the ends of its two legs.
        private static readonly int[] CentreX = { 30, 90, 30 };
        private static readonly int[] CentreY = { 30, 30, 90 };

        [TestMethod]
        public void FindersShowOnTheirRows()
        {
            byte[] frame = QrTestKit.Frame(Side, Side, Light);
            for (int i = 0; i < 3; i++)
            {
                DrawFinder(frame, CentreX[i], CentreY[i], 4);
            }

            Assert.IsTrue(Rows(frame, 4f));
        }

        [TestMethod]
        public void NearFlatDarkNoiseShowsNoFinder()
        {
            // Grey levels 0-6, as in the dark half of a photo region whose map binarized them into look-alikes.
            byte[] frame = new byte[Side * Side];
            int seed = 12345;
            for (int p = 0; p < frame.Length; p++)
            {
                seed = seed * 1103515245 + 12345;
                frame[p] = (byte)(((seed >> 16) & 0x7fff) % 7);
            }

            Assert.IsFalse(Rows(frame, 1.5f));
        }

        [TestMethod]
        public void ACheckerboardsSingleSquareIsNoFindersCentre()
        {
            // Squares of 5 px; the coarse map made candidates of 3.7 px a module (a centre of 11 px) at a square's centre.
            byte[] frame = new byte[Side * Side];
            for (int y = 0; y < Side; y++)
            {
                for (int x = 0; x < Side; x++)
                {
                    frame[y * Side + x] = ((x / 5) + (y / 5)) % 2 == 0 ? Dark : Light;
                }
            }

            Assert.IsFalse(Rows(frame, 3.7f, 2));
        }

        private static bool Rows(byte[] frame, float moduleSize)
        {
            return Rows(frame, moduleSize, 0);
        }

        // TripleEvidence.FinderRows for three dark-centred candidates of moduleSize at CentreX/CentreY shifted by `shift`.
        private static bool Rows(byte[] frame, float moduleSize, int shift)
        {
            ThresholdMap map = new ThresholdMap(Side, Side, null);
            map.Build(frame, 0, Side, Side, Side, ThresholdMap.Coarse);
            FinderScanner finders = new FinderScanner();
            for (int i = 0; i < 3; i++)
            {
                finders.X[i] = CentreX[i] + shift;
                finders.Y[i] = CentreY[i] + shift;
                finders.ModuleSize[i] = moduleSize;
                finders.Polarity[i] = 1;
            }

            return new TripleEvidence().FinderRows(finders, 0, 1, 2, map);
        }

        // A finder of 7 x 7 modules of `scale` px centred on (cx, cy): dark ring, light ring, 3 x 3 dark centre.
        private static void DrawFinder(byte[] frame, int cx, int cy, int scale)
        {
            int left = cx - (7 * scale) / 2;
            int top = cy - (7 * scale) / 2;
            for (int my = 0; my < 7; my++)
            {
                for (int mx = 0; mx < 7; mx++)
                {
                    int ring = Ring(mx, my);
                    byte value = ring == 1 ? Light : Dark;
                    for (int y = 0; y < scale; y++)
                    {
                        for (int x = 0; x < scale; x++)
                        {
                            frame[(top + my * scale + y) * Side + left + mx * scale + x] = value;
                        }
                    }
                }
            }
        }

        // 0 for the outer ring, 1 for the light ring, 2 for the centre.
        private static int Ring(int mx, int my)
        {
            int dx = mx < 3 ? 3 - mx : mx - 3;
            int dy = my < 3 ? 3 - my : my - 3;
            int d = dx > dy ? dx : dy;
            return d == 3 ? 0 : (d == 2 ? 1 : 2);
        }
    }
}
