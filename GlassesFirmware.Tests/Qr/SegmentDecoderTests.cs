using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    [TestClass]
    public class SegmentDecoderTests
    {
        private static QrStatus Parse(byte[] data, int version, QrCode code, out byte[] payload)
        {
            SegmentDecoder decoder = new SegmentDecoder();
            int length;
            payload = null;
            QrStatus status = decoder.Parse(data, data.Length, version, null, null, out length);
            if (status != QrStatus.Ok)
            {
                return status;
            }
            payload = new byte[length];
            return decoder.Parse(data, data.Length, version, payload, code, out length);
        }

        private static string Ascii(byte[] payload)
        {
            char[] chars = new char[payload.Length];
            for (int i = 0; i < payload.Length; i++)
            {
                chars[i] = (char)payload[i];
            }
            return new string(chars);
        }

        [TestMethod]
        public void NumericGroupsOfThreeTwoAndOne()
        {
            byte[] data = QrTestKit.Bits(10, new int[] { 1, 4, 8, 10, 12, 10, 345, 10, 67, 7 });
            byte[] payload;
            Assert.AreEqual((int)QrStatus.Ok, (int)Parse(data, 1, new QrCode(), out payload));
            Assert.AreEqual("01234567", Ascii(payload));
        }

        [TestMethod]
        public void AlphanumericPairsAndSingle()
        {
            byte[] payload;
            Assert.AreEqual((int)QrStatus.Ok, (int)Parse(QrTestKit.AlphanumericV1("AC-42 $%*+./:"), 1, new QrCode(), out payload));
            Assert.AreEqual("AC-42 $%*+./:", Ascii(payload));
        }

        [TestMethod]
        public void ByteModeCountIsSixteenBitsFromVersionTen()
        {
            byte[] data = QrTestKit.Bits(8, new int[] { 4, 4, 2, 16, 'O', 8, 'K', 8 });
            byte[] payload;
            Assert.AreEqual((int)QrStatus.Ok, (int)Parse(data, 10, new QrCode(), out payload));
            Assert.AreEqual("OK", Ascii(payload));
        }

        [TestMethod]
        public void KanjiBecomesShiftJisBytes()
        {
            // U+70B9 is Shift_JIS 0x935F: 0x935F - 0x8140 = 0x121F -> 0x12 * 0xC0 + 0x1F.
            byte[] data = QrTestKit.Bits(6, new int[] { 8, 4, 1, 8, 0x12 * 0xC0 + 0x1F, 13 });
            byte[] payload;
            Assert.AreEqual((int)QrStatus.Ok, (int)Parse(data, 1, new QrCode(), out payload));
            Assert.AreEqual(2, payload.Length);
            Assert.AreEqual(0x93, (int)payload[0]);
            Assert.AreEqual(0x5F, (int)payload[1]);
        }

        [TestMethod]
        public void EciSelectsUtf8AndIsReported()
        {
            byte[] data = QrTestKit.Bits(8, new int[] { 7, 4, 26, 8, 4, 4, 2, 8, 0xC3, 8, 0xA9, 8 });
            QrCode code = new QrCode();
            byte[] payload;
            Assert.AreEqual((int)QrStatus.Ok, (int)Parse(data, 1, code, out payload));
            Assert.AreEqual(26, code.Eci);
            SegmentDecoder decoder = new SegmentDecoder();
            int length;
            decoder.Parse(data, data.Length, 1, payload, null, out length);
            Assert.AreEqual(QrCharset.Utf8, decoder.Runs.Charset(decoder.Runs.Count - 1));
        }

        [TestMethod]
        public void Fnc1FirstTurnsPercentIntoGroupSeparator()
        {
            // "01%%2%3" under FNC1 reads as "01%2<GS>3". Alphanumeric pairs: "01" = 1, "%%" = 38 * 45 + 38,
            // "2%" = 2 * 45 + 38, then "3" alone in 6 bits.
            byte[] data = QrTestKit.Bits(12, new int[] { 5, 4, 2, 4, 7, 9, 1, 11, 38 * 45 + 38, 11, 2 * 45 + 38, 11, 3, 6 });
            QrCode code = new QrCode();
            byte[] payload;
            Assert.AreEqual((int)QrStatus.Ok, (int)Parse(data, 1, code, out payload));
            Assert.AreEqual(1, code.Fnc1);
            Assert.AreEqual("01%2\u001D3", Ascii(payload));
        }

        [TestMethod]
        public void StructuredAppendHeaderIsReported()
        {
            byte[] data = QrTestKit.Bits(6, new int[] { 3, 4, 2, 4, 3, 4, 0x5A, 8, 4, 4, 1, 8, 'X', 8 });
            QrCode code = new QrCode();
            byte[] payload;
            Assert.AreEqual((int)QrStatus.Ok, (int)Parse(data, 1, code, out payload));
            Assert.AreEqual(2, code.SequenceIndex);
            Assert.AreEqual(4, code.SequenceTotal);
            Assert.AreEqual(0x5A, code.SequenceParity);
            Assert.AreEqual("X", Ascii(payload));
        }

        [TestMethod]
        public void Fnc1SecondCarriesApplicationIndicator()
        {
            byte[] data = QrTestKit.Bits(6, new int[] { 9, 4, 37, 8, 4, 4, 1, 8, 'Z', 8 });
            QrCode code = new QrCode();
            byte[] payload;
            Assert.AreEqual((int)QrStatus.Ok, (int)Parse(data, 1, code, out payload));
            Assert.AreEqual(2, code.Fnc1);
            Assert.AreEqual(37, code.Fnc1Application);
        }

        [TestMethod]
        public void UnknownModeIsReported()
        {
            byte[] data = new byte[] { 0x60, 0, 0 };
            byte[] payload;
            Assert.AreEqual((int)QrStatus.UnknownMode, (int)Parse(data, 1, new QrCode(), out payload));
        }

        [TestMethod]
        public void ByteCountPastTheEndIsOverflow()
        {
            byte[] data = QrTestKit.Bits(3, new int[] { 4, 4, 10, 8 });
            byte[] payload;
            Assert.AreEqual((int)QrStatus.DataOverflow, (int)Parse(data, 1, new QrCode(), out payload));
        }

        [TestMethod]
        public void InvalidNumericGroupIsRejected()
        {
            byte[] data = QrTestKit.Bits(4, new int[] { 1, 4, 3, 10, 1001, 10 });
            byte[] payload;
            Assert.AreEqual((int)QrStatus.UnknownMode, (int)Parse(data, 1, new QrCode(), out payload));
        }
    }
}
