using GlassesFirmware.Uplink.Cbor;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Uplink.Cbor
{
    /// <summary>The reader against RFC 8949 Appendix A and the deterministic-encoding rules of section 4.2.1.</summary>
    [TestClass]
    public class CborReaderTests
    {
        [DataRow("00", 0L)]
        [DataRow("17", 23L)]
        [DataRow("1818", 24L)]
        [DataRow("1903e8", 1000L)]
        [DataRow("1a000f4240", 1000000L)]
        [DataRow("1b000000e8d4a51000", 1000000000000L)]
        [DataRow("20", -1L)]
        [DataRow("3863", -100L)]
        [DataRow("3903e7", -1000L)]
        [DataRow("3b7fffffffffffffff", long.MinValue)]
        public void IntegersOfAppendixA(string hex, long expected)
        {
            CborReader reader = Reader(hex);
            long value;
            Assert.IsTrue(reader.ReadInt64(out value));
            Assert.AreEqual(expected, value);
            Assert.IsTrue(reader.Finish());
        }

        [TestMethod]
        public void SixtyFourBitExtremes()
        {
            CborReader reader = Reader("1bffffffffffffffff");
            ulong value;
            Assert.IsTrue(reader.ReadUInt64(out value));
            Assert.AreEqual(ulong.MaxValue, value);

            reader = Reader("3bffffffffffffffff");
            bool negative;
            Assert.IsTrue(reader.ReadInteger(out negative, out value));
            Assert.IsTrue(negative);
            Assert.AreEqual(ulong.MaxValue, value);

            long signed;
            reader = Reader("8201" + "3bffffffffffffffff");
            int count;
            Assert.IsTrue(reader.ReadArrayStart(out count) && reader.ReadInt64(out signed));
            Assert.IsFalse(reader.ReadInt64(out signed));
            Assert.AreEqual((int)CborError.IntegerOverflow, (int)reader.Error);
            Assert.AreEqual(2, reader.ErrorOffset);
            Assert.AreEqual((int)CborError.IntegerOverflow, (int)Refusal("3bffffffffffffffff", r => r.ReadInt64(out signed)));
            Assert.AreEqual((int)CborError.IntegerOverflow, (int)Refusal("1b8000000000000000", r => r.ReadInt64(out signed)));
            Assert.AreEqual((int)CborError.UnexpectedType, (int)Refusal("20", r => r.ReadUInt64(out value)));
        }

        [DataRow("60", "")]
        [DataRow("6161", "a")]
        [DataRow("6449455446", "IETF")]
        [DataRow("62225c", "\"\\")]
        [DataRow("62c3bc", "\u00fc")]
        [DataRow("63e6b0b4", "\u6c34")]
        [DataRow("64f0908591", "\ud800\udd51")]
        public void TextStringsOfAppendixA(string hex, string expected)
        {
            CborReader reader = Reader(hex);
            string text;
            Assert.IsTrue(reader.ReadTextString(out text));
            Assert.AreEqual(expected, text);
            Assert.IsTrue(reader.Finish());
        }

        [TestMethod]
        public void ByteStringIsASliceOfTheBuffer()
        {
            byte[] data = TestHex.Decode("ff4401020304");
            CborReader reader = new CborReader(data, 1, 5);
            int start;
            int length;
            Assert.IsTrue(reader.ReadByteString(out start, out length));
            Assert.AreEqual(2, start);
            Assert.AreEqual(4, length);
            Assert.AreEqual((byte)4, data[start + 3]);
            Assert.IsTrue(reader.Finish());
        }

        [TestMethod]
        public void NestedArraysOfAppendixA()
        {
            // [1, [2, 3], [4, 5]]
            CborReader reader = Reader("8301820203820405");
            int count;
            long value;
            Assert.IsTrue(reader.ReadArrayStart(out count));
            Assert.AreEqual(3, count);
            Assert.IsTrue(reader.ReadInt64(out value));
            Assert.AreEqual(1L, value);
            for (int inner = 0; inner < 2; inner++)
            {
                Assert.IsTrue(reader.ReadArrayStart(out count));
                Assert.AreEqual(2, count);
                Assert.AreEqual(2, reader.Depth);
                Assert.IsTrue(reader.ReadInt64(out value));
                Assert.AreEqual(2L + 2 * inner, value);
                Assert.IsTrue(reader.ReadInt64(out value));
                Assert.AreEqual(3L + 2 * inner, value);
            }

            Assert.AreEqual(0, reader.Depth);
            Assert.IsTrue(reader.Finish());
        }

        [TestMethod]
        public void MapOfAppendixAWithSimpleValues()
        {
            // {1: 2, 3: 4}, then a map holding false, true and null.
            CborReader reader = Reader("a201020304");
            int pairs;
            long value;
            Assert.IsTrue(reader.ReadMapStart(out pairs));
            Assert.AreEqual(2, pairs);
            Assert.IsTrue(reader.AtMapKey);
            for (int expected = 1; expected <= 4; expected++)
            {
                Assert.IsTrue(reader.ReadInt64(out value));
                Assert.AreEqual((long)expected, value);
            }

            Assert.IsTrue(reader.Finish());

            reader = Reader("a300f401f520f6");
            bool flag;
            Assert.IsTrue(reader.ReadMapStart(out pairs));
            Assert.IsTrue(reader.ReadInt64(out value));
            Assert.IsTrue(reader.ReadBoolean(out flag));
            Assert.IsFalse(flag);
            Assert.IsTrue(reader.ReadInt64(out value));
            Assert.IsTrue(reader.ReadBoolean(out flag));
            Assert.IsTrue(flag);
            Assert.IsTrue(reader.ReadInt64(out value));
            Assert.AreEqual(-1L, value);
            CborType type;
            Assert.IsTrue(reader.PeekType(out type));
            Assert.AreEqual((int)CborType.Null, (int)type);
            Assert.IsTrue(reader.ReadNull());
            Assert.IsTrue(reader.Finish());
        }

        [DataRow("8301820203820405")]
        [DataRow("98190102030405060708090a0b0c0d0e0f101112131415161718181819")]
        [DataRow("a201020304")]
        [DataRow("a400f61818f620f621f6")]
        [DataRow("a201a105f602a100f6")]
        [DataRow("80")]
        [DataRow("a0")]
        [DataRow("4401020304")]
        [DataRow("64f0908591")]
        public void CanonicalItemsAreSkippedWhole(string hex)
        {
            CborReader reader = Reader(hex);
            Assert.IsTrue(reader.SkipValue());
            Assert.IsTrue(reader.Finish());
        }

        // Each row: input, expected CborError number, what it shows.
        [DataRow("", 1, "empty input")]
        [DataRow("19", 1, "head cut short")]
        [DataRow("1903", 1, "head cut short")]
        [DataRow("8301190102", 1, "array ends before its third item")]
        [DataRow("a1011901", 1, "map value cut short")]
        [DataRow("1817", 2, "23 in two bytes")]
        [DataRow("190017", 2, "23 in three bytes")]
        [DataRow("1900ff", 2, "255 in three bytes")]
        [DataRow("1a0000ffff", 2, "65535 in five bytes")]
        [DataRow("1b00000000ffffffff", 2, "2^32-1 in nine bytes")]
        [DataRow("3817", 2, "-24 in two bytes")]
        [DataRow("5801ff", 2, "byte string length in two bytes")]
        [DataRow("9800", 2, "array count in two bytes")]
        [DataRow("5f42010243030405ff", 3, "indefinite byte string (Appendix A)")]
        [DataRow("7f657374726561646d696e67ff", 3, "indefinite text string (Appendix A)")]
        [DataRow("9fff", 3, "indefinite array (Appendix A)")]
        [DataRow("bf61610161629f0203ffff", 3, "indefinite map (Appendix A)")]
        [DataRow("ff", 3, "stray break")]
        [DataRow("0000", 4, "two top-level items")]
        [DataRow("8001", 4, "byte after an array")]
        [DataRow("4501020304", 6, "byte string longer than the buffer")]
        [DataRow("7bffffffffffffffff", 6, "huge text length")]
        [DataRow("9bffffffffffffffff", 6, "huge array count")]
        [DataRow("a3010203", 6, "map count beyond the buffer")]
        [DataRow("8301", 6, "array count beyond the buffer: the count is checked at its head, before any item")]
        [DataRow("a2010219", 6, "map of 2 pairs with 3 bytes left: 6 even though the next head is cut too")]
        [DataRow("820119", 1, "array count within the buffer, its second item's head cut short")]
        [DataRow("a201021901", 1, "map count within the buffer, its second value cut short")]
        [DataRow("61ff", 7, "0xFF in text")]
        [DataRow("62c0af", 7, "overlong '/'")]
        [DataRow("63eda080", 7, "UTF-16 surrogate in UTF-8")]
        [DataRow("64f4908080", 7, "above U+10FFFF")]
        [DataRow("62e6b0", 7, "truncated sequence")]
        [DataRow("c074323031332d30332d32315432303a30343a30305a", 8, "tag 0 (Appendix A)")]
        [DataRow("f90000", 8, "half float 0.0 (Appendix A)")]
        [DataRow("fb3ff199999999999a", 8, "double 1.1 (Appendix A)")]
        [DataRow("f7", 8, "undefined")]
        [DataRow("f0", 8, "simple(16)")]
        [DataRow("f8ff", 8, "simple(255)")]
        [DataRow("1c", 9, "reserved additional information 28")]
        [DataRow("5e", 9, "reserved additional information 30")]
        [DataRow("f818", 9, "two-byte simple value below 32")]
        [DataRow("3f", 9, "indefinite negative integer")]
        [DataRow("a2010001f6", 10, "duplicate key")]
        [DataRow("a2020001f6", 11, "keys descending")]
        [DataRow("a2200000f6", 11, "negative key before unsigned")]
        [DataRow("a2181800170f", 11, "24 before 23")]
        [DataRow("a26161016162820203", 12, "text keys (Appendix A)")]
        [DataRow("826161a161626163", 12, "nested text-keyed map (Appendix A)")]
        [DataRow("a1f600", 12, "null key")]
        [DataRow("a1800000", 12, "array as key")]
        public void NonCanonicalOrMalformedInputIsRefused(string hex, int expected, string why)
        {
            CborReader reader = Reader(hex);
            bool accepted = reader.SkipValue() && reader.Finish();
            Assert.IsFalse(accepted, why);
            Assert.AreEqual(expected, (int)reader.Error, why + ": got " + CborErrors.Name(reader.Error));
        }

        [TestMethod]
        public void NestingLimitCountsOpenContainers()
        {
            byte[] data = TestHex.Decode("81818180");
            CborReader reader = new CborReader(data, 0, data.Length, 4);
            Assert.IsTrue(reader.SkipValue());
            Assert.IsTrue(reader.Finish());

            reader = new CborReader(data, 0, data.Length, 3);
            Assert.IsFalse(reader.SkipValue());
            Assert.AreEqual((int)CborError.NestingTooDeep, (int)reader.Error);
            Assert.AreEqual(3, reader.ErrorOffset);
        }

        [TestMethod]
        public void WrongTypeIsRefusedAndErrorsStick()
        {
            CborReader reader = Reader("820102");
            long value;
            Assert.IsFalse(reader.ReadInt64(out value));
            Assert.AreEqual((int)CborError.UnexpectedType, (int)reader.Error);
            int count;
            Assert.IsFalse(reader.ReadArrayStart(out count));
            Assert.IsFalse(reader.Finish());
            Assert.AreEqual((int)CborError.UnexpectedType, (int)reader.Error);
        }

        [TestMethod]
        public void ItemsLeftUnreadFailFinish()
        {
            CborReader reader = Reader("820102");
            int count;
            Assert.IsTrue(reader.ReadArrayStart(out count));
            Assert.IsFalse(reader.Finish());
            Assert.AreEqual((int)CborError.InvalidState, (int)reader.Error);
        }

        [TestMethod]
        public void ReaderStaysInsideItsWindow()
        {
            // The bytes after the window would complete the array; the reader must not look at them.
            byte[] data = TestHex.Decode("830119010203");
            CborReader reader = new CborReader(data, 0, 5);
            Assert.IsFalse(reader.SkipValue());
            Assert.AreEqual((int)CborError.Truncated, (int)reader.Error);
        }

        // "Café 東京 😀" as UTF-8: one, two, three and four-byte sequences.
        private const string CafeTokyoGrin = "436166c3a920e69db1e4baac20f09f9880";

        [TestMethod]
        public void WriterOutputReadsBack()
        {
            byte[] buffer = new byte[96];
            CborWriter writer = new CborWriter(buffer);
            byte[] blob = new byte[] { 0xDE, 0xAD, 0xBE, 0xEF };
            byte[] text = TestHex.Decode(CafeTokyoGrin);
            Assert.IsTrue(writer.WriteStartMap(5)
                && writer.WriteInt64(0) && writer.WriteUInt64(1)
                && writer.WriteInt64(1) && writer.WriteTextString(text, 0, text.Length)
                && writer.WriteInt64(2) && writer.WriteByteString(blob, 0, 4)
                && writer.WriteInt64(3) && writer.WriteStartArray(2) && writer.WriteInt64(-123456789012L) && writer.WriteBoolean(true)
                && writer.WriteInt64(-1) && writer.WriteNull());
            Assert.IsTrue(writer.IsComplete);

            CborReader reader = new CborReader(buffer, 0, writer.Length);
            int pairs;
            long number;
            int start;
            int length;
            int count;
            bool flag;
            Assert.IsTrue(reader.ReadMapStart(out pairs));
            Assert.AreEqual(5, pairs);
            Assert.IsTrue(reader.ReadInt64(out number) && reader.ReadInt64(out number));
            Assert.AreEqual(1L, number);
            Assert.IsTrue(reader.ReadInt64(out number));
            Assert.IsTrue(reader.ReadTextString(out start, out length));
            Assert.AreEqual(CafeTokyoGrin, TestHex.Encode(buffer, start, length));
            Assert.IsTrue(reader.ReadInt64(out number));
            Assert.IsTrue(reader.ReadByteString(out start, out length));
            Assert.AreEqual("deadbeef", TestHex.Encode(buffer, start, length));
            Assert.IsTrue(reader.ReadInt64(out number) && reader.ReadArrayStart(out count));
            Assert.IsTrue(reader.ReadInt64(out number));
            Assert.AreEqual(-123456789012L, number);
            Assert.IsTrue(reader.ReadBoolean(out flag));
            Assert.IsTrue(flag);
            Assert.IsTrue(reader.ReadInt64(out number));
            Assert.AreEqual(-1L, number);
            Assert.IsTrue(reader.ReadNull());
            Assert.IsTrue(reader.Finish());
        }

        [TestMethod]
        public void ErrorNamesAreStable()
        {
            Assert.AreEqual("NonCanonical", CborErrors.Name(CborError.NonCanonical));
            Assert.AreEqual("InvalidState", CborErrors.Name(CborError.InvalidState));
            Assert.AreEqual("99", CborErrors.Name((CborError)99));
        }

        internal delegate bool ReadSteps(CborReader reader);

        private static CborReader Reader(string hex)
        {
            byte[] data = TestHex.Decode(hex);
            return new CborReader(data, 0, data.Length);
        }

        private static CborError Refusal(string hex, ReadSteps steps)
        {
            CborReader reader = Reader(hex);
            Assert.IsFalse(steps(reader));
            return reader.Error;
        }
    }
}
