using GlassesFirmware.Uplink.Crypto;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Uplink.Crypto
{
    [TestClass]
    public class FixedTimeTests
    {
        [TestMethod]
        public void EqualRangesAreEqual()
        {
            byte[] a = TestHex.Decode("00112233445566");
            byte[] b = TestHex.Decode("ff112233445566ff");
            Assert.IsTrue(FixedTime.AreEqual(a, 1, b, 1, 6));
            Assert.IsTrue(FixedTime.AreEqual(a, 0, b, 0, 0));
        }

        [TestMethod]
        public void ADifferenceInAnyByteOrBitIsFound()
        {
            byte[] a = TestHex.Decode("00112233445566778899aabbccddeeff");
            for (int i = 0; i < a.Length; i++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    byte[] b = (byte[])a.Clone();
                    b[i] ^= (byte)(1 << bit);
                    Assert.IsFalse(FixedTime.AreEqual(a, 0, b, 0, a.Length));
                }
            }
        }

        [TestMethod]
        public void RangesOutsideTheArraysThrow()
        {
            byte[] a = new byte[4];
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => FixedTime.AreEqual(a, 1, a, 0, 4));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => FixedTime.AreEqual(null, 0, a, 0, 0));
        }
    }
}
