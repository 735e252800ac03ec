using GlassesFirmware.Integrity;
using GlassesFirmware.Storage;
using GlassesFirmware.Tests.Integrity;
using GlassesFirmware.Uplink.Pairing;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Storage
{
    [TestClass]
    public class RecordFormatTests
    {
        [TestMethod]
        public void Crc32CheckValueOf123456789IsCbf43926()
        {
            byte[] data = Crc16CcittTests.Ascii("123456789");
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(data, 0, data.Length));
        }

        [TestMethod]
        public void EncodedRecordDecodesToItsFields()
        {
            byte[] slot = new byte[RecordFormat.MaxEncodedLength];
            byte[] data = Crc16CcittTests.Ascii("counter=42");
            int n = RecordFormat.Encode(7, 0, data, 0, data.Length, slot);
            Assert.AreEqual(RecordFormat.HeaderLength + data.Length + RecordFormat.TrailerLength, n);

            uint sequence;
            byte flags;
            int length;
            Assert.AreEqual((int)SlotStatus.Valid, (int)RecordFormat.Decode(slot, n, out sequence, out flags, out length));
            Assert.AreEqual(7u, sequence);
            Assert.AreEqual((byte)0, flags);
            Assert.AreEqual(data.Length, length);
            Assert.AreEqual((byte)'4', slot[RecordFormat.HeaderLength + 8]);
        }

        [TestMethod]
        public void FlippedDataByteIsABadChecksum()
        {
            byte[] slot = new byte[64];
            byte[] data = { 1, 2, 3, 4 };
            int n = RecordFormat.Encode(1, 0, data, 0, 4, slot);
            slot[RecordFormat.HeaderLength + 2] ^= 0x10;
            uint sequence;
            byte flags;
            int length;
            Assert.AreEqual((int)SlotStatus.BadChecksum, (int)RecordFormat.Decode(slot, n, out sequence, out flags, out length));
        }

        [TestMethod]
        public void ShortSlotsAreEmptyNotARecordOrTruncated()
        {
            byte[] slot = new byte[64];
            int n = RecordFormat.Encode(1, 0, new byte[20], 0, 20, slot);
            uint sequence;
            byte flags;
            int length;
            Assert.AreEqual((int)SlotStatus.Empty, (int)RecordFormat.Decode(slot, 0, out sequence, out flags, out length));
            Assert.AreEqual((int)SlotStatus.NotARecord, (int)RecordFormat.Decode(slot, 5, out sequence, out flags, out length));
            Assert.AreEqual((int)SlotStatus.Truncated, (int)RecordFormat.Decode(slot, n - 1, out sequence, out flags, out length));
        }

        [TestMethod]
        public void HigherValidSequenceIsNewest()
        {
            Assert.AreEqual(1, RecordFormat.Newest(SlotStatus.Valid, 4, SlotStatus.Valid, 5));
            Assert.AreEqual(0, RecordFormat.Newest(SlotStatus.Valid, 6, SlotStatus.Valid, 5));
            Assert.AreEqual(0, RecordFormat.Newest(SlotStatus.Valid, 4, SlotStatus.BadChecksum, 9));
            Assert.AreEqual(-1, RecordFormat.Newest(SlotStatus.Empty, 0, SlotStatus.Truncated, 0));
        }

        [TestMethod]
        public void NamesFollowTheNvsKeyRule()
        {
            Assert.IsTrue(RecordFormat.IsValidName("inflight"));
            Assert.IsTrue(RecordFormat.IsValidName("pay.counter-1"));
            Assert.IsFalse(RecordFormat.IsValidName(""));
            Assert.IsFalse(RecordFormat.IsValidName("sixteen-chars-xx"));
            Assert.IsFalse(RecordFormat.IsValidName("a/b"));
            Assert.IsFalse(RecordFormat.IsValidName(null));
        }

        [TestMethod]
        public void TheRuntimesRecordNamesAreAcceptedByTheStore()
        {
            // The session's and the uplink's records must fit the store's name rule, or the device would refuse them.
            Assert.IsTrue(RecordFormat.IsValidName(CounterStore.RecordName));
            Assert.IsTrue(RecordFormat.IsValidName(PairingRecord.RecordName));
            Assert.IsTrue(RecordFormat.IsValidName("pay.inflight"));
        }
    }
}
