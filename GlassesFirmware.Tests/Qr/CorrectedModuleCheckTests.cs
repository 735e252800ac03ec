using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    /// <summary>
    /// A corrected module is confirmed only when the frame shows its corrected colour against the modules around it:
    /// a 21-module grid of 4 px modules at (10, 10) in a 110 x 110 frame, dark modules 40, light ones 200 (halfway
    /// level 120), module (10, 10) under test with the four next to it the other colour, as a lone module looks.
    /// </summary>
    [TestClass]
    public class CorrectedModuleCheckTests
    {
        private const int Side = 110;
        private const int Dim = 21;

        [DataRow(130, false, true)]  // light, lowered by blur but above the halfway level
        [DataRow(110, false, false)] // light by the code, darker than halfway in the frame
        [DataRow(110, true, true)]   // dark, raised by blur but below it
        [DataRow(120, true, true)]   // dark at the halfway level, as a pixel at its threshold is
        [DataRow(130, true, false)]
        public void TheModuleMustLieOnItsSideOfTheHalfwayLevel(int level, bool dark, bool confirmed)
        {
            Assert.AreEqual(confirmed, Check(40, 200, level, dark, false, 10f));
        }

        [TestMethod]
        public void TooLittleContrastAroundConfirmsNothing()
        {
            // Dark modules 110, light 130: 20 levels apart, under the 24 the check asks for.
            Assert.IsFalse(Check(110, 130, 125, false, false, 10f));
            Assert.IsTrue(Check(100, 130, 125, false, false, 10f));
        }

        [TestMethod]
        public void ModulesOfOneColourAroundConfirmNothing()
        {
            // A dark module with the dark pair made light: everything around it is light, no dark level to compare with.
            byte[] frame;
            BitGrid grid;
            Scene(40, 200, 40, true, false, 10f, out frame, out grid);
            Assert.IsTrue(Run(frame, grid, false, 10f));
            for (int x = 11; x <= 12; x++)
            {
                grid.Words[8 * BitGrid.WordsPerRow] ^= 1 << x;
                Paint(frame, 10f, x, 8, 200);
            }
            Assert.IsFalse(Run(frame, grid, false, 10f));
        }

        [TestMethod]
        public void ASymbolReachingOutOfTheFrameConfirmsNothing()
        {
            Assert.IsTrue(Check(40, 200, 130, false, false, 10f));
            Assert.IsFalse(Check(40, 200, 130, false, false, 30f));
        }

        [TestMethod]
        public void AMirroredReadLooksAtTheTransposedModules()
        {
            // The frame holds the pattern with a dark pair right of the module; the grid holds it transposed (below), as a
            // mirrored read leaves it.
            Assert.IsTrue(Check(40, 200, 130, false, true, 10f));
            byte[] frame;
            BitGrid grid;
            Scene(40, 200, 130, false, true, 10f, out frame, out grid);
            Assert.IsFalse(Run(frame, grid, false, 10f));
        }

        // The scene with the module under test at `level`, labelled dark or light, checked.
        private static bool Check(int dark, int light, int level, bool moduleDark, bool mirrored, float origin)
        {
            byte[] frame;
            BitGrid grid;
            Scene(dark, light, level, moduleDark, mirrored, origin, out frame, out grid);
            return Run(frame, grid, mirrored, origin);
        }

        private static bool Run(byte[] frame, BitGrid grid, bool mirrored, float origin)
        {
            ThresholdMap map = new ThresholdMap(Side, Side, null);
            map.Build(frame, 0, Side, Side, Side, ThresholdMap.Coarse);
            Perspective transform = new Perspective();
            float end = origin + 4f * Dim;
            transform.Fit(0f, 0f, Dim, 0f, Dim, Dim, 0f, Dim, origin, origin, end, origin, end, end, origin, end);
            float[] t = new float[GridRowKernel.TransformLength];
            transform.CopyTo(t);
            CorrectedModules modules = new CorrectedModules();
            modules.X[0] = 10;
            modules.Y[0] = 10;
            modules.Modules = 1;
            return CorrectedModuleCheck.Confirms(modules, grid, t, map, 1, mirrored);
        }

        // Grid labels (dark set) and frame: module (10, 10) and a pattern around it: the four modules next to it the other
        // colour, a dark pair at (11, 8) and (12, 8), the rest light; with `mirrored` the frame shows the pattern
        // transposed.
        private static void Scene(int dark, int light, int level, bool moduleDark, bool mirrored, float origin,
            out byte[] frame, out BitGrid grid)
        {
            frame = new byte[Side * Side];
            for (int i = 0; i < frame.Length; i++)
            {
                frame[i] = (byte)light;
            }
            grid = new BitGrid();
            grid.Reset(Dim);
            for (int y = 0; y < Dim; y++)
            {
                for (int x = 0; x < Dim; x++)
                {
                    bool next = (x == 10) != (y == 10) && x >= 9 && x <= 11 && y >= 9 && y <= 11;
                    bool isDark = x == 10 && y == 10 ? moduleDark : next ? !moduleDark : y == 8 && (x == 11 || x == 12);
                    if (isDark)
                    {
                        grid.SetDark(x, y);
                    }
                    int value = x == 10 && y == 10 ? level : isDark ? dark : light;
                    Paint(frame, origin, mirrored ? y : x, mirrored ? x : y, value);
                }
            }
        }

        // Fills the pixels of module (x, y) of the frame's symbol (4 px a module from `origin`) that lie in the frame.
        private static void Paint(byte[] frame, float origin, int x, int y, int value)
        {
            int left = (int)origin + 4 * x;
            int top = (int)origin + 4 * y;
            for (int py = top; py < top + 4; py++)
            {
                for (int px = left; px < left + 4; px++)
                {
                    if (px < Side && py < Side)
                    {
                        frame[py * Side + px] = (byte)value;
                    }
                }
            }
        }
    }
}
