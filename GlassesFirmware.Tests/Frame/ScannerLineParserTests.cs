using GlassesFirmware.Frame;
using GlassesFirmware.Text;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Frame
{
    [TestClass]
    public class ScannerLineParserTests
    {
        [TestMethod]
        public void TabEndsAPayloadAndAckRepliesAreDropped()
        {
            ScannerLineParser parser = new ScannerLineParser(4, 64, 200);
            // ACK of the "start decoding" command, then a code ended by TAB as the module is configured.
            byte[] stream = Concat(new byte[] { 0x04, 0xD0, 0x00, 0x00, 0xFF, 0x2C }, Utf8.Encode("https://qr.alipay.com/abc\t"));
            parser.Feed(stream, 0, stream.Length, 1000);
            byte[] buffer = new byte[64];
            int n = parser.Take(buffer, 0, 64);
            Assert.AreEqual(25, n);
            Assert.AreEqual((byte)'h', buffer[0]);
            Assert.AreEqual((byte)'c', buffer[24]);
            Assert.AreEqual(0, parser.Take(buffer, 0, 64));
            Assert.AreEqual(1, parser.Replies);
        }

        [TestMethod]
        public void CrLfLinesSplitAcrossReadsGiveTwoPayloads()
        {
            ScannerLineParser parser = new ScannerLineParser(4, 64, 200);
            byte[] a = Utf8.Encode("0002010102\r");
            byte[] b = Utf8.Encode("\nSECOND\r\n");
            parser.Feed(a, 0, 6, 0);
            parser.Feed(a, 6, a.Length - 6, 10);
            parser.Feed(b, 0, b.Length, 20);
            byte[] buffer = new byte[64];
            Assert.AreEqual(10, parser.Take(buffer, 0, 64));
            Assert.AreEqual(6, parser.Take(buffer, 0, 64));
            Assert.AreEqual((byte)'S', buffer[0]);
        }

        [TestMethod]
        public void OverlongPayloadIsReportedNotTruncated()
        {
            ScannerLineParser parser = new ScannerLineParser(2, 8, 200);
            byte[] line = Utf8.Encode("0123456789\tshort\t");
            parser.Feed(line, 0, line.Length, 0);
            byte[] buffer = new byte[8];
            Assert.AreEqual(ScannedPayload.TooLong, parser.Take(buffer, 0, 8));
            Assert.AreEqual(ScannedPayload.TooLong, parser.Take(buffer, 0, 4));
            Assert.AreEqual(0, parser.Take(buffer, 0, 8));
        }

        [TestMethod]
        public void StalePartialLineIsDropped()
        {
            ScannerLineParser parser = new ScannerLineParser(2, 32, 100);
            byte[] noise = Utf8.Encode("xx");
            byte[] code = Utf8.Encode("CODE\t");
            parser.Feed(noise, 0, noise.Length, 0);
            parser.Feed(code, 0, code.Length, 500);
            byte[] buffer = new byte[32];
            Assert.AreEqual(4, parser.Take(buffer, 0, 32));
            Assert.AreEqual(1, parser.Garbled);
        }

        [TestMethod]
        public void FullRingDropsTheOldest()
        {
            ScannerLineParser parser = new ScannerLineParser(2, 8, 100);
            byte[] codes = Utf8.Encode("A\tB\tC\t");
            parser.Feed(codes, 0, codes.Length, 0);
            byte[] buffer = new byte[8];
            Assert.AreEqual(1, parser.Take(buffer, 0, 8));
            Assert.AreEqual((byte)'B', buffer[0]);
            Assert.AreEqual(1, parser.Dropped);
        }

        private static byte[] Concat(byte[] a, byte[] b)
        {
            byte[] r = new byte[a.Length + b.Length];
            System.Array.Copy(a, r, a.Length);
            System.Array.Copy(b, 0, r, a.Length, b.Length);
            return r;
        }
    }
}
