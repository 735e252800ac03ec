using GlassesFirmware.Confirmation;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Confirmation
{
    /// <summary>
    /// G.711 mu-law and the stock image's encoder: codes against an independent implementation, both codecs (16 kHz, and
    /// 8 kHz after the 2:1 filter), slot layouts, blocks of any length, decoding.
    /// </summary>
    [TestClass]
    public class MuLawTests
    {
        [TestMethod]
        public void CodesAreG711()
        {
            // Expected codes and values from an independent G.711 implementation (Python's audioop.lin2ulaw/ulaw2lin).
            int[] linear = { 0, 1000, -1000, 32767, -32768, 100, -100, 5000, -20000, 8, -8, 124, -125, 30000 };
            byte[] codes = { 255, 206, 78, 128, 0, 242, 114, 171, 12, 254, 126, 239, 111, 130 };
            for (int i = 0; i < linear.Length; i++)
            {
                Assert.AreEqual(codes[i], MuLaw.Encode(linear[i]), "sample " + linear[i]);
            }

            Assert.AreEqual(-32124, MuLaw.Decode(0x00));
            Assert.AreEqual(0, MuLaw.Decode(0x7F));
            Assert.AreEqual(32124, MuLaw.Decode(0x80));
            Assert.AreEqual(0, MuLaw.Decode(0xFF));
            Assert.AreEqual(-556, MuLaw.Decode(0x5A));
            Assert.AreEqual(780, MuLaw.Decode(0xD3));
        }

        [TestMethod]
        public void EachWidebandOutputIsTheG711CodeOfItsSample()
        {
            // Away from a code boundary the table gives the reference codes; within one finest step (8 in 16-bit units)
            // of one it may take the next code, which the decoding check bounds.
            short[] pcm = { 1000, -1000, 32767, -32768, 100, -100, 5000, -20000, 30000, 0, 8, -8, 124, -125, 12000, -7000 };
            byte[] codes = { 206, 78, 128, 0, 242, 114, 171, 12, 130 };
            byte[] block = new byte[16];
            Assert.AreEqual(16, new MuLawEncoder(VoiceCodec.MuLaw16k).EncodeBlock(AudioKit.Slots(pcm, 2), 0, 16, 2, block, 0));
            for (int k = 0; k < codes.Length; k++)
            {
                Assert.AreEqual(codes[k], block[k], "sample " + pcm[k]);
            }

            for (int k = 0; k < pcm.Length; k++)
            {
                AssertWithinAStep(pcm[k], MuLaw.Decode(block[k]), "sample " + k);
            }
        }

        [TestMethod]
        public void EachNarrowbandOutputIsTheCodeOfAPairsAverage()
        {
            short[] pcm = { 1000, 3000, -32768, -32768, 32767, 32767, 0, 0, -500, 500, 200, 216, 12000, 8000, -7000, -7020 };
            byte[] block = new byte[8];
            Assert.AreEqual(8, new MuLawEncoder(VoiceCodec.MuLaw8k).EncodeBlock(AudioKit.Slots(pcm, 2), 0, 16, 2, block, 0));
            for (int k = 0; k < 8; k++)
            {
                AssertWithinAStep((pcm[2 * k] + pcm[2 * k + 1]) / 2, MuLaw.Decode(block[k]), "output " + k);
            }
        }

        [TestMethod]
        public void WidebandSlotLayoutsAndLengthsGiveTheSameCodes()
        {
            byte[] whole = SameCodesForEveryLayout(VoiceCodec.MuLaw16k, 21);
            short[] pcm = Frame();
            for (int k = 0; k < whole.Length; k++)
            {
                Assert.AreEqual(MuLaw.Encode(pcm[k] - (pcm[k] & 7) + 4), whole[k], "output " + k + " is the code of its sample's step");
            }
        }

        [TestMethod]
        public void NarrowbandSlotLayoutsAndLengthsGiveTheSameCodes()
        {
            Assert.AreEqual(160, SameCodesForEveryLayout(VoiceCodec.MuLaw8k, 26).Length);
        }

        [TestMethod]
        public void WidebandDecodingRestoresTheSignalAtFullRate()
        {
            // A tone near 5 kHz (above the 8 kHz codec's band) survives with an error under 4 % of its amplitude.
            short[] back = RoundTrip(VoiceCodec.MuLaw16k, 20);
            short[] pcm = Tone(20);
            for (int k = 0; k < back.Length; k++)
            {
                int error = back[k] - pcm[k];
                Assert.IsTrue(error < 480 && error > -480, "sample " + k);
            }
        }

        [TestMethod]
        public void NarrowbandDecodingRestoresTheSignal()
        {
            // A 500 Hz tone at 8 kHz output survives with an error under 4 % of its amplitude (G.711 is about 38 dB SNR).
            short[] back = RoundTrip(VoiceCodec.MuLaw8k, 2);
            short[] pcm = Tone(2);
            for (int k = 0; k < back.Length; k++)
            {
                int error = back[k] - (pcm[2 * k] + pcm[2 * k + 1]) / 2;
                Assert.IsTrue(error < 480 && error > -480, "sample " + k);
            }
        }

        [TestMethod]
        public void BadCodecOrSlotSizeIsRefused()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new MuLawEncoder(VoiceCodec.ImaAdpcm16k));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new MuLawEncoder(VoiceCodec.MuLaw16k).EncodeBlock(new byte[64], 0, 16, 3, new byte[16], 0));
        }

        // Encodes a 20 ms frame from 16-bit and 32-bit slots and the first tailSamples samples from an offset (one window
        // of 16 and a tail); all must agree. Returns the frame's block.
        private static byte[] SameCodesForEveryLayout(int codec, int tailSamples)
        {
            short[] pcm = Frame();
            MuLawEncoder encoder = new MuLawEncoder(codec);
            Assert.AreEqual(codec, encoder.Codec);
            byte[] whole = new byte[VoiceCodec.FrameBytes(codec)];
            Assert.AreEqual(whole.Length, encoder.EncodeBlock(AudioKit.Slots(pcm, 2), 0, pcm.Length, 2, whole, 0));
            byte[] wide = new byte[whole.Length];
            encoder.EncodeBlock(AudioKit.Slots(pcm, 4), 0, pcm.Length, 4, wide, 0);
            int tailOutputs = codec == VoiceCodec.MuLaw8k ? tailSamples / 2 : tailSamples;
            byte[] tail = new byte[3 + tailOutputs];
            byte[] shifted = new byte[4 + pcm.Length * 2];
            System.Array.Copy(AudioKit.Slots(pcm, 2), 0, shifted, 4, pcm.Length * 2);
            Assert.AreEqual(tailOutputs, encoder.EncodeBlock(shifted, 4, tailSamples, 2, tail, 3));
            for (int k = 0; k < whole.Length; k++)
            {
                Assert.AreEqual(whole[k], wide[k], "32-bit slots, output " + k);
                if (k < tailOutputs)
                {
                    Assert.AreEqual(whole[k], tail[3 + k], "short block, output " + k);
                }
            }

            return whole;
        }

        private static short[] RoundTrip(int codec, int cycles)
        {
            byte[] block = new byte[VoiceCodec.FrameBytes(codec)];
            new MuLawEncoder(codec).EncodeBlock(AudioKit.Slots(Tone(cycles), 2), 0, AudioFormat.FrameSamples, 2, block, 0);
            short[] back = new short[block.Length];
            MuLaw.DecodeBlock(block, 0, block.Length, back, 0);
            return back;
        }

        private static short[] Frame()
        {
            short[] pcm = new short[AudioFormat.FrameSamples];
            AudioKit.AddTone(pcm, 0, pcm.Length, 9000, 3);
            AudioKit.AddNoise(pcm, 0, pcm.Length, 400, 7);
            return pcm;
        }

        private static short[] Tone(int cycles)
        {
            short[] pcm = new short[AudioFormat.FrameSamples];
            AudioKit.AddTone(pcm, 0, pcm.Length, 12000, cycles);
            return pcm;
        }

        // Within one mu-law step of the value: a step is at most 1/16 of the value plus the finest step.
        private static void AssertWithinAStep(int value, int decoded, string what)
        {
            int error = decoded - value;
            int allowed = (value < 0 ? -value : value) / 16 + 40;
            Assert.IsTrue(error <= allowed && error >= -allowed, what + ": " + decoded + " for " + value);
        }
    }
}
