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
                QrTestKit.DrawFinder(frame, Side, CentreX[i], CentreY[i], 4, Light, Dark);
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
    }
}
