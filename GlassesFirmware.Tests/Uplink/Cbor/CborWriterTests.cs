using GlassesFirmware.Uplink.Cbor;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Uplink.Cbor
{
    /// <summary>The writer against RFC 8949 Appendix A (the examples inside the protocol's subset).</summary>
    [TestClass]
    public class CborWriterTests
    {
        [DataRow(0L, "00")]
        [DataRow(1L, "01")]
        [DataRow(10L, "0a")]
        [DataRow(23L, "17")]
        [DataRow(24L, "1818")]
        [DataRow(25L, "1819")]
        [DataRow(100L, "1864")]
        [DataRow(1000L, "1903e8")]
        [DataRow(1000000L, "1a000f4240")]
        [DataRow(1000000000000L, "1b000000e8d4a51000")]
        [DataRow(-1L, "20")]
        [DataRow(-10L, "29")]
        [DataRow(-100L, "3863")]
        [DataRow(-1000L, "3903e7")]
        public void IntegersOfAppendixA(long value, string hex)
        {
            byte[] buffer = new byte[16];
            CborWriter writer = new CborWriter(buffer);
            Assert.IsTrue(writer.WriteInt64(value));
            Assert.IsTrue(writer.IsComplete);
            Assert.AreEqual(hex, TestHex.Encode(buffer, 0, writer.Length));
        }

        [TestMethod]
        public void SixtyFourBitExtremes()
        {
            Assert.AreEqual("1bffffffffffffffff", Write(w => w.WriteUInt64(ulong.MaxValue)));
            Assert.AreEqual("3bffffffffffffffff", Write(w => w.WriteNegative(ulong.MaxValue)));
            Assert.AreEqual("3b7fffffffffffffff", Write(w => w.WriteInt64(long.MinValue)));
            Assert.AreEqual("1b7fffffffffffffff", Write(w => w.WriteInt64(long.MaxValue)));
        }

        [TestMethod]
        public void HeadBoundariesUseTheShortestForm()
        {
            Assert.AreEqual("18ff", Write(w => w.WriteUInt64(0xFF)));
            Assert.AreEqual("190100", Write(w => w.WriteUInt64(0x100)));
            Assert.AreEqual("19ffff", Write(w => w.WriteUInt64(0xFFFF)));
            Assert.AreEqual("1a00010000", Write(w => w.WriteUInt64(0x10000)));
            Assert.AreEqual("1affffffff", Write(w => w.WriteUInt64(0xFFFFFFFF)));
            Assert.AreEqual("1b0000000100000000", Write(w => w.WriteUInt64(0x100000000)));
        }

        [TestMethod]
        public void SimpleValues()
        {
            Assert.AreEqual("f4", Write(w => w.WriteBoolean(false)));
            Assert.AreEqual("f5", Write(w => w.WriteBoolean(true)));
            Assert.AreEqual("f6", Write(w => w.WriteNull()));
        }

        // The text as UTF-8 hex: a device string is UTF-8 and cannot hold the UTF-16 halves of U+10151.
        [DataRow("", "60")]
        [DataRow("61", "6161")]
        [DataRow("49455446", "6449455446")]
        [DataRow("225c", "62225c")]
        [DataRow("c3bc", "62c3bc")]
        [DataRow("e6b0b4", "63e6b0b4")]
        [DataRow("f0908591", "64f0908591")]
        public void TextStringsOfAppendixA(string utf8Hex, string hex)
        {
            byte[] utf8 = TestHex.Decode(utf8Hex);
            Assert.AreEqual(hex, Write(w => w.WriteTextString(utf8, 0, utf8.Length)));
        }

        [TestMethod]
        public void ByteStringsOfAppendixA()
        {
            byte[] data = new byte[] { 1, 2, 3, 4 };
            Assert.AreEqual("40", Write(w => w.WriteByteString(data, 0, 0)));
            Assert.AreEqual("4401020304", Write(w => w.WriteByteString(data, 0, 4)));
        }

        [TestMethod]
        public void ArraysAndMapsOfAppendixA()
        {
            Assert.AreEqual("80", Write(w => w.WriteStartArray(0)));
            Assert.AreEqual("a0", Write(w => w.WriteStartMap(0)));
            Assert.AreEqual("83010203", Write(w => w.WriteStartArray(3) && w.WriteInt64(1) && w.WriteInt64(2) && w.WriteInt64(3)));
            Assert.AreEqual("8301820203820405", Write(w => w.WriteStartArray(3) && w.WriteInt64(1)
                && w.WriteStartArray(2) && w.WriteInt64(2) && w.WriteInt64(3)
                && w.WriteStartArray(2) && w.WriteInt64(4) && w.WriteInt64(5)));
            Assert.AreEqual("a201020304", Write(w => w.WriteStartMap(2) && w.WriteInt64(1) && w.WriteInt64(2) && w.WriteInt64(3) && w.WriteInt64(4)));
        }

        [TestMethod]
        public void TwentyFiveElementArrayOfAppendixA()
        {
            byte[] buffer = new byte[64];
            CborWriter writer = new CborWriter(buffer);
            Assert.IsTrue(writer.WriteStartArray(25));
            for (int i = 1; i <= 25; i++)
            {
                Assert.IsTrue(writer.WriteInt64(i));
            }

            Assert.IsTrue(writer.IsComplete);
            Assert.AreEqual("98190102030405060708090a0b0c0d0e0f101112131415161718181819", TestHex.Encode(buffer, 0, writer.Length));
        }

        [TestMethod]
        public void MapKeysGoUnsignedAscendingThenNegativeDescending()
        {
            // Bytewise order of the encodings: 0x00 0x17 0x18 0x18 ... then 0x20 (-1) 0x21 (-2).
            string hex = Write(w => w.WriteStartMap(4) && w.WriteInt64(0) && w.WriteNull()
                && w.WriteInt64(24) && w.WriteNull() && w.WriteInt64(-1) && w.WriteNull() && w.WriteInt64(-2) && w.WriteNull());
            Assert.AreEqual("a400f61818f620f621f6", hex);
        }

        [TestMethod]
        public void KeysOutOfOrderOrRepeatedAreRefused()
        {
            Assert.AreEqual((int)CborError.MapKeysNotSorted, (int)Fails(w => w.WriteStartMap(2) && w.WriteInt64(2) && w.WriteNull() && w.WriteInt64(1) && w.WriteNull()));
            Assert.AreEqual((int)CborError.MapKeysNotSorted, (int)Fails(w => w.WriteStartMap(2) && w.WriteInt64(-1) && w.WriteNull() && w.WriteInt64(100) && w.WriteNull()));
            Assert.AreEqual((int)CborError.DuplicateMapKey, (int)Fails(w => w.WriteStartMap(2) && w.WriteInt64(7) && w.WriteNull() && w.WriteInt64(7) && w.WriteNull()));
        }

        [TestMethod]
        public void KeysAreComparedPerMap()
        {
            // The inner map's keys restart; the outer map's order is unaffected by them.
            string hex = Write(w => w.WriteStartMap(2) && w.WriteInt64(1) && w.WriteStartMap(1) && w.WriteInt64(5) && w.WriteNull()
                && w.WriteInt64(2) && w.WriteStartMap(1) && w.WriteInt64(0) && w.WriteNull());
            Assert.AreEqual("a201a105f602a100f6", hex);
        }

        [TestMethod]
        public void NonIntegerKeysAreRefused()
        {
            byte[] a = new byte[] { 0x61 };
            Assert.AreEqual((int)CborError.MapKeyNotInteger, (int)Fails(w => w.WriteStartMap(1) && w.WriteTextString(a, 0, 1)));
            Assert.AreEqual((int)CborError.MapKeyNotInteger, (int)Fails(w => w.WriteStartMap(1) && w.WriteNull()));
            Assert.AreEqual((int)CborError.MapKeyNotInteger, (int)Fails(w => w.WriteStartMap(1) && w.WriteStartArray(0)));
        }

        [TestMethod]
        public void LoneSurrogateIsRefused()
        {
            // A surrogate encoded as UTF-8 (CESU-style ED A0 80, ED B0 80) is not well-formed UTF-8.
            byte[] high = new byte[] { 0x61, 0xED, 0xA0, 0x80 };
            byte[] low = new byte[] { 0xED, 0xB0, 0x80, 0x62 };
            Assert.AreEqual((int)CborError.InvalidUtf8, (int)Fails(w => w.WriteTextString(high, 0, 4)));
            Assert.AreEqual((int)CborError.InvalidUtf8, (int)Fails(w => w.WriteTextString(low, 0, 4)));
        }

        [TestMethod]
        public void InvalidUtf8BytesAreRefused()
        {
            byte[] overlong = new byte[] { 0xC0, 0xAF };
            Assert.AreEqual((int)CborError.InvalidUtf8, (int)Fails(w => w.WriteTextString(overlong, 0, 2)));
            byte[] valid = new byte[] { 0x61, 0xC3, 0xBC };
            Assert.AreEqual("6361c3bc", Write(w => w.WriteTextString(valid, 0, 3)));
        }

        [TestMethod]
        public void FullBufferIsReportedAndSticky()
        {
            byte[] buffer = new byte[4];
            CborWriter writer = new CborWriter(buffer);
            Assert.IsTrue(writer.WriteStartArray(2));
            Assert.IsTrue(writer.WriteUInt64(1));
            Assert.IsFalse(writer.WriteUInt64(1000));
            Assert.AreEqual((int)CborError.BufferTooSmall, (int)writer.Error);
            Assert.IsFalse(writer.WriteUInt64(1));
            Assert.IsFalse(writer.IsComplete);
            Assert.AreEqual(2, writer.Length);
        }

        [TestMethod]
        public void StringLongerThanTheSpaceLeftIsNotStarted()
        {
            byte[] buffer = new byte[4];
            CborWriter writer = new CborWriter(buffer);
            Assert.IsFalse(writer.WriteByteString(new byte[4], 0, 4));
            Assert.AreEqual((int)CborError.BufferTooSmall, (int)writer.Error);
            Assert.AreEqual(0, writer.Length);
        }

        [TestMethod]
        public void OnlyOneTopLevelItem()
        {
            Assert.AreEqual((int)CborError.InvalidState, (int)Fails(w => w.WriteUInt64(1) && w.WriteUInt64(2)));
        }

        [TestMethod]
        public void UnfinishedContainerIsNotComplete()
        {
            byte[] buffer = new byte[8];
            CborWriter writer = new CborWriter(buffer);
            Assert.IsTrue(writer.WriteStartArray(2));
            Assert.IsTrue(writer.WriteUInt64(1));
            Assert.IsFalse(writer.IsComplete);
            Assert.IsTrue(writer.WriteUInt64(2));
            Assert.IsTrue(writer.IsComplete);
        }

        [TestMethod]
        public void NestingLimitIsEnforced()
        {
            byte[] buffer = new byte[8];
            CborWriter writer = new CborWriter(buffer, 0, buffer.Length, 2);
            Assert.IsTrue(writer.WriteStartArray(1));
            Assert.IsTrue(writer.WriteStartArray(1));
            Assert.IsFalse(writer.WriteStartArray(0));
            Assert.AreEqual((int)CborError.NestingTooDeep, (int)writer.Error);
        }

        [TestMethod]
        public void WritesAtAnOffsetAndResets()
        {
            byte[] buffer = new byte[6];
            CborWriter writer = new CborWriter(buffer, 2, 3, CborWriter.DefaultMaxDepth);
            Assert.IsTrue(writer.WriteUInt64(1000));
            Assert.AreEqual("00001903e800", TestHex.Encode(buffer, 0, 6));
            writer.Reset();
            Assert.AreEqual(0, writer.Length);
            Assert.IsTrue(writer.WriteBoolean(true));
            Assert.AreEqual("0000f503e800", TestHex.Encode(buffer, 0, 6));
        }

        internal delegate bool WriteSteps(CborWriter writer);

        private static string Write(WriteSteps steps)
        {
            byte[] buffer = new byte[64];
            CborWriter writer = new CborWriter(buffer);
            Assert.IsTrue(steps(writer), "write failed: " + CborErrors.Name(writer.Error));
            Assert.IsTrue(writer.IsComplete);
            return TestHex.Encode(buffer, 0, writer.Length);
        }

        private static CborError Fails(WriteSteps steps)
        {
            byte[] buffer = new byte[64];
            CborWriter writer = new CborWriter(buffer);
            Assert.IsFalse(steps(writer));
            return writer.Error;
        }
    }
}
