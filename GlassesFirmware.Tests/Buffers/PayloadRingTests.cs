using GlassesFirmware.Buffers;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Buffers
{
    [TestClass]
    public class PayloadRingTests
    {
        [TestMethod]
        public void PayloadsComeOutInOrderAndWhole()
        {
            PayloadRing ring = new PayloadRing(3, 4);
            ring.Put(new byte[] { 9, 1, 2, 9 }, 1, 2);
            ring.Put(new byte[] { 3 }, 0, 1);
            byte[] buffer = new byte[5];
            Assert.AreEqual(2, ring.Take(buffer, 1, 4));
            Assert.AreEqual((byte)1, buffer[1]);
            Assert.AreEqual((byte)2, buffer[2]);
            Assert.AreEqual(1, ring.Take(buffer, 0, 4));
            Assert.AreEqual(0, ring.Take(buffer, 0, 4));
        }

        [TestMethod]
        public void OversizedPayloadsBecomeMarkersNotTruncations()
        {
            PayloadRing ring = new PayloadRing(3, 2);
            ring.Put(new byte[] { 1, 2, 3 }, 0, 3);
            ring.PutTooLong();
            ring.Put(new byte[] { 4, 5 }, 0, 2);
            byte[] buffer = new byte[2];
            Assert.AreEqual(PayloadRing.TooLong, ring.Take(buffer, 0, 2));
            Assert.AreEqual(PayloadRing.TooLong, ring.Take(buffer, 0, 2));
            Assert.AreEqual(PayloadRing.TooLong, ring.Take(buffer, 0, 1));
            Assert.AreEqual(0, ring.Count);
        }

        [TestMethod]
        public void FullRingDropsTheOldestAndClearEmptiesIt()
        {
            PayloadRing ring = new PayloadRing(2, 1);
            ring.Put(new byte[] { 1 }, 0, 1);
            ring.Put(new byte[] { 2 }, 0, 1);
            ring.Put(new byte[] { 3 }, 0, 1);
            Assert.AreEqual(1, ring.Dropped);
            byte[] buffer = new byte[1];
            Assert.AreEqual(1, ring.Take(buffer, 0, 1));
            Assert.AreEqual((byte)2, buffer[0]);
            ring.Clear();
            Assert.AreEqual(0, ring.Take(buffer, 0, 1));
        }
    }
}
