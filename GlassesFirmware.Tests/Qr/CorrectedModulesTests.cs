using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    /// <summary>
    /// A read's corrected modules are found again: a 1-L symbol ("GLASSES PAY 42", mask 3) read from a grid with data
    /// modules flipped, whose corrections <see cref="CorrectedModules.Locate"/> traces back to exactly those modules.
    /// </summary>
    [TestClass]
    public class CorrectedModulesTests
    {
        private const string Text = "GLASSES PAY 42";
        private const int Dim = 21;

        [TestMethod]
        public void EveryDataModuleFlippedAloneIsLocated()
        {
            // Each of the 208 data modules in turn: every place a codeword bit can take in the walk, at a strip's ends,
            // beside the timing column and the format areas, in codewords that cross from one strip into the next.
            BitGrid clean = Symbol();
            BitGrid grid = new BitGrid();
            SymbolDecoder decoder = new SymbolDecoder();
            int located = 0;
            for (int y = 0; y < Dim; y++)
            {
                for (int x = 0; x < Dim; x++)
                {
                    if (IsFunction(x, y))
                    {
                        continue;
                    }
                    Copy(clean, grid);
                    Flip(grid, x, y);
                    Read(decoder, grid, 1);
                    Assert.IsTrue(decoder.LocateCorrections(grid));
                    CorrectedModules modules = decoder.Corrections;
                    Assert.AreEqual(1, modules.Modules);
                    Assert.AreEqual(x, (int)modules.X[0]);
                    Assert.AreEqual(y, (int)modules.Y[0]);
                    AssertSameGrid(clean, grid);
                    located++;
                }
            }
            Assert.AreEqual(208, located);
        }

        [TestMethod]
        public void ModulesOfSeveralCodewordsAreAllLocatedAndTheGridReadsAsTheCode()
        {
            BitGrid clean = Symbol();
            BitGrid grid = new BitGrid();
            Copy(clean, grid);
            // The first codeword's first two bits, and one module in each of two other codewords.
            Flip(grid, 20, 20);
            Flip(grid, 19, 20);
            Flip(grid, 10, 10);
            Flip(grid, 3, 12);
            SymbolDecoder decoder = new SymbolDecoder();
            Read(decoder, grid, 3);
            Assert.IsTrue(decoder.LocateCorrections(grid));
            CorrectedModules modules = decoder.Corrections;
            Assert.AreEqual(4, modules.Modules);
            AssertLocated(modules, 20, 20);
            AssertLocated(modules, 19, 20);
            AssertLocated(modules, 10, 10);
            AssertLocated(modules, 3, 12);
            AssertSameGrid(clean, grid);
        }

        [TestMethod]
        public void ACleanReadHasNothingToLocate()
        {
            BitGrid grid = Symbol();
            SymbolDecoder decoder = new SymbolDecoder();
            Read(decoder, grid, 0);
            Assert.IsTrue(decoder.LocateCorrections(grid));
            Assert.AreEqual(0, decoder.Corrections.Modules);
        }

        [TestMethod]
        public void MoreThanItHoldsIsNotLocated()
        {
            CodewordWalker walker = new CodewordWalker(new byte[26]);
            walker.Begin(Dim, 1, 3, 26, 1, 1, 19, 7);
            BitGrid grid = new BitGrid();
            grid.Reset(Dim);
            CorrectedModules modules = new CorrectedModules();
            // One corrected codeword more than it holds.
            for (int k = 0; k <= CorrectedModules.MaxCodewords; k++)
            {
                modules.Add(k, 1);
            }
            Assert.IsFalse(modules.Locate(walker, grid));
            // More flipped bits than modules it holds.
            modules.Clear();
            for (int k = 0; k < 5; k++)
            {
                modules.Add(k, 0xFF);
            }
            Assert.IsFalse(modules.Locate(walker, grid));
            // A version whose codeword ends are not noted.
            modules.Clear();
            modules.Add(0, 1);
            walker.Begin(73, 14, 3, 581, 4, 4, 115, 30);
            Assert.IsFalse(modules.Locate(walker, grid));
            Assert.AreEqual(0, modules.Modules);
        }

        // The symbol's modules as a grid (dark set), drawn one pixel a module and read back.
        private static BitGrid Symbol()
        {
            const int side = Dim + 8;
            byte[] frame = QrTestKit.Frame(side, side, 128);
            QrTestKit.DrawV1(frame, side, 0, 0, 1, QrTestKit.AlphanumericV1(Text), 3, false, false, 0);
            BitGrid grid = new BitGrid();
            grid.Reset(Dim);
            for (int y = 0; y < Dim; y++)
            {
                for (int x = 0; x < Dim; x++)
                {
                    if (frame[(y + 4) * side + x + 4] < 128)
                    {
                        grid.SetDark(x, y);
                    }
                }
            }
            return grid;
        }

        private static void Read(SymbolDecoder decoder, BitGrid grid, int corrected)
        {
            Assert.AreEqual((int)QrStatus.Ok, (int)decoder.BeginRead(grid));
            WorkBudget budget = new WorkBudget();
            budget.Reset(1 << 30, 1 << 30);
            QrCode code = new QrCode();
            Assert.AreEqual((int)QrStatus.Ok, (int)decoder.ContinueRead(grid, code, budget, true));
            Assert.AreEqual(Text, code.Text);
            Assert.AreEqual(corrected, code.CorrectedCodewords);
        }

        private static bool IsFunction(int x, int y)
        {
            return x == 6 || y == 6 || (y < 9 && (x < 9 || x >= Dim - 8)) || (x < 9 && y >= Dim - 8);
        }

        private static void Copy(BitGrid from, BitGrid to)
        {
            to.Reset(Dim);
            for (int i = 0; i < from.Words.Length; i++)
            {
                to.Words[i] = from.Words[i];
            }
        }

        private static void Flip(BitGrid grid, int x, int y)
        {
            grid.Words[y * BitGrid.WordsPerRow + (x >> 5)] ^= 1 << (x & 31);
        }

        private static void AssertSameGrid(BitGrid expected, BitGrid actual)
        {
            for (int y = 0; y < Dim; y++)
            {
                for (int x = 0; x < Dim; x++)
                {
                    Assert.AreEqual(expected.Get(x, y), actual.Get(x, y));
                }
            }
        }

        private static void AssertLocated(CorrectedModules modules, int x, int y)
        {
            bool found = false;
            for (int i = 0; i < modules.Modules; i++)
            {
                found |= modules.X[i] == x && modules.Y[i] == y;
            }
            Assert.IsTrue(found, "module (" + x + ", " + y + ") not located");
        }
    }
}
