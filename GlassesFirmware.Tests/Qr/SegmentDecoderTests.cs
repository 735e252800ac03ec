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
            byte[] data = new byte[10];
            int pos = QrTestKit.Put(data, 0, 1, 4);
            pos = QrTestKit.Put(data, pos, 8, 10);
            pos = QrTestKit.Put(data, pos, 12, 10);
            pos = QrTestKit.Put(data, pos, 345, 10);
            QrTestKit.Put(data, pos, 67, 7);
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
            byte[] data = new byte[8];
            int pos = QrTestKit.Put(data, 0, 4, 4);
            pos = QrTestKit.Put(data, pos, 2, 16);
            pos = QrTestKit.Put(data, pos, 'O', 8);
            QrTestKit.Put(data, pos, 'K', 8);
            byte[] payload;
            Assert.AreEqual((int)QrStatus.Ok, (int)Parse(data, 10, new QrCode(), out payload));
            Assert.AreEqual("OK", Ascii(payload));
        }

        [TestMethod]
        public void KanjiBecomesShiftJisBytes()
        {
            // U+70B9 is Shift_JIS 0x935F: 0x935F - 0x8140 = 0x121F -> 0x12 * 0xC0 + 0x1F.
            byte[] data = new byte[6];
            int pos = QrTestKit.Put(data, 0, 8, 4);
            pos = QrTestKit.Put(data, pos, 1, 8);
            QrTestKit.Put(data, pos, 0x12 * 0xC0 + 0x1F, 13);
            byte[] payload;
            Assert.AreEqual((int)QrStatus.Ok, (int)Parse(data, 1, new QrCode(), out payload));
            Assert.AreEqual(2, payload.Length);
            Assert.AreEqual(0x93, (int)payload[0]);
            Assert.AreEqual(0x5F, (int)payload[1]);
        }

        [TestMethod]
        public void EciSelectsUtf8AndIsReported()
        {
            byte[] data = new byte[8];
            int pos = QrTestKit.Put(data, 0, 7, 4);
            pos = QrTestKit.Put(data, pos, 26, 8);
            pos = QrTestKit.Put(data, pos, 4, 4);
            pos = QrTestKit.Put(data, pos, 2, 8);
            pos = QrTestKit.Put(data, pos, 0xC3, 8);
            QrTestKit.Put(data, pos, 0xA9, 8);
            QrCode code = new QrCode();
            byte[] payload;
            Assert.AreEqual((int)QrStatus.Ok, (int)Parse(data, 1, code, out payload));
            Assert.AreEqual(26, code.Eci);
            SegmentDecoder decoder = new SegmentDecoder();
            int length;
            decoder.Parse(data, data.Length, 1, payload, null, out length);
            Assert.AreEqual(SegmentDecoder.CharsetUtf8, decoder.RunCharset(decoder.RunCount - 1));
        }

        [TestMethod]
        public void Fnc1FirstTurnsPercentIntoGroupSeparator()
        {
            // "01%%2%3" under FNC1 reads as "01%2<GS>3".
            const string table = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
            string text = "01%%2%3";
            byte[] data = new byte[12];
            int pos = QrTestKit.Put(data, 0, 5, 4);
            pos = QrTestKit.Put(data, pos, 2, 4);
            pos = QrTestKit.Put(data, pos, text.Length, 9);
            int i = 0;
            for (; i + 1 < text.Length; i += 2)
            {
                pos = QrTestKit.Put(data, pos, table.IndexOf(text[i]) * 45 + table.IndexOf(text[i + 1]), 11);
            }
            QrTestKit.Put(data, pos, table.IndexOf(text[i]), 6);
            QrCode code = new QrCode();
            byte[] payload;
            Assert.AreEqual((int)QrStatus.Ok, (int)Parse(data, 1, code, out payload));
            Assert.AreEqual(1, code.Fnc1);
            Assert.AreEqual("01%2\u001D3", Ascii(payload));
        }

        [TestMethod]
        public void StructuredAppendHeaderIsReported()
        {
            byte[] data = new byte[6];
            int pos = QrTestKit.Put(data, 0, 3, 4);
            pos = QrTestKit.Put(data, pos, 2, 4);
            pos = QrTestKit.Put(data, pos, 3, 4);
            pos = QrTestKit.Put(data, pos, 0x5A, 8);
            pos = QrTestKit.Put(data, pos, 4, 4);
            pos = QrTestKit.Put(data, pos, 1, 8);
            QrTestKit.Put(data, pos, 'X', 8);
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
            byte[] data = new byte[6];
            int pos = QrTestKit.Put(data, 0, 9, 4);
            pos = QrTestKit.Put(data, pos, 37, 8);
            pos = QrTestKit.Put(data, pos, 4, 4);
            pos = QrTestKit.Put(data, pos, 1, 8);
            QrTestKit.Put(data, pos, 'Z', 8);
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
            byte[] data = new byte[3];
            int pos = QrTestKit.Put(data, 0, 4, 4);
            QrTestKit.Put(data, pos, 10, 8);
            byte[] payload;
            Assert.AreEqual((int)QrStatus.DataOverflow, (int)Parse(data, 1, new QrCode(), out payload));
        }

        [TestMethod]
        public void InvalidNumericGroupIsRejected()
        {
            byte[] data = new byte[4];
            int pos = QrTestKit.Put(data, 0, 1, 4);
            pos = QrTestKit.Put(data, pos, 3, 10);
            QrTestKit.Put(data, pos, 1001, 10);
            byte[] payload;
            Assert.AreEqual((int)QrStatus.UnknownMode, (int)Parse(data, 1, new QrCode(), out payload));
        }
    }
}
