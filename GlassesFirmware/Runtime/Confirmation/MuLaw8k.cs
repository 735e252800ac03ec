namespace GlassesFirmware.Confirmation
{
    /// <summary>
    /// The stock image's voice encoder: 16 kHz PCM to 8 kHz G.711 mu-law (ITU-T G.711), one byte per output
    /// sample, 160 bytes per 20 ms frame and no state, so every block decodes on its own.
    /// <para>
    /// Cost is what decides the design (docs/performance.md, Voice): the interpreter runs about 10^5 to 10^6 IL
    /// instructions a second, so the encoder may spend only some 20 IL per output sample. Each output is one
    /// lookup in an 8 KiB table indexed by the sum of two neighbouring input samples shifted right by 4: the sum
    /// is the 2:1 decimating filter (a 2-tap average, a null at 8 kHz and -3 dB at 4 kHz) and the table does the
    /// whole G.711 companding. Samples are read with <c>BitConverter.ToInt16</c>, a native call on nanoFramework
    /// (one call instead of two array reads, a shift, an or and a sign extension in IL), at constant offsets of
    /// a 16-slot window that one native Array.Copy fills; the loop is unrolled eight outputs deep, which another
    /// Array.Copy moves to the block. About 20 IL per output sample, 161,000 IL per second of audio. The table index keeps 13 bits of the average: the step of
    /// G.711's finest segment, so the table loses nothing to the codec itself.
    /// </para>
    /// </summary>
    public sealed class MuLaw8k : IVoiceEncoder
    {
        /// <summary>Input samples per output sample.</summary>
        public const int Decimation = 2;

        // (s0 + s1) lies in [-65536, 65534]; the bias makes the shifted sum a table index 0..8191.
        private const int Bias = 65536;
        private const int IndexShift = 4;
        private const int TableLength = (2 * Bias) >> IndexShift;

        // Outputs per turn of the unrolled loop.
        private const int WindowOutputs = 8;

        private static readonly byte[] Table = BuildTable();

        private readonly byte[] _input = new byte[WindowOutputs * 2 * 4];
        private readonly byte[] _output = new byte[WindowOutputs];

        /// <inheritdoc />
        public int Codec
        {
            get { return VoiceCodec.MuLaw8k; }
        }

        /// <summary>Nothing to reset: mu-law has no state.</summary>
        public void Reset()
        {
        }

        /// <summary>
        /// Encodes <paramref name="count"/> samples (even) from the slots of <paramref name="slotBytes"/> bytes (2 or 4,
        /// see <see cref="IMicrophone"/>) in <paramref name="pcm"/> from byte <paramref name="pcmOffset"/> into
        /// <paramref name="count"/> / 2 mu-law bytes at <paramref name="block"/>[<paramref name="blockOffset"/>];
        /// returns that length.
        /// </summary>
        public int EncodeBlock(byte[] pcm, int pcmOffset, int count, int slotBytes, byte[] block, int blockOffset)
        {
            if (!AudioFormat.IsSlotSize(slotBytes))
            {
                throw new System.ArgumentOutOfRangeException("slotBytes");
            }

            byte[] table = Table;
            byte[] input = _input;
            byte[] output = _output;

            // Byte offsets of the top two bytes of the 16 slots in the input window: constants for the unrolled
            // body, so no index is added per sample (an add and a load cost as much as the table lookup).
            int a0 = slotBytes - 2;
            int a1 = a0 + slotBytes;
            int a2 = a1 + slotBytes;
            int a3 = a2 + slotBytes;
            int a4 = a3 + slotBytes;
            int a5 = a4 + slotBytes;
            int a6 = a5 + slotBytes;
            int a7 = a6 + slotBytes;
            int a8 = a7 + slotBytes;
            int a9 = a8 + slotBytes;
            int a10 = a9 + slotBytes;
            int a11 = a10 + slotBytes;
            int a12 = a11 + slotBytes;
            int a13 = a12 + slotBytes;
            int a14 = a13 + slotBytes;
            int a15 = a14 + slotBytes;
            int windowBytes = WindowOutputs * 2 * slotBytes;

            // Each turn moves 16 slots into the window and 8 outputs out of it with one native Array.Copy each.
            int src = pcmOffset;
            int dst = blockOffset;
            int windows = count / (2 * WindowOutputs);
            for (int w = 0; w < windows; w++)
            {
                System.Array.Copy(pcm, src, input, 0, windowBytes);
                output[0] = table[(System.BitConverter.ToInt16(input, a0) + System.BitConverter.ToInt16(input, a1) + Bias) >> IndexShift];
                output[1] = table[(System.BitConverter.ToInt16(input, a2) + System.BitConverter.ToInt16(input, a3) + Bias) >> IndexShift];
                output[2] = table[(System.BitConverter.ToInt16(input, a4) + System.BitConverter.ToInt16(input, a5) + Bias) >> IndexShift];
                output[3] = table[(System.BitConverter.ToInt16(input, a6) + System.BitConverter.ToInt16(input, a7) + Bias) >> IndexShift];
                output[4] = table[(System.BitConverter.ToInt16(input, a8) + System.BitConverter.ToInt16(input, a9) + Bias) >> IndexShift];
                output[5] = table[(System.BitConverter.ToInt16(input, a10) + System.BitConverter.ToInt16(input, a11) + Bias) >> IndexShift];
                output[6] = table[(System.BitConverter.ToInt16(input, a12) + System.BitConverter.ToInt16(input, a13) + Bias) >> IndexShift];
                output[7] = table[(System.BitConverter.ToInt16(input, a14) + System.BitConverter.ToInt16(input, a15) + Bias) >> IndexShift];
                System.Array.Copy(output, 0, block, dst, WindowOutputs);
                src += windowBytes;
                dst += WindowOutputs;
            }

            // The last outputs when count is not a multiple of 16, one pair of slots at a time.
            int last = blockOffset + (count >> 1);
            for (int i = src + a0; dst < last; dst++)
            {
                block[dst] = table[(System.BitConverter.ToInt16(pcm, i) + System.BitConverter.ToInt16(pcm, i + slotBytes) + Bias) >> IndexShift];
                i += 2 * slotBytes;
            }

            return count >> 1;
        }

        /// <summary>
        /// G.711 mu-law code of a 16-bit linear sample (the standard's 14-bit magnitude is the sample's top 14 bits):
        /// bias 33, segment = position of the highest set bit, four mantissa bits; positive codes have every bit
        /// inverted, negative ones all but the sign bit.
        /// </summary>
        public static byte Encode(int sample)
        {
            int mask = 0xFF;
            if (sample < 0)
            {
                mask = 0x7F;
                sample = -sample;
            }

            int magnitude = (sample >> 2) + 33;
            if (magnitude > 0x1FFF)
            {
                magnitude = 0x1FFF;
            }

            int segment = 0;
            while (segment < 7 && magnitude >= (64 << segment))
            {
                segment++;
            }

            int mantissa = (magnitude >> (segment + 1)) & 0x0F;
            return (byte)(((segment << 4) | mantissa) ^ mask);
        }

        /// <summary>The 16-bit linear value of mu-law code <paramref name="code"/> (the middle of its interval).</summary>
        public static int Decode(int code)
        {
            int u = ~code & 0xFF;
            int magnitude = ((((u & 0x0F) << 1) + 33) << ((u >> 4) & 7)) - 33;
            int value = magnitude << 2;
            return (u & 0x80) != 0 ? -value : value;
        }

        /// <summary>
        /// Decodes <paramref name="length"/> mu-law bytes into samples at <paramref name="pcm"/>[<paramref name="pcmOffset"/>],
        /// at the rate they were sent (8 kHz from this encoder, 16 kHz from <see cref="MuLaw16k"/>).
        /// </summary>
        public static void DecodeBlock(byte[] block, int blockOffset, int length, short[] pcm, int pcmOffset)
        {
            for (int k = 0; k < length; k++)
            {
                pcm[pcmOffset + k] = (short)Decode(block[blockOffset + k]);
            }
        }

        private static byte[] BuildTable()
        {
            byte[] table = new byte[TableLength];
            for (int index = 0; index < TableLength; index++)
            {
                // Index k holds sums in [16k - Bias, 16k - Bias + 15]: their average's middle is (16k - Bias + 8) / 2.
                table[index] = Encode(((index << IndexShift) - Bias + 8) >> 1);
            }

            return table;
        }
    }
}
