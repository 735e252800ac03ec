using GlassesFirmware.Storage;
using GlassesFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Storage
{
    [TestClass]
    public class PowerSafeRecordStoreTests
    {
        [TestMethod]
        public void WrittenRecordReadsBack()
        {
            PowerSafeRecordStore store = new PowerSafeRecordStore(new MemorySlots());
            Assert.IsTrue(store.Write("keys", new byte[] { 9, 8, 7 }, 0, 3));
            byte[] buffer = new byte[10];
            Assert.AreEqual(3, store.Read("keys", buffer, 2, 8));
            Assert.AreEqual((byte)9, buffer[2]);
            Assert.AreEqual((byte)7, buffer[4]);
        }

        [TestMethod]
        public void MissingRecordAndSmallBufferAreReported()
        {
            PowerSafeRecordStore store = new PowerSafeRecordStore(new MemorySlots());
            byte[] buffer = new byte[2];
            Assert.AreEqual(RecordLimits.Missing, store.Read("none", buffer, 0, 2));
            store.Write("big", new byte[5], 0, 5);
            Assert.AreEqual(RecordLimits.Failed, store.Read("big", buffer, 0, 2));
            Assert.AreEqual(RecordLimits.Failed, store.Read("bad name!", buffer, 0, 2));
            Assert.IsFalse(store.Write("x", new byte[RecordLimits.MaxLength + 1], 0, RecordLimits.MaxLength + 1));
        }

        [TestMethod]
        public void RewritesAlternateSlotsAndTheLatestWins()
        {
            MemorySlots slots = new MemorySlots();
            PowerSafeRecordStore store = new PowerSafeRecordStore(slots);
            for (byte v = 1; v <= 5; v++)
            {
                Assert.IsTrue(store.Write("ctr", new byte[] { v }, 0, 1));
            }

            byte[] buffer = new byte[1];
            Assert.AreEqual(1, new PowerSafeRecordStore(slots).Read("ctr", buffer, 0, 1));
            Assert.AreEqual((byte)5, buffer[0]);
        }

        [DataRow(0, false)]
        [DataRow(9, false)]
        [DataRow(12, false)]
        [DataRow(16, true)]
        [DataRow(9, true)]
        public void TornWriteKeepsThePreviousRecord(int tearAt, bool keepOldTail)
        {
            MemorySlots slots = new MemorySlots();
            slots.KeepOldTail = keepOldTail;
            PowerSafeRecordStore store = new PowerSafeRecordStore(slots);
            store.Write("inflight", new byte[] { 1, 1, 1 }, 0, 3);
            store.Write("inflight", new byte[] { 2, 2, 2 }, 0, 3);
            slots.TearNextWriteAt = tearAt;
            store.Write("inflight", new byte[] { 3, 3, 3 }, 0, 3);

            byte[] buffer = new byte[3];
            Assert.AreEqual(3, new PowerSafeRecordStore(slots).Read("inflight", buffer, 0, 3));
            Assert.AreEqual((byte)2, buffer[0]);
        }

        [TestMethod]
        public void DeleteLeavesNothingAndNeedsNoRecord()
        {
            MemorySlots slots = new MemorySlots();
            PowerSafeRecordStore store = new PowerSafeRecordStore(slots);
            store.Write("paid", new byte[] { 1 }, 0, 1);
            store.Write("paid", new byte[] { 2 }, 0, 1);
            Assert.IsTrue(store.Delete("paid"));
            byte[] buffer = new byte[1];
            Assert.AreEqual(RecordLimits.Missing, store.Read("paid", buffer, 0, 1));
            Assert.IsTrue(store.Delete("never-written"));
        }
    }
}
