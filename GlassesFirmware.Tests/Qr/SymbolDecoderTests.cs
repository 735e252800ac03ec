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
            Assert.AreEqual(0, SymbolDecoder.BitCount(0));
            Assert.AreEqual(3, SymbolDecoder.BitCount(0x15));
            Assert.AreEqual(15, SymbolDecoder.BitCount(0x7FFF));
        }
    }
}
