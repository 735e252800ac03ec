using GlassesFirmware.Confirmation;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Confirmation
{
    /// <summary>Microphone to ADPCM blocks: partial reads, pre-roll first, one end per utterance, detection only without a sink.</summary>
    [TestClass]
    public class VoiceCaptureTests
    {
        [TestMethod]
        public void UtteranceArrivesAsContiguousBlocksPreRollFirst()
        {
            short[] pcm = Burst();
            var mic = new ScriptedMicrophone(pcm);
            mic.ChunkSamples = 100;
            var capture = new VoiceCapture(10, 2, null);
            var sink = new RecordingSink();
            bool sawStart = false;
            VoiceActivity a = VoiceActivity.Listening;
            for (int ms = 0; ms < 2000 && a != VoiceActivity.Ended; ms += 20)
            {
                mic.Advance(20);
                a = capture.Pump(mic, sink, 4);
                sawStart |= a == VoiceActivity.Started;
            }
            Assert.IsTrue(sawStart);
            Assert.AreEqual((int)VoiceActivity.Ended, (int)a);
            Assert.AreEqual(1, sink.Ends);
            Assert.AreEqual(sink.Blocks, sink.EndBlocks);
            Assert.IsFalse(sink.OutOfOrder);
            // Pre-roll 10 + start + 27 more burst frames + 15 hangover frames, less the frame that ends it.
            Assert.AreEqual(10 + 1 + 27 + 14, sink.Blocks);
            // The first blocks are the quiet pre-roll, later ones the loud burst.
            Assert.IsTrue(sink.FirstPeak < 1000, "pre-roll peak " + sink.FirstPeak);
            Assert.IsTrue(sink.MaxPeak > 5000, "burst peak " + sink.MaxPeak);
        }

        [TestMethod]
        public void WithoutASinkItOnlyDetects()
        {
            var mic = new ScriptedMicrophone(Burst());
            mic.ReleaseAll();
            var capture = new VoiceCapture(10, 2, null);
            Assert.AreEqual((int)VoiceActivity.Started, (int)capture.Pump(mic, null, 53));
            Assert.AreEqual((int)VoiceActivity.Speaking, (int)capture.Pump(mic, null, 5));
            Assert.AreEqual((int)VoiceActivity.Ended, (int)capture.Pump(mic, null, 200));
            Assert.AreEqual(0, capture.Blocks);
        }

        [TestMethod]
        public void AnotherEncoderCanBePluggedIn()
        {
            var mic = new ScriptedMicrophone(Burst());
            mic.ReleaseAll();
            var encoder = new CountingEncoder();
            var capture = new VoiceCapture(10, 2, encoder);
            var sink = new RecordingSink();
            for (int i = 0; i < 50 && capture.Pump(mic, sink, 20) != VoiceActivity.Ended; i++)
            {
            }
            Assert.AreEqual(sink.Blocks, encoder.Blocks);
            Assert.AreEqual(1, encoder.Resets);
            Assert.IsTrue(sink.MaxPeak > 5000, "the blocks are real ADPCM");
        }

        [TestMethod]
        public void AWideSlotMicrophoneGivesTheSameUtterance()
        {
            var narrow = new RecordingSink();
            var wide = new RecordingSink();
            Record(new ScriptedMicrophone(Burst(), 2), 2, narrow);
            Record(new ScriptedMicrophone(Burst(), 4), 4, wide);
            Assert.AreEqual(10 + 1 + 27 + 14, wide.Blocks);
            Assert.AreEqual(narrow.Blocks, wide.Blocks);
            Assert.AreEqual(narrow.FirstPeak, wide.FirstPeak);
            Assert.AreEqual(narrow.MaxPeak, wide.MaxPeak);
            Assert.AreEqual(narrow.Checksum, wide.Checksum);
        }

        [TestMethod]
        public void NoSamplesMeansListening()
        {
            var mic = new ScriptedMicrophone(new short[10]);
            Assert.AreEqual((int)VoiceActivity.Listening, (int)new VoiceCapture(10, 2, null).Pump(mic, new RecordingSink(), 10));
        }

        private static void Record(ScriptedMicrophone mic, int slotBytes, RecordingSink sink)
        {
            mic.ChunkSamples = 100;
            mic.ReleaseAll();
            var capture = new VoiceCapture(10, slotBytes, null);
            for (int i = 0; i < 50 && capture.Pump(mic, sink, 20) != VoiceActivity.Ended; i++)
            {
            }
        }

        private static short[] Burst()
        {
            short[] pcm = new short[AudioKit.Samples(2000)];
            AudioKit.AddNoise(pcm, 0, pcm.Length, 200, 9);
            AudioKit.AddTone(pcm, AudioKit.Samples(1000), AudioKit.Samples(600), 7000, 2);
            return pcm;
        }

        /// <summary>Stands in for a native encoder: counts calls and delegates to the portable one.</summary>
        private sealed class CountingEncoder : IVoiceEncoder
        {
            private readonly ImaAdpcm _inner = new ImaAdpcm();
            internal int Blocks;
            internal int Resets;

            public int Codec
            {
                get { return VoiceCodec.ImaAdpcm16k; }
            }

            public void Reset()
            {
                Resets++;
                _inner.Reset();
            }

            public int EncodeBlock(byte[] pcm, int pcmOffset, int count, int slotBytes, byte[] block, int blockOffset)
            {
                Blocks++;
                return _inner.EncodeBlock(pcm, pcmOffset, count, slotBytes, block, blockOffset);
            }
        }

        private sealed class RecordingSink : IVoiceSink
        {
            private readonly ImaAdpcm _decoder = new ImaAdpcm();
            private readonly short[] _pcm = new short[AudioFormat.FrameSamples];
            internal int Blocks;
            internal int Ends;
            internal int EndBlocks;
            internal bool OutOfOrder;
            internal int FirstPeak = -1;
            internal int MaxPeak;
            internal int Checksum;

            public void OnVoiceBlock(byte[] block, int count, int sequence)
            {
                OutOfOrder |= sequence != Blocks;
                Blocks++;
                for (int i = 0; i < count; i++)
                {
                    Checksum = Checksum * 31 + block[i];
                }
                _decoder.DecodeBlock(block, 0, count, _pcm, 0);
                int peak = 0;
                for (int i = 0; i < _pcm.Length; i++)
                {
                    int v = _pcm[i] < 0 ? -_pcm[i] : _pcm[i];
                    peak = v > peak ? v : peak;
                }
                if (FirstPeak < 0)
                {
                    FirstPeak = peak;
                }
                MaxPeak = peak > MaxPeak ? peak : MaxPeak;
            }

            public void OnUtteranceEnd(int blocks, bool truncated)
            {
                Ends++;
                EndBlocks = blocks;
            }
        }
    }
}
