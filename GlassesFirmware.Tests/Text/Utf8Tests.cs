using GlassesFirmware.Text;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Text
{
    /// <summary>UTF-8 decoding gives the same string on the device (NUL-terminated UTF-8 strings) and on the host.</summary>
    [TestClass]
    public class Utf8Tests
    {
        [TestMethod]
        public void NulBytesNeverReachAString()
        {
            // "SHOP\0EVIL": kept whole on the host, cut at the NUL on the device; dropped, both read the same.
            byte[] bytes = new byte[] { 0x53, 0x48, 0x4F, 0x50, 0x00, 0x45, 0x56, 0x49, 0x4C };
            string s = Utf8.GetString(bytes, 0, bytes.Length);
            Assert.AreEqual(8, s.Length);
            Assert.AreEqual("SHOPEVIL", s);
        }

        [TestMethod]
        public void MalformedBytesBecomeTheReplacementCharacter()
        {
            byte[] bytes = new byte[] { 0x41, 0xC3, 0x42 };
            byte[] back = Utf8.Encode(Utf8.GetString(bytes, 0, bytes.Length));
            Assert.AreEqual(5, back.Length);
            Assert.AreEqual((byte)0xEF, back[1]);
            Assert.AreEqual((byte)0xBF, back[2]);
            Assert.AreEqual((byte)0xBD, back[3]);
        }
    }
}
