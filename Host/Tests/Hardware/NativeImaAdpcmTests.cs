using System;
using System.IO;
using System.Runtime.InteropServices;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Host.Adapters.Confirmation;
using Xunit;
using Xunit.Abstractions;

namespace GlassesFirmware.Host.Tests.Hardware
{
    /// <summary>
    /// The native IMA ADPCM encoder (Hardware/Native/GlassesFirmware.Voice/gf_ima_adpcm.c, which the custom image
    /// links behind NativeImaAdpcm) compiled with the machine's gcc into a shared library and compared byte for byte
    /// with the portable <see cref="ImaAdpcm"/>: every block and the carried state after every block.
    /// </summary>
    [Trait("Category", GccLibrary.NativeC)]
    public class NativeImaAdpcmTests
    {
        private const int Frame = 320;
        private const int Block = ImaAdpcm.HeaderLength + Frame / 2;

        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        private delegate int EncodeBlockFn(
            [In] byte[] pcm, int pcmLength, int pcmOffset, int count, int slotBytes,
            [In, Out] byte[] block, int blockLength, int blockOffset, [In, Out] int[] state);

        private static readonly Lazy<EncodeBlockFn> Native = new(Build);

        private readonly ITestOutputHelper _output;

        public NativeImaAdpcmTests(ITestOutputHelper output)
        {
            _output = output;
        }

        // gcc -shared of the very file the firmware image compiles (no downloaded tools).
        private static EncodeBlockFn Build()
        {
            return GccLibrary.Function<EncodeBlockFn>(GccLibrary.Load(Path.Combine("GlassesFirmware.Voice", "gf_ima_adpcm.c")), "gf_ima_adpcm_encode_block");
        }

        // Puts the portable encoder into (predictor, index): decoding a header-only block sets exactly that state.
        private static ImaAdpcm StartAt(int predictor, int index)
        {
            var codec = new ImaAdpcm();
            byte[] header = { (byte)predictor, (byte)(predictor >> 8), (byte)index, 0 };
            Assert.Equal(0, codec.DecodeBlock(header, 0, 4, new short[0], 0));
            Assert.Equal(predictor, codec.Predictor);
            Assert.Equal(index, codec.StepIndex);
            return codec;
        }

        // Encodes pcm in consecutive blocks of `count` samples with both encoders from the same start state, in 2- and
        // in 4-byte slots, and compares every byte of every block (also the bytes around it) and the state after each.
        private static int CompareStream(string name, short[] pcm, int count, int predictor = 0, int index = 0, int pcmStart = 0, int blockOffset = 0)
        {
            return CompareStream(name, pcm, count, 2, predictor, index, pcmStart, blockOffset) +
                CompareStream(name + ", 32-bit slots", pcm, count, 4, predictor, index, pcmStart, blockOffset);
        }

        private static int CompareStream(string name, short[] samples, int count, int slot, int predictor, int index, int pcmStart, int blockOffset)
        {
            EncodeBlockFn native = Native.Value;
            ImaAdpcm managed = StartAt(predictor, index);
            byte[] pcm = PcmSlots.FromSamples(samples, slot);
            int[] state = { predictor, index };
            int length = ImaAdpcm.BlockLength(count);
            int blocks = 0;
            for (int offset = pcmStart * slot; offset + count * slot <= pcm.Length; offset += count * slot)
            {
                byte[] expected = new byte[blockOffset + length + 3];
                byte[] actual = new byte[expected.Length];
                Array.Fill(expected, (byte)0xA5);
                Array.Fill(actual, (byte)0xA5);
                int expectedLength = managed.EncodeBlock(pcm, offset, count, slot, expected, blockOffset);
                int actualLength = native(pcm, pcm.Length, offset, count, slot, actual, actual.Length, blockOffset, state);
                Assert.True(expectedLength == actualLength, $"{name}, block {blocks}: length {actualLength}, portable {expectedLength}");
                for (int i = 0; i < expected.Length; i++)
                {
                    Assert.True(expected[i] == actual[i], $"{name}, block {blocks}, byte {i - blockOffset}: native 0x{actual[i]:X2}, portable 0x{expected[i]:X2}");
                }

                Assert.True(managed.Predictor == state[0] && managed.StepIndex == state[1],
                    $"{name}, after block {blocks}: native state ({state[0]}, {state[1]}), portable ({managed.Predictor}, {managed.StepIndex})");
                blocks++;
            }

            Assert.True(blocks > 0, name + ": no block compared");
            return blocks;
        }

        private static short[] Tone(int samples, double hz, double amplitude, double noise, int seed)
        {
            var random = new Random(seed);
            short[] pcm = new short[samples];
            for (int i = 0; i < samples; i++)
            {
                double v = amplitude * Math.Sin(2 * Math.PI * hz * i / 16000) + (random.NextDouble() - 0.5) * 2 * noise;
                pcm[i] = (short)Math.Clamp(Math.Round(v), short.MinValue, short.MaxValue);
            }

            return pcm;
        }

        [Fact]
        public void SyntheticSignalsEncodeToTheSameBlocks()
        {
            int blocks = 0;
            blocks += CompareStream("silence", new short[Frame * 50], Frame);
            foreach (double hz in new[] { 50.0, 220, 1000, 1800, 3999, 7000, 7999 })
            {
                foreach (double amplitude in new[] { 30.0, 2000, 12000, 32767 })
                {
                    blocks += CompareStream($"tone {hz} Hz x {amplitude}", Tone(Frame * 25, hz, amplitude, 0, 1), Frame);
                }
            }

            // Full-scale clipping: an overdriven sine, a full-scale square wave and sample-to-sample rail jumps.
            blocks += CompareStream("clipped sine", Tone(Frame * 50, 440, 3 * 32767, 500, 2), Frame);
            short[] square = new short[Frame * 50];
            short[] rails = new short[Frame * 50];
            for (int i = 0; i < square.Length; i++)
            {
                square[i] = (i / 40) % 2 == 0 ? short.MaxValue : short.MinValue;
                rails[i] = i % 2 == 0 ? short.MaxValue : short.MinValue;
            }

            blocks += CompareStream("full-scale square", square, Frame);
            blocks += CompareStream("rail to rail every sample", rails, Frame);
            blocks += CompareStream("speech-like (tones, noise, 100 ms envelope)", Speech(Frame * 150), Frame);
            _output.WriteLine($"synthetic signals: {blocks} blocks of {Block} bytes compared, all equal");
        }

