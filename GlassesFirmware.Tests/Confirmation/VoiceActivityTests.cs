using GlassesFirmware.Confirmation;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Confirmation
{
    /// <summary>Voice activity detection on synthetic signals: silence, tone bursts, noise, DC offset, limits.</summary>
    [TestClass]
    public class VoiceActivityTests
    {
        private const int Frame = AudioFormat.FrameSamples;

        [TestMethod]
        public void SilenceAndQuietNoiseNeverStartAnUtterance()
        {
            short[] pcm = new short[AudioKit.Samples(3000)];
            AudioKit.AddNoise(pcm, AudioKit.Samples(1000), AudioKit.Samples(2000), 40, 1);
            int[] counts = Run(new VoiceActivityDetector(10, 2), pcm);
            Assert.AreEqual(0, counts[(int)VadResult.Start]);
            Assert.AreEqual(pcm.Length / Frame, counts[(int)VadResult.Silence]);
        }

        [TestMethod]
        public void ToneBurstInNoiseIsOneUtteranceWithPreRollAndHangover()
        {
            // 1 s of room noise, a 600 ms burst, 1 s of room noise.
            short[] pcm = new short[AudioKit.Samples(2600)];
            AudioKit.AddNoise(pcm, 0, pcm.Length, 300, 2);
            AudioKit.AddTone(pcm, AudioKit.Samples(1000), AudioKit.Samples(600), 6000, 2);
            var vad = new VoiceActivityDetector(10, 2);
            byte[] frame = new byte[vad.FrameBytes];
            int startFrame = -1;
            int endFrame = -1;
            int speech = 0;
            for (int f = 0; f < pcm.Length / Frame; f++)
            {
                VadResult r = vad.Process(AudioKit.Frame(pcm, f, 2, frame), 0);
                if (r == VadResult.Start)
                {
                    Assert.AreEqual(-1, startFrame, "one start only");
                    startFrame = f;
                    Assert.AreEqual(10, vad.PreRollCount);
                }
                else if (r == VadResult.Speech)
                {
                    speech++;
                }
                else if (r == VadResult.End)
                {
                    endFrame = f;
                }
                Assert.AreNotEqual((int)VadResult.Truncated, (int)r);
            }
            // The burst starts at frame 50; onset needs 3 speech frames.
            Assert.AreEqual(52, startFrame);
            // It ends at frame 80; the hangover is 15 frames.
            Assert.AreEqual(80 + 15 - 1, endFrame);
            Assert.AreEqual(endFrame - startFrame - 1, speech);
            Assert.IsTrue(vad.NoiseFloor > 50 && vad.NoiseFloor < 300, "floor " + vad.NoiseFloor);
        }

        [TestMethod]
        public void PreRollHoldsTheFramesBeforeTheStart()
        {
            short[] pcm = new short[AudioKit.Samples(1000)];
            AudioKit.AddTone(pcm, AudioKit.Samples(500), AudioKit.Samples(500), 8000, 2);
            // Mark each frame with its index in its first sample so the pre-roll order can be checked.
            for (int f = 0; f < pcm.Length / Frame; f++)
            {
                pcm[f * Frame] = (short)f;
            }
            var vad = new VoiceActivityDetector(6, 4);
            byte[] frame = new byte[vad.FrameBytes];
            for (int f = 0; f < pcm.Length / Frame; f++)
            {
                if (vad.Process(AudioKit.Frame(pcm, f, 4, frame), 0) == VadResult.Start)
                {
                    Assert.AreEqual(6, vad.PreRollCount);
                    byte[] one = new byte[vad.FrameBytes];
                    for (int i = 0; i < 6; i++)
                    {
                        vad.CopyPreRoll(i, one, 0);
                        Assert.AreEqual(f - 6 + i, AudioKit.SampleAt(one, 2));
                    }
                    return;
                }
            }
            Assert.IsTrue(false, "no utterance");
        }

        [TestMethod]
        public void AShortClickDoesNotStartAnUtterance()
        {
            short[] pcm = new short[AudioKit.Samples(1000)];
            AudioKit.AddNoise(pcm, 0, pcm.Length, 200, 3);
            AudioKit.AddTone(pcm, AudioKit.Samples(500), AudioKit.Samples(40), 20000, 5);
            Assert.AreEqual(0, Run(new VoiceActivityDetector(10, 2), pcm)[(int)VadResult.Start]);
        }

        [TestMethod]
        public void SteadyLoudNoiseIsCutOnceThenBecomesTheFloor()
        {
            // Quiet, then 20 s of loud steady noise (a street): at most one utterance, cut at the maximum length.
            // Made a frame at a time: 21 s of samples would not fit a device's heap.
            var vad = new VoiceActivityDetector(10, 2);
            short[] pcm = new short[Frame];
            byte[] frame = new byte[vad.FrameBytes];
            int[] counts = new int[5];
            AudioKit.Seed(4);
            for (int f = 0; f < 21 * 50; f++)
            {
                System.Array.Clear(pcm, 0, Frame);
                AudioKit.AddNoise(pcm, 0, Frame, f < 50 ? 50 : 4000);
                counts[(int)vad.Process(AudioKit.Frame(pcm, 0, 2, frame), 0)]++;
            }
            Assert.IsTrue(counts[(int)VadResult.Start] <= 1, "starts " + counts[(int)VadResult.Start]);
            Assert.AreEqual(counts[(int)VadResult.Start], counts[(int)VadResult.Truncated]);
            Assert.IsFalse(vad.InUtterance);
            Assert.IsTrue(vad.NoiseFloor > 1000, "floor " + vad.NoiseFloor);
        }

        [TestMethod]
        public void SpeechLongerThanTheMaximumIsTruncated()
        {
            short[] pcm = new short[AudioKit.Samples(3000)];
            AudioKit.AddNoise(pcm, 0, pcm.Length, 100, 6);
            AudioKit.AddTone(pcm, AudioKit.Samples(500), AudioKit.Samples(2500), 8000, 3);
            var vad = new VoiceActivityDetector(10, 2);
            vad.MaxFrames = 50;
            int[] counts = Run(vad, pcm);
            Assert.AreEqual(1, counts[(int)VadResult.Start]);
            Assert.AreEqual(1, counts[(int)VadResult.Truncated]);
            // Pre-roll (10) + start frame + speech frames = 50, then the cut.
            Assert.AreEqual(50 - 10 - 1, counts[(int)VadResult.Speech]);
        }

        [TestMethod]
        public void DcOffsetDoesNotLookLikeSpeech()
        {
            short[] pcm = new short[AudioKit.Samples(2000)];
            AudioKit.AddNoise(pcm, 0, pcm.Length, 60, 8);
            AudioKit.AddDc(pcm, AudioKit.Samples(1000), AudioKit.Samples(1000), 5000);
            Assert.AreEqual(0, Run(new VoiceActivityDetector(10, 2), pcm)[(int)VadResult.Start]);
        }

        [TestMethod]
        public void ResetForgetsTheFloorAndTheUtterance()
        {
            short[] pcm = new short[AudioKit.Samples(400)];
            AudioKit.AddTone(pcm, 0, pcm.Length, 8000, 2);
            var vad = new VoiceActivityDetector(4, 2);
            vad.Process(new byte[vad.FrameBytes], 0);
            Run(vad, pcm);
            Assert.IsTrue(vad.InUtterance);
            vad.Reset();
            Assert.IsFalse(vad.InUtterance);
            Assert.AreEqual(-1, vad.NoiseFloor);
            Assert.AreEqual(0, vad.PreRollCount);
        }

        [TestMethod]
        public void ATonePeriodInAnyVoiceBandStartsAnUtterance()
        {
            // The level looks at every 41st sample only: no tone from 250 Hz to 7.75 kHz may fall between them.
            for (int step = 1; step < 32; step++)
            {
                short[] pcm = new short[AudioKit.Samples(1500)];
                AudioKit.AddNoise(pcm, 0, pcm.Length, 200, (uint)step);
                AudioKit.AddTone(pcm, AudioKit.Samples(500), AudioKit.Samples(600), 4000, step);
                Assert.AreEqual(1, Run(new VoiceActivityDetector(10, 2), pcm)[(int)VadResult.Start], (step * 250) + " Hz");
            }
        }

        [TestMethod]
        public void WideSlotsGiveTheSameDecisionsAndIgnoreTheLowBytes()
        {
            // The same signal in 16-bit and in 32-bit I2S slots (whose low bytes carry filler).
            short[] pcm = new short[AudioKit.Samples(3000)];
            AudioKit.AddNoise(pcm, 0, pcm.Length, 250, 11);
            AudioKit.AddTone(pcm, AudioKit.Samples(800), AudioKit.Samples(700), 5000, 3);
            AudioKit.AddDc(pcm, 0, pcm.Length, -700);
            var a = new VoiceActivityDetector(10, 2);
            var b = new VoiceActivityDetector(10, 4);
            byte[] narrow = new byte[a.FrameBytes];
            byte[] wide = new byte[b.FrameBytes];
            int starts = 0;
            for (int f = 0; f < pcm.Length / Frame; f++)
            {
                VadResult r = a.Process(AudioKit.Frame(pcm, f, 2, narrow), 0);
                Assert.AreEqual((int)r, (int)b.Process(AudioKit.Frame(pcm, f, 4, wide), 0), "frame " + f);
                Assert.AreEqual(a.LastLevel, b.LastLevel, "level of frame " + f);
                starts += r == VadResult.Start ? 1 : 0;
            }
            Assert.AreEqual(1, starts);
        }

        [TestMethod]
        public void OtherSlotSizesAreRefused()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new VoiceActivityDetector(10, 3));
        }

        private static int[] Run(VoiceActivityDetector vad, short[] pcm)
        {
            byte[] frame = new byte[vad.FrameBytes];
            int[] counts = new int[5];
            for (int f = 0; f < pcm.Length / Frame; f++)
            {
                counts[(int)vad.Process(AudioKit.Frame(pcm, f, 2, frame), 0)]++;
            }
            return counts;
        }
    }
}
