using GlassesFirmware.Confirmation;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Confirmation
{
    /// <summary>The stock image's 16 kHz codec: one G.711 code per sample, slot layouts, blocks of any length.</summary>
    [TestClass]
    public class MuLaw16kTests
    {
        [TestMethod]
        public void EachOutputIsTheG711CodeOfItsSample()
        {
            // Codes from an independent G.711 implementation (Python's audioop.lin2ulaw), as in MuLaw8kTests, for values
            // away from a code boundary; within one finest step (8 in 16-bit units) of one, the table may take the next
            // code, which the decoding check below bounds.
            short[] pcm = { 1000, -1000, 32767, -32768, 100, -100, 5000, -20000, 30000, 0, 8, -8, 124, -125, 12000, -7000 };
            byte[] codes = { 206, 78, 128, 0, 242, 114, 171, 12, 130 };
            byte[] block = new byte[16];
            Assert.AreEqual(16, new MuLaw16k().EncodeBlock(AudioKit.Slots(pcm, 2), 0, 16, 2, block, 0));
            for (int k = 0; k < codes.Length; k++)
            {
                Assert.AreEqual(codes[k], block[k], "sample " + pcm[k]);
            }

            for (int k = 0; k < pcm.Length; k++)
            {
                int error = MuLaw8k.Decode(block[k]) - pcm[k];
                int allowed = (pcm[k] < 0 ? -pcm[k] : pcm[k]) / 16 + 40;
                Assert.IsTrue(error <= allowed && error >= -allowed, "sample " + k + ": " + MuLaw8k.Decode(block[k]) + " for " + pcm[k]);
            }
        }

        [TestMethod]
        public void SlotLayoutsAndLengthsGiveTheSameCodes()
        {
            short[] pcm = new short[AudioFormat.FrameSamples];
            AudioKit.AddTone(pcm, 0, pcm.Length, 9000, 3);
            AudioKit.AddNoise(pcm, 0, pcm.Length, 400, 7);
            byte[] whole = new byte[AudioFormat.FrameSamples];
            MuLaw16k codec = new MuLaw16k();
            Assert.AreEqual(VoiceCodec.MuLaw16k, codec.Codec);
            Assert.AreEqual(320, codec.EncodeBlock(AudioKit.Slots(pcm, 2), 0, pcm.Length, 2, whole, 0));
            Assert.AreEqual(VoiceCodec.FrameBytes(VoiceCodec.MuLaw16k), whole.Length);

            byte[] wide = new byte[320];
            codec.EncodeBlock(AudioKit.Slots(pcm, 4), 0, pcm.Length, 4, wide, 0);

            // 21 samples at an odd offset: one window of 16 and five the tail loop encodes.
            byte[] tail = new byte[3 + 21];
            byte[] shifted = new byte[4 + pcm.Length * 2];
            System.Array.Copy(AudioKit.Slots(pcm, 2), 0, shifted, 4, pcm.Length * 2);
            Assert.AreEqual(21, codec.EncodeBlock(shifted, 4, 21, 2, tail, 3));
            for (int k = 0; k < 320; k++)
            {
                Assert.AreEqual(whole[k], wide[k], "32-bit slots, output " + k);
                Assert.AreEqual(MuLaw8k.Encode(pcm[k] - (pcm[k] & 7) + 4), whole[k], "output " + k + " is the code of its sample's step");
                if (k < 21)
                {
                    Assert.AreEqual(whole[k], tail[3 + k], "short block, output " + k);
                }
            }
        }

        [TestMethod]
        public void DecodingRestoresTheSignalAtFullRate()
        {
            // A tone near 5 kHz (above the 8 kHz codec's band) survives with an error under 4 % of its amplitude.
            short[] pcm = new short[AudioFormat.FrameSamples];
            AudioKit.AddTone(pcm, 0, pcm.Length, 12000, 20);
            byte[] block = new byte[320];
            new MuLaw16k().EncodeBlock(AudioKit.Slots(pcm, 2), 0, pcm.Length, 2, block, 0);
            short[] back = new short[320];
            MuLaw8k.DecodeBlock(block, 0, 320, back, 0);
            for (int k = 0; k < 320; k++)
            {
                int error = back[k] - pcm[k];
                Assert.IsTrue(error < 480 && error > -480, "sample " + k);
            }
        }

        [TestMethod]
        public void BadSlotSizeIsRefused()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new MuLaw16k().EncodeBlock(new byte[64], 0, 16, 3, new byte[16], 0));
        }
    }
}
