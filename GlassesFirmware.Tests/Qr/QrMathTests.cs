using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    [TestClass]
    public class QrMathTests
    {
        [TestMethod]
        public void SqrtOfASquareIsItsRootExactly()
        {
            for (int k = 1; k <= 4096; k++)
            {
                float v = (float)k * k;
                Assert.AreEqual(k, (int)QrMath.Sqrt(v), "root of " + k + " squared");
                Assert.IsTrue(QrMath.Sqrt(v) == k, "exact root of " + k + " squared");
            }
        }

        [TestMethod]
        public void SqrtIsWithinARoundingOfTheRootFromTinyToHugeValues()
        {
            // From 1e-6 to 1e30 in steps of about 7 %: the root squared gives the value back within a few roundings.
            for (float v = 1e-6f; v < 1e30f; v *= 1.07f)
            {
                float r = QrMath.Sqrt(v);
                float error = r * r - v;
                Assert.IsTrue(error <= v * 1e-6f && -error <= v * 1e-6f, "sqrt(" + v.ToString() + ") = " + r.ToString());
            }
        }

        [TestMethod]
        public void SqrtOfZeroOrLessIsZero()
        {
            Assert.IsTrue(QrMath.Sqrt(0f) == 0f);
            Assert.IsTrue(QrMath.Sqrt(-4f) == 0f);
        }
    }
}
