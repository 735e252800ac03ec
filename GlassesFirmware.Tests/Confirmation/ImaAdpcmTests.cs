using GlassesFirmware.Confirmation;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Confirmation
{
    /// <summary>IMA ADPCM: standard tables, a reference vector, round trips on synthetic signals, block independence.</summary>
    [TestClass]
    public class ImaAdpcmTests
    {
        [TestMethod]
        public void TablesAreTheImaStandard()
        {
            Assert.AreEqual(7, ImaAdpcm.StepSize(0));
            Assert.AreEqual(32767, ImaAdpcm.StepSize(88));
            for (int i = 1; i < 89; i++)
            {
                // Each step is about 1.1 times the previous one.
                Assert.IsTrue(ImaAdpcm.StepSize(i) > ImaAdpcm.StepSize(i - 1));
                Assert.IsTrue(ImaAdpcm.StepSize(i) * 10 <= ImaAdpcm.StepSize(i - 1) * 12 + 10);
            }
            Assert.AreEqual(-1, ImaAdpcm.IndexChange(3));
            Assert.AreEqual(8, ImaAdpcm.IndexChange(7));
            Assert.AreEqual(2, ImaAdpcm.IndexChange(12));
            Assert.AreEqual(-1, ImaAdpcm.IndexChange(8));
        }

        [TestMethod]
        public void EncodesTheReferenceVector()
        {
            // Expected bytes from an independent implementation of the IMA spec algorithm (Python).
            short[] pcm = { 0, 1000, 3000, 6000, 9000, 9000, 4000, -2000, -12000, -30000, -32768, 0, 32767, 100, -100, 0 };
            byte[] expected = { 112, 119, 119, 247, 255, 95, 182, 136 };
            var enc = new ImaAdpcm();
            byte[] block = new byte[ImaAdpcm.BlockLength(16)];
            Assert.AreEqual(12, enc.EncodeBlock(AudioKit.Slots(pcm, 2), 0, 16, 2, block, 0));
            Assert.AreEqual((byte)0, block[0]);
            Assert.AreEqual((byte)0, block[2]);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], block[4 + i], "byte " + i);
            }
            Assert.AreEqual(-3011, enc.Predictor);
            Assert.AreEqual(85, enc.StepIndex);
        }

        [TestMethod]
        public void ToneRoundTripKeepsMoreThan20DbSignalToNoise()
        {
            short[] pcm = new short[AudioFormat.FrameSamples * 10];
            AudioKit.AddTone(pcm, 0, pcm.Length, 8000, 4);
            long signal;
            long error = RoundTripError(pcm, out signal);
            Assert.IsTrue(error * 100 < signal, "SNR below 20 dB: error " + error + " signal " + signal);
        }

        [TestMethod]
        public void NoisyVoiceBandSignalRoundTripsAbove12Db()
        {
            short[] pcm = new short[AudioFormat.FrameSamples * 10];
            AudioKit.AddTone(pcm, 0, pcm.Length, 6000, 1);
            AudioKit.AddTone(pcm, 0, pcm.Length, 3000, 7);
            AudioKit.AddNoise(pcm, 0, pcm.Length, 500, 7);
            long signal;
            long error = RoundTripError(pcm, out signal);
            Assert.IsTrue(error * 16 < signal, "SNR below 12 dB: error " + error + " signal " + signal);
        }

        [TestMethod]
        public void SilenceStaysNearZero()
        {
            short[] pcm = new short[AudioFormat.FrameSamples];
            short[] back = Decode(Encode(pcm, 1), 1);
            for (int i = 0; i < back.Length; i++)
            {
                Assert.IsTrue(back[i] >= -8 && back[i] <= 8, "sample " + i + " = " + back[i]);
            }
        }

        [TestMethod]
        public void FullScaleSquareWaveClampsWithoutWrapping()
        {
            short[] pcm = new short[AudioFormat.FrameSamples * 2];
            for (int i = 0; i < pcm.Length; i++)
            {
                pcm[i] = (i / 16 & 1) == 0 ? short.MaxValue : short.MinValue;
            }
            short[] back = Decode(Encode(pcm, 2), 2);
            // After the step index has climbed, the decoded signal follows the square wave's sign.
            for (int i = 100; i < back.Length; i++)
            {
                if (i % 16 >= 8)
                {
                    Assert.AreEqual(pcm[i] > 0, back[i] > 0, "sample " + i);
                }
            }
        }

        [TestMethod]
        public void EachBlockDecodesOnItsOwn()
        {
            short[] pcm = new short[AudioFormat.FrameSamples * 3];
            AudioKit.AddTone(pcm, 0, pcm.Length, 9000, 3);
            byte[] blocks = Encode(pcm, 3);
            short[] all = Decode(blocks, 3);
            int len = ImaAdpcm.BlockLength(AudioFormat.FrameSamples);
            var alone = new ImaAdpcm();
            short[] third = new short[AudioFormat.FrameSamples];
            Assert.AreEqual(AudioFormat.FrameSamples, alone.DecodeBlock(blocks, 2 * len, len, third, 0));
            for (int i = 0; i < third.Length; i++)
            {
                Assert.AreEqual(all[2 * AudioFormat.FrameSamples + i], third[i]);
            }
        }

        [TestMethod]
        public void WideSlotsEncodeToTheSameBlocks()
        {
            // 32-bit I2S slots (low bytes filler) at an odd byte offset give the blocks of the 16-bit samples.
            short[] pcm = new short[AudioFormat.FrameSamples * 2];
            AudioKit.AddTone(pcm, 0, pcm.Length, 9000, 5);
            AudioKit.AddNoise(pcm, 0, pcm.Length, 400, 12);
            byte[] expected = Encode(pcm, 2);
            byte[] wide = AudioKit.Slots(pcm, 4);
            byte[] shifted = new byte[wide.Length + 3];
            System.Array.Copy(wide, 0, shifted, 3, wide.Length);
            int len = ImaAdpcm.BlockLength(AudioFormat.FrameSamples);
            byte[] actual = new byte[2 * len];
            var enc = new ImaAdpcm();
            for (int f = 0; f < 2; f++)
            {
                Assert.AreEqual(len, enc.EncodeBlock(shifted, 3 + f * AudioFormat.FrameSamples * 4, AudioFormat.FrameSamples, 4, actual, f * len));
            }
            CollectionAssert.AreEqual(expected, actual);
        }

        [TestMethod]
        public void OtherSlotSizesAreRefused()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new ImaAdpcm().EncodeBlock(new byte[8], 0, 2, 3, new byte[8], 0));
        }

        [TestMethod]
        public void BlockIsFourToOnePlusHeader()
        {
            Assert.AreEqual(164, ImaAdpcm.BlockLength(AudioFormat.FrameSamples));
        }

        [TestMethod]
        public void MalformedHeaderIsRefused()
        {
            byte[] block = { 0, 0, 89, 0, 0x11 };
            Assert.AreEqual(-1, new ImaAdpcm().DecodeBlock(block, 0, block.Length, new short[2], 0));
            Assert.AreEqual(-1, new ImaAdpcm().DecodeBlock(block, 0, 3, new short[2], 0));
        }

        private static long RoundTripError(short[] pcm, out long signal)
        {
            int frames = pcm.Length / AudioFormat.FrameSamples;
            short[] back = Decode(Encode(pcm, frames), frames);
            signal = 0;
            long error = 0;
            // Skip the first frame: the step size adapts from its smallest value.
            for (int i = AudioFormat.FrameSamples; i < pcm.Length; i++)
            {
                long d = pcm[i] - back[i];
                signal += (long)pcm[i] * pcm[i];
                error += d * d;
            }
            return error;
        }

        private static byte[] Encode(short[] pcm, int frames)
        {
            int len = ImaAdpcm.BlockLength(AudioFormat.FrameSamples);
            byte[] blocks = new byte[frames * len];
            byte[] bytes = AudioKit.Slots(pcm, 2);
            var enc = new ImaAdpcm();
            for (int f = 0; f < frames; f++)
            {
                Assert.AreEqual(len, enc.EncodeBlock(bytes, f * AudioFormat.FrameSamples * 2, AudioFormat.FrameSamples, 2, blocks, f * len));
            }
            return blocks;
        }

        private static short[] Decode(byte[] blocks, int frames)
        {
            int len = ImaAdpcm.BlockLength(AudioFormat.FrameSamples);
            short[] pcm = new short[frames * AudioFormat.FrameSamples];
            var dec = new ImaAdpcm();
            for (int f = 0; f < frames; f++)
            {
                Assert.AreEqual(AudioFormat.FrameSamples, dec.DecodeBlock(blocks, f * len, len, pcm, f * AudioFormat.FrameSamples));
            }
            return pcm;
        }
    }
}
