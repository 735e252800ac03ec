using GlassesFirmware.Audio;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Audio
{
    [TestClass]
    public class PcmRingTests
    {
        [TestMethod]
        public void SixteenBitMonoSamplesComeOutInOrder()
        {
            PcmRing ring = new PcmRing(8);
            ring.WriteFrom16(new byte[] { 0x01, 0x00, 0xFF, 0xFF, 0x00, 0x80 }, 0, 6, 2);
            short[] samples = new short[4];
            Assert.AreEqual(3, ring.Read(samples, 1, 3));
            Assert.AreEqual((short)1, samples[1]);
            Assert.AreEqual((short)-1, samples[2]);
            Assert.AreEqual(short.MinValue, samples[3]);
            Assert.AreEqual(0, ring.Read(samples, 0, 4));
        }

        [TestMethod]
        public void StereoStrideTakesTheLeftChannel()
        {
            PcmRing ring = new PcmRing(8);
            ring.WriteFrom16(new byte[] { 5, 0, 9, 9, 6, 0, 9, 9 }, 0, 8, 4);
            short[] samples = new short[2];
            Assert.AreEqual(2, ring.Read(samples, 0, 2));
            Assert.AreEqual((short)6, samples[1]);
        }

        [TestMethod]
        public void ThirtyTwoBitSlotsKeepTheTopBitsAndClip()
        {
            PcmRing ring = new PcmRing(8);
            // 0x12345600 >> 16 = 0x1234; with shift 12 the value 0x7FFFFF00 >> 12 clips to 32767.
            ring.WriteFrom32(new byte[] { 0x00, 0x56, 0x34, 0x12 }, 0, 4, 4, 16);
            ring.WriteFrom32(new byte[] { 0x00, 0xFF, 0xFF, 0x7F, 0x00, 0x00, 0x00, 0x80 }, 0, 8, 4, 12);
            short[] samples = new short[3];
            Assert.AreEqual(3, ring.Read(samples, 0, 3));
            Assert.AreEqual((short)0x1234, samples[0]);
            Assert.AreEqual(short.MaxValue, samples[1]);
            Assert.AreEqual(short.MinValue, samples[2]);
        }

        [TestMethod]
        public void FullRingOverwritesTheOldestAndCountsIt()
        {
            PcmRing ring = new PcmRing(2);
            ring.WriteFrom16(new byte[] { 1, 0, 2, 0, 3, 0 }, 0, 6, 2);
            Assert.AreEqual(1, ring.Overruns);
            short[] samples = new short[2];
            Assert.AreEqual(2, ring.Read(samples, 0, 2));
            Assert.AreEqual((short)2, samples[0]);
            ring.Clear();
            Assert.AreEqual(0, ring.Overruns);
        }
    }
}
