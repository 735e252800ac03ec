using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    [TestClass]
    public class Gf256Tests
    {
        [TestMethod]
        public void ExpTableFollowsThePrimitivePolynomial()
        {
            Assert.AreEqual(1, (int)Gf256.Exp[0]);
            Assert.AreEqual(2, (int)Gf256.Exp[1]);
            Assert.AreEqual(0x80, (int)Gf256.Exp[7]);
            // alpha^8 = x^4 + x^3 + x^2 + 1 under 0x11D.
            Assert.AreEqual(0x1D, (int)Gf256.Exp[8]);
            Assert.AreEqual((int)Gf256.Exp[3], (int)Gf256.Exp[258]);
        }

        [TestMethod]
        public void LogInvertsExpForEveryNonZeroElement()
        {
            for (int x = 1; x < 256; x++)
            {
                Assert.AreEqual(x, (int)Gf256.Exp[Gf256.Log[x]]);
            }
        }

        [DataRow(0x53, 0xCA, 0x8F)]
        [DataRow(0xFF, 0xFF, 0xE2)]
        [DataRow(2, 0x80, 0x1D)]
        [DataRow(0, 0x37, 0)]
        public void MultiplyKnownProducts(int a, int b, int product)
        {
            Assert.AreEqual(product, Gf256.Multiply(a, b));
            Assert.AreEqual(product, Gf256.Multiply(b, a));
        }

        [TestMethod]
        public void DivideAndInverseUndoMultiply()
        {
            for (int a = 1; a < 256; a += 7)
            {
                for (int b = 1; b < 256; b += 11)
                {
                    Assert.AreEqual(a, Gf256.Divide(Gf256.Multiply(a, b), b));
                }
                Assert.AreEqual(1, Gf256.Multiply(a, Gf256.Inverse(a)));
            }
        }
    }
}