        [Fact]
        public void RandomPcmAndStartStatesEncodeToTheSameBlocks()
        {
            var random = new Random(20261126);
            int blocks = 0;
            short[] noise = new short[Frame * 200];
            short[] quiet = new short[Frame * 200];
            for (int i = 0; i < noise.Length; i++)
            {
                noise[i] = (short)random.Next(short.MinValue, short.MaxValue + 1);
                quiet[i] = (short)random.Next(-150, 151);
            }

            short[] rails = new short[Frame * 3];
            for (int i = 0; i < rails.Length; i++)
            {
                rails[i] = (i / 3) % 2 == 0 ? short.MaxValue : short.MinValue;
            }

            blocks += CompareStream("full-range noise", noise, Frame);
            blocks += CompareStream("room noise", quiet, Frame);

            // Every step index and extreme or random predictors as the carried-in state.
            for (int index = 0; index <= 88; index++)
            {
                foreach (int predictor in new[] { short.MinValue, -1, 0, 1, short.MaxValue, random.Next(short.MinValue, short.MaxValue + 1) })
                {
                    // Rails drive the step index into its upper clamp, room noise into the lower one.
                    blocks += CompareStream($"start ({predictor}, {index}), noise", noise[..(Frame * 3)], Frame, predictor, index);
                    blocks += CompareStream($"start ({predictor}, {index}), room", quiet[..(Frame * 3)], Frame, predictor, index);
                    blocks += CompareStream($"start ({predictor}, {index}), rails", rails, Frame, predictor, index);
                }
            }

            // Other block sizes (odd counts included: the last sample moves the state but is not stored), odd pcm
            // offsets and block offsets.
            foreach (int count in new[] { 2, 8, 31, 160, 321, 640 })
            {
                blocks += CompareStream($"count {count}", noise[..(Frame * 20)], count, 0, 0, pcmStart: 7, blockOffset: 5);
                blocks += CompareStream($"count {count}, room", quiet[..(Frame * 20)], count, 1234, 40, pcmStart: 1, blockOffset: 1);
            }

            _output.WriteLine($"random PCM and start states: {blocks} blocks compared, all equal");
        }

        [Fact]
        public void OutOfRangeCallsWriteNothingWherePortableThrows()
        {
            EncodeBlockFn native = Native.Value;
            short[] samples = Tone(Frame * 2, 440, 8000, 0, 3);
            // The last column: whether ImaAdpcm.cs throws for the same call (its state cannot leave the valid range,
            // and a negative count just encodes nothing there).
            foreach ((int slot, int pcmOffset, int count, int blockLength, int blockOffset, int predictor, int index, bool portableThrows) in new[]
            {
                (2, 2 * Frame + 2, Frame, Block, 0, 0, 0, true),  // samples past the end
                (2, 2 * Frame + 1, Frame, Block, 0, 0, 0, true),  // the last sample's top byte past the end
                (4, 4 * Frame + 4, Frame, Block, 0, 0, 0, true),  // 32-bit slots past the end
                (2, -1, Frame, Block, 0, 0, 0, true),             // negative offset
                (2, 0, Frame, Block - 1, 0, 0, 0, true),          // block one byte short
                (2, 0, Frame, Block, 1, 0, 0, true),              // block offset pushes it past the end
                (2, 0, Frame, Block, -1, 0, 0, true),             // negative block offset
                (3, 0, Frame, Block, 0, 0, 0, true),              // no such slot size
                (0, 0, Frame, Block, 0, 0, 0, true),              // no such slot size
                (2, 0, -2, Block, 0, 0, 0, false),                // negative count
                (2, 0, Frame, Block, 0, 0, 89, false),            // step index out of the table
                (2, 0, Frame, Block, 0, 40000, 10, false),        // predictor outside 16 bits
            })
            {
                byte[] pcm = PcmSlots.FromSamples(samples, slot == 4 ? 4 : 2);
                byte[] block = new byte[blockLength];
                int[] state = { predictor, index };
                Assert.Equal(-1, native(pcm, pcm.Length, pcmOffset, count, slot, block, block.Length, blockOffset, state));
                Assert.All(block, b => Assert.Equal(0, b));
                Assert.Equal(new[] { predictor, index }, state);
                if (portableThrows)
                {
                    Assert.ThrowsAny<Exception>(() => new ImaAdpcm().EncodeBlock(pcm, pcmOffset, count, slot, new byte[blockLength], blockOffset));
                }
            }
        }

        private static short[] Speech(int samples)
        {
            var random = new Random(42);
            short[] pcm = new short[samples];
            for (int i = 0; i < samples; i++)
            {
                double envelope = 2000 + 5000 * ((i / 1600) % 3);
                double v = (random.NextDouble() - 0.5) * 300 + envelope * (Math.Sin(2 * Math.PI * 220 * i / 16000) + 0.4 * Math.Sin(2 * Math.PI * 1800 * i / 16000));
                pcm[i] = (short)Math.Clamp(v, short.MinValue, short.MaxValue);
            }

            return pcm;
        }
    }
}
