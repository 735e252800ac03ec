using GlassesFirmware.Text;
using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    [TestClass]
    public class TextDecoderTests
    {
        private static string Decode(byte[] bytes, int charset)
        {
            char[] chars = new char[bytes.Length];
            int n = TextDecoder.DecodeRun(bytes, 0, bytes.Length, charset, chars, 0);
            return new string(chars, 0, n);
        }

        [TestMethod]
        public void GuessUsesUtf8WhenValid()
        {
            Assert.AreEqual("\u00E9\u20AC", Decode(new byte[] { 0xC3, 0xA9, 0xE2, 0x82, 0xAC }, QrCharset.Guess));
        }

        [TestMethod]
        public void GuessFallsBackToLatin1()
        {
            Assert.AreEqual("caf\u00E9", Decode(new byte[] { 0x63, 0x61, 0x66, 0xE9 }, QrCharset.Guess));
        }

        [TestMethod]
        public void FourByteUtf8DecodesToItsCodePoint()
        {
            // Compared as whole strings: on the device a string is UTF-8, so s[1] of a surrogate pair is not the low half.
            string s = Decode(new byte[] { 0x61, 0xF0, 0x9F, 0x98, 0x80, 0x62 }, QrCharset.Utf8);
            Assert.AreEqual("a\U0001F600b", s);
        }

        [TestMethod]
        public void MalformedUtf8IsNotValid()
        {
            // Overlong NUL, a surrogate, a truncated sequence, a lone continuation byte.
            Assert.IsFalse(Utf8.IsValid(new byte[] { 0xC0, 0x80 }, 0, 2));
            Assert.IsFalse(Utf8.IsValid(new byte[] { 0xED, 0xA0, 0x80 }, 0, 3));
            Assert.IsFalse(Utf8.IsValid(new byte[] { 0xE2, 0x82 }, 0, 2));
            Assert.IsFalse(Utf8.IsValid(new byte[] { 0x80 }, 0, 1));
            Assert.IsTrue(Utf8.IsValid(new byte[] { 0x41, 0xE2, 0x82, 0xAC }, 0, 4));
        }

        [TestMethod]
        public void ShiftJisMapsAsciiAndHalfWidthKana()
        {
            Assert.AreEqual("A\uFF71\uFFFDB", Decode(new byte[] { 0x41, 0xB1, 0x93, 0x5F, 0x42 }, QrCharset.ShiftJis));
        }
    }
}
