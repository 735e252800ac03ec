using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    [TestClass]
    public class SymbolDecoderTests
    {
        [TestMethod]
        public void MaskPatternsAtKnownModules()
        {
            // Row y, column x; 1 means the module is flipped.
            Assert.AreEqual(1, SymbolDecoder.Mask(0, 0, 0));
            Assert.AreEqual(0, SymbolDecoder.Mask(0, 0, 1));
            Assert.AreEqual(1, SymbolDecoder.Mask(1, 2, 5));
            Assert.AreEqual(0, SymbolDecoder.Mask(1, 3, 5));
            Assert.AreEqual(1, SymbolDecoder.Mask(2, 7, 3));
            Assert.AreEqual(0, SymbolDecoder.Mask(2, 7, 4));
            Assert.AreEqual(1, SymbolDecoder.Mask(3, 1, 2));
            Assert.AreEqual(0, SymbolDecoder.Mask(3, 1, 1));
            Assert.AreEqual(1, SymbolDecoder.Mask(4, 1, 2));
            Assert.AreEqual(0, SymbolDecoder.Mask(4, 2, 2));
            Assert.AreEqual(1, SymbolDecoder.Mask(5, 6, 1));
            Assert.AreEqual(0, SymbolDecoder.Mask(5, 1, 1));
            Assert.AreEqual(1, SymbolDecoder.Mask(6, 1, 1));
            Assert.AreEqual(0, SymbolDecoder.Mask(6, 2, 5));
            Assert.AreEqual(1, SymbolDecoder.Mask(7, 0, 0));
            Assert.AreEqual(0, SymbolDecoder.Mask(7, 0, 1));
        }

        [TestMethod]
        public void EveryMaskTogglesRoughlyHalfTheModules()
        {
            for (int mask = 0; mask < 8; mask++)
            {
                int ones = 0;
                for (int y = 0; y < 12; y++)
                {
                    for (int x = 0; x < 12; x++)
                    {
                        ones += SymbolDecoder.Mask(mask, y, x);
                    }
                }
                Assert.IsTrue(ones >= 40 && ones <= 104);
            }
        }

        [TestMethod]
        public void BitCountCountsSetBits()
        {
            Assert.AreEqual(0, QrMath.BitCount(0));
            Assert.AreEqual(3, QrMath.BitCount(0x15));
            Assert.AreEqual(15, QrMath.BitCount(0x7FFF));
            Assert.AreEqual(32, QrMath.BitCount(-1));
            Assert.AreEqual(1, QrMath.BitCount(int.MinValue));
        }

        [TestMethod]
        public void AMirroredSymbolReadsTheSameVersion()
        {
            // Version 7 (45 modules): its word in the top-right block, the other block damaged by 3 bits or not at all,
            // the rest of the grid a fixed pattern. The transposed grid (a mirrored symbol) reads the same version.
            int word = QrVersionDb.VersionWord(7);
            for (int damage = 0; damage < 2; damage++)
            {
                BitGrid grid = new BitGrid();
                grid.Reset(45);
                for (int y = 0; y < 45; y++)
                {
                    for (int x = 0; x < 45; x++)
                    {
                        if ((x * 7 + y * 13) % 5 < 2)
                        {
                            grid.SetDark(x, y);
                        }
                    }
                }
                int bit = 17;
                for (int j = 5; j >= 0; j--)
                {
                    for (int i = 45 - 9; i >= 45 - 11; i--, bit--)
                    {
                        int top = (word >> bit) & 1;
                        int left = damage == 1 && (bit == 2 || bit == 9 || bit == 15) ? 1 - top : top;
                        SetModule(grid, i, j, top);
                        SetModule(grid, j, i, left);
                    }
                }
                Assert.AreEqual(7, SymbolDecoder.ReadVersion(grid));
                grid.Transpose();
                Assert.AreEqual(7, SymbolDecoder.ReadVersion(grid));
            }
        }

        private static void SetModule(BitGrid grid, int x, int y, int dark)
        {
            if (grid.Get(x, y) != dark)
            {
                grid.Words[y * BitGrid.WordsPerRow + (x >> 5)] ^= 1 << (x & 31);
            }
        }
    }
}
