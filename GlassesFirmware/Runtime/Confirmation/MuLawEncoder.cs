namespace GlassesFirmware.Confirmation
{
    /// <summary>
    /// The stock image's voice encoder: 16 kHz PCM to G.711 mu-law (<see cref="MuLaw"/>), one byte per output sample and
    /// no state, so every block decodes on its own. Two codecs:
    /// <list type="bullet">
    /// <item><see cref="VoiceCodec.MuLaw16k"/> (the default): every sample, 320 bytes per 20 ms. The sample's top two
    /// bytes, read with one <c>BitConverter.ToUInt16</c> (native on nanoFramework), index a 64 KiB table that holds the
    /// code of every 16-bit value. The wallet's recognizer hears 16 kHz speech much better than 8 kHz
    /// (docs/wallet-peer.md).</item>
    /// <item><see cref="VoiceCodec.MuLaw8k"/>: half the bytes, 160 per 20 ms. Each output is one lookup in an 8 KiB table
    /// indexed by the sum of two neighbouring samples shifted right by 4: the sum is the 2:1 decimating filter (a 2-tap
    /// average, a null at 8 kHz and -3 dB at 4 kHz); the index keeps 13 bits of the average, the step of G.711's finest
    /// segment, so the table loses nothing to the codec itself.</item>
    /// </list>
    /// Cost decides the design (docs/performance.md, Voice): the interpreter runs about 10^6 IL instructions a second,
    /// so an output may cost only some 10 IL. Samples are read at constant offsets of a 16-slot window that one native
    /// <c>Array.Copy</c> fills, the loop unrolled a window deep, and another <c>Array.Copy</c> moves the outputs to the
    /// block. A table is built when the first encoder of its codec is made (8,192 encodes either way) and kept.
    /// </summary>
    public sealed class MuLawEncoder : IVoiceEncoder
    {
        /// <summary>Bytes of the 16 kHz code table, one per 16-bit value (the memory plan counts it).</summary>
        public const int WideTableBytes = 65536;

        // Values per wide-table run computed with one encode: G.711's finest step is 8 in 16-bit units.
        private const int Bucket = 8;

        // (s0 + s1) lies in [-65536, 65534]; the bias makes the shifted sum a narrow-table index 0..8191.
        private const int Bias = 65536;
        private const int IndexShift = 4;
        private const int NarrowTableLength = (2 * Bias) >> IndexShift;

        // Input slots per turn of the unrolled loop.
        private const int WindowSlots = 16;

        private static byte[] _wideTable;
        private static byte[] _narrowTable;

        private readonly bool _narrow;
        private readonly byte[] _table;
        private readonly byte[] _input = new byte[WindowSlots * 4];
        private readonly byte[] _output = new byte[WindowSlots];

        /// <summary>An encoder for <paramref name="codec"/>: <see cref="VoiceCodec.MuLaw16k"/> or <see cref="VoiceCodec.MuLaw8k"/>.</summary>
        public MuLawEncoder(int codec)
        {
            if (codec == VoiceCodec.MuLaw16k)
            {
                if (_wideTable == null)
                {
                    _wideTable = BuildWideTable();
                }
                _table = _wideTable;
            }
            else if (codec == VoiceCodec.MuLaw8k)
            {
                if (_narrowTable == null)
                {
                    _narrowTable = BuildNarrowTable();
                }
                _table = _narrowTable;
                _narrow = true;
            }
            else
            {
                throw new System.ArgumentOutOfRangeException("codec");
            }
        }

        /// <inheritdoc />
        public int Codec
        {
            get { return _narrow ? VoiceCodec.MuLaw8k : VoiceCodec.MuLaw16k; }
        }

        /// <summary>Nothing to reset: mu-law has no state.</summary>
        public void Reset()
        {
        }

        /// <summary>
        /// Encodes <paramref name="count"/> samples (even for <see cref="VoiceCodec.MuLaw8k"/>) from the slots of
        /// <paramref name="slotBytes"/> bytes (2 or 4, see <see cref="IMicrophone"/>) in <paramref name="pcm"/> from byte
        /// <paramref name="pcmOffset"/> into mu-law bytes at <paramref name="block"/>[<paramref name="blockOffset"/>]:
        /// <paramref name="count"/> of them at 16 kHz, <paramref name="count"/> / 2 at 8 kHz; returns that length.
        /// </summary>
        public int EncodeBlock(byte[] pcm, int pcmOffset, int count, int slotBytes, byte[] block, int blockOffset)
        {
            if (!AudioFormat.IsSlotSize(slotBytes))
            {
                throw new System.ArgumentOutOfRangeException("slotBytes");
            }

            byte[] table = _table;
            byte[] input = _input;
            byte[] output = _output;
            bool narrow = _narrow;

            // Byte offsets of the top two bytes of the 16 slots in the window: constants for the unrolled bodies, so no
            // index is added per sample (an add and a load cost as much as the table lookup).
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
            int windowBytes = WindowSlots * slotBytes;
            int outputs = narrow ? WindowSlots / 2 : WindowSlots;

            int src = pcmOffset;
            int dst = blockOffset;
            int windows = count / WindowSlots;
            for (int w = 0; w < windows; w++)
            {
                System.Array.Copy(pcm, src, input, 0, windowBytes);
                if (narrow)
                {
                    output[0] = table[(System.BitConverter.ToInt16(input, a0) + System.BitConverter.ToInt16(input, a1) + Bias) >> IndexShift];
                    output[1] = table[(System.BitConverter.ToInt16(input, a2) + System.BitConverter.ToInt16(input, a3) + Bias) >> IndexShift];
                    output[2] = table[(System.BitConverter.ToInt16(input, a4) + System.BitConverter.ToInt16(input, a5) + Bias) >> IndexShift];
                    output[3] = table[(System.BitConverter.ToInt16(input, a6) + System.BitConverter.ToInt16(input, a7) + Bias) >> IndexShift];
                    output[4] = table[(System.BitConverter.ToInt16(input, a8) + System.BitConverter.ToInt16(input, a9) + Bias) >> IndexShift];
                    output[5] = table[(System.BitConverter.ToInt16(input, a10) + System.BitConverter.ToInt16(input, a11) + Bias) >> IndexShift];
                    output[6] = table[(System.BitConverter.ToInt16(input, a12) + System.BitConverter.ToInt16(input, a13) + Bias) >> IndexShift];
                    output[7] = table[(System.BitConverter.ToInt16(input, a14) + System.BitConverter.ToInt16(input, a15) + Bias) >> IndexShift];
                }
                else
                {
                    output[0] = table[System.BitConverter.ToUInt16(input, a0)];
                    output[1] = table[System.BitConverter.ToUInt16(input, a1)];
                    output[2] = table[System.BitConverter.ToUInt16(input, a2)];
                    output[3] = table[System.BitConverter.ToUInt16(input, a3)];
                    output[4] = table[System.BitConverter.ToUInt16(input, a4)];
                    output[5] = table[System.BitConverter.ToUInt16(input, a5)];
                    output[6] = table[System.BitConverter.ToUInt16(input, a6)];
                    output[7] = table[System.BitConverter.ToUInt16(input, a7)];
                    output[8] = table[System.BitConverter.ToUInt16(input, a8)];
                    output[9] = table[System.BitConverter.ToUInt16(input, a9)];
                    output[10] = table[System.BitConverter.ToUInt16(input, a10)];
                    output[11] = table[System.BitConverter.ToUInt16(input, a11)];
                    output[12] = table[System.BitConverter.ToUInt16(input, a12)];
                    output[13] = table[System.BitConverter.ToUInt16(input, a13)];
                    output[14] = table[System.BitConverter.ToUInt16(input, a14)];
                    output[15] = table[System.BitConverter.ToUInt16(input, a15)];
                }
                System.Array.Copy(output, 0, block, dst, outputs);
                src += windowBytes;
                dst += outputs;
            }

            // The last samples when count is not a multiple of 16, one output at a time.
            int length = narrow ? count >> 1 : count;
            int last = blockOffset + length;
            for (int i = src + a0; dst < last; dst++)
            {
                if (narrow)
                {
                    block[dst] = table[(System.BitConverter.ToInt16(pcm, i) + System.BitConverter.ToInt16(pcm, i + slotBytes) + Bias) >> IndexShift];
                    i += 2 * slotBytes;
                }
                else
                {
                    block[dst] = table[System.BitConverter.ToUInt16(pcm, i)];
                    i += slotBytes;
                }
            }

            return length;
        }

        // Entry u is the code of the 16-bit sample whose bits are u. Each run of 8 values (u = 8k .. 8k + 7) takes the
        // code of its middle, so only 8,192 encodes run; the 8 bytes are spread by doubling Array.Copy calls.
        private static byte[] BuildWideTable()
        {
            byte[] table = new byte[WideTableBytes];
            for (int at = 0; at < table.Length; at += Bucket)
            {
                int middle = at + Bucket / 2;
                table[at] = MuLaw.Encode(middle >= 32768 ? middle - 65536 : middle);
                System.Array.Copy(table, at, table, at + 1, 1);
                System.Array.Copy(table, at, table, at + 2, 2);
                System.Array.Copy(table, at, table, at + 4, 4);
            }

            return table;
        }

        private static byte[] BuildNarrowTable()
        {
            byte[] table = new byte[NarrowTableLength];
            for (int index = 0; index < NarrowTableLength; index++)
            {
                // Index k holds sums in [16k - Bias, 16k - Bias + 15]: their average's middle is (16k - Bias + 8) / 2.
                table[index] = MuLaw.Encode(((index << IndexShift) - Bias + 8) >> 1);
            }

            return table;
        }
    }
}
