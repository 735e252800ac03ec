using GlassesFirmware.Confirmation;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Confirmation
{
    /// <summary>The stock image's codec: G.711 mu-law codes, the 2:1 filter, slot layouts, blocks of any even length.</summary>
    [TestClass]
    public class MuLaw8kTests
    {
        [TestMethod]
        public void CodesAreG711()
        {
            // Expected codes and values from an independent G.711 implementation (Python's audioop.lin2ulaw/ulaw2lin).
            int[] linear = { 0, 1000, -1000, 32767, -32768, 100, -100, 5000, -20000, 8, -8, 124, -125, 30000 };
            byte[] codes = { 255, 206, 78, 128, 0, 242, 114, 171, 12, 254, 126, 239, 111, 130 };
            for (int i = 0; i < linear.Length; i++)
            {
                Assert.AreEqual(codes[i], MuLaw8k.Encode(linear[i]), "sample " + linear[i]);
            }

            Assert.AreEqual(-32124, MuLaw8k.Decode(0x00));
            Assert.AreEqual(0, MuLaw8k.Decode(0x7F));
            Assert.AreEqual(32124, MuLaw8k.Decode(0x80));
            Assert.AreEqual(0, MuLaw8k.Decode(0xFF));
            Assert.AreEqual(-556, MuLaw8k.Decode(0x5A));
            Assert.AreEqual(780, MuLaw8k.Decode(0xD3));
        }

        [TestMethod]
        public void EachOutputIsTheCodeOfAPairsAverage()
        {
            short[] pcm = { 1000, 3000, -32768, -32768, 32767, 32767, 0, 0, -500, 500, 200, 216, 12000, 8000, -7000, -7020 };
            byte[] block = new byte[8];
            Assert.AreEqual(8, new MuLaw8k().EncodeBlock(AudioKit.Slots(pcm, 2), 0, 16, 2, block, 0));
            for (int k = 0; k < 8; k++)
            {
                int average = (pcm[2 * k] + pcm[2 * k + 1]) / 2;
                int decoded = MuLaw8k.Decode(block[k]);
                // Within one mu-law step of the average: a step is at most 1/16 of the value plus the finest step.
                int error = decoded - average;
                int allowed = (average < 0 ? -average : average) / 16 + 40;
                Assert.IsTrue(error <= allowed && error >= -allowed, "output " + k + ": " + decoded + " for " + average);
            }
        }

        [TestMethod]
        public void SlotLayoutsAndLengthsGiveTheSameCodes()
        {
            short[] pcm = new short[AudioFormat.FrameSamples];
            AudioKit.AddTone(pcm, 0, pcm.Length, 9000, 3);
            AudioKit.AddNoise(pcm, 0, pcm.Length, 400, 7);
            byte[] whole = new byte[AudioFormat.FrameSamples / 2];
            MuLaw8k codec = new MuLaw8k();
            Assert.AreEqual(160, codec.EncodeBlock(AudioKit.Slots(pcm, 2), 0, pcm.Length, 2, whole, 0));
            Assert.AreEqual(VoiceCodec.FrameBytes(VoiceCodec.MuLaw8k), whole.Length);

            byte[] wide = new byte[160];
            codec.EncodeBlock(AudioKit.Slots(pcm, 4), 0, pcm.Length, 4, wide, 0);
            byte[] tail = new byte[3 + 13];
            // 26 samples at an odd offset: one window of 16 and five pairs the tail loop encodes.
            byte[] shifted = new byte[4 + pcm.Length * 2];
            System.Array.Copy(AudioKit.Slots(pcm, 2), 0, shifted, 4, pcm.Length * 2);
            Assert.AreEqual(13, codec.EncodeBlock(shifted, 4, 26, 2, tail, 3));
            for (int k = 0; k < 160; k++)
            {
                Assert.AreEqual(whole[k], wide[k], "32-bit slots, output " + k);
                if (k < 13)
                {
                    Assert.AreEqual(whole[k], tail[3 + k], "short block, output " + k);
                }
            }
        }

        [TestMethod]
        public void DecodingRestoresTheSignal()
        {
            // A 500 Hz tone at 8 kHz output survives with an error under 4 % of its amplitude (G.711 is about 38 dB SNR).
            short[] pcm = new short[AudioFormat.FrameSamples];
            AudioKit.AddTone(pcm, 0, pcm.Length, 12000, 2);
            byte[] block = new byte[160];
            new MuLaw8k().EncodeBlock(AudioKit.Slots(pcm, 2), 0, pcm.Length, 2, block, 0);
            short[] back = new short[160];
            MuLaw8k.DecodeBlock(block, 0, 160, back, 0);
            for (int k = 0; k < 160; k++)
            {
                int average = (pcm[2 * k] + pcm[2 * k + 1]) / 2;
                int error = back[k] - average;
                Assert.IsTrue(error < 480 && error > -480, "sample " + k);
            }
        }
    }
}
