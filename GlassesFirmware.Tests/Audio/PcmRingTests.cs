using GlassesFirmware.Audio;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Audio
{
    [TestClass]
    public class PcmRingTests
    {
        [TestMethod]
        public void BytesComeOutInOrderInWholeSlots()
        {
            PcmRing ring = new PcmRing(8, 2);
            ring.Write(new byte[] { 9, 0x01, 0x00, 0xFF, 0xFF, 0x00, 0x80 }, 1, 6);
            byte[] into = new byte[8];
            // A read asks for 5 bytes and gets 4: whole slots only.
            Assert.AreEqual(4, ring.Read(into, 1, 5));
            Assert.AreEqual((byte)0x01, into[1]);
            Assert.AreEqual((byte)0xFF, into[4]);
            Assert.AreEqual(2, ring.Read(into, 0, 8));
            Assert.AreEqual(short.MinValue, (short)GlassesFirmware.Tests.Confirmation.AudioKit.SampleAt(into, 0));
            Assert.AreEqual(0, ring.Read(into, 0, 8));
        }

        [TestMethod]
        public void WritesAndReadsWrapAroundTheEnd()
        {
            PcmRing ring = new PcmRing(4, 4);
            byte[] into = new byte[16];
            for (int round = 0; round < 20; round++)
            {
                // Three slots in, three out: the copy splits at the end of the ring in most rounds.
                byte[] slots = new byte[12];
                for (int i = 0; i < slots.Length; i++)
                {
                    slots[i] = (byte)(round * 12 + i);
                }
                ring.Write(slots, 0, slots.Length);
                Assert.AreEqual(12, ring.Count);
                Assert.AreEqual(12, ring.Read(into, 2, 16));
                for (int i = 0; i < 12; i++)
                {
                    Assert.AreEqual(slots[i], into[2 + i], "round " + round + " byte " + i);
                }
            }
            Assert.AreEqual(0, ring.Overruns);
        }

        [TestMethod]
        public void FullRingDropsTheOldestSlotsAndCountsThem()
        {
            PcmRing ring = new PcmRing(2, 2);
            ring.Write(new byte[] { 1, 0, 2, 0, 3, 0 }, 0, 6);
            Assert.AreEqual(1, ring.Overruns);
            byte[] into = new byte[4];
            Assert.AreEqual(4, ring.Read(into, 0, 4));
            Assert.AreEqual((byte)2, into[0]);
            Assert.AreEqual((byte)3, into[2]);
            ring.Write(new byte[] { 4, 0 }, 0, 2);
            ring.Write(new byte[] { 5, 0, 6, 0 }, 0, 4);
            Assert.AreEqual(2, ring.Overruns);
            Assert.AreEqual(4, ring.Read(into, 0, 4));
            Assert.AreEqual((byte)5, into[0]);
            Assert.AreEqual((byte)6, into[2]);
            ring.Clear();
            Assert.AreEqual(0, ring.Overruns);
            Assert.AreEqual(0, ring.Count);
        }

        [TestMethod]
        public void AWriteLargerThanTheRingKeepsTheNewestSlots()
        {
            PcmRing ring = new PcmRing(2, 4);
            ring.Write(new byte[] { 0, 0, 1, 0 }, 0, 4);
            byte[] big = new byte[16];
            for (int i = 0; i < big.Length; i++)
            {
                big[i] = (byte)(10 + i);
            }
            // A trailing partial slot is ignored: 17 bytes are 4 slots.
            byte[] odd = new byte[17];
            System.Array.Copy(big, odd, 16);
            ring.Write(odd, 0, 17);
            // One waiting slot and the first two of the four new ones are lost.
            Assert.AreEqual(3, ring.Overruns);
            byte[] into = new byte[8];
            Assert.AreEqual(8, ring.Read(into, 0, 8));
            Assert.AreEqual((byte)18, into[0]);
            Assert.AreEqual((byte)25, into[7]);
        }

        [TestMethod]
        public void OnlyTwoAndFourByteSlotsExist()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new PcmRing(8, 3));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new PcmRing(0, 2));
        }
    }
}
