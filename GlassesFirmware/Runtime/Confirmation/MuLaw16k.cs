namespace GlassesFirmware.Confirmation
{
    /// <summary>
    /// The stock image's wideband voice encoder: 16 kHz PCM to 16 kHz G.711 mu-law, one byte per sample, 320 bytes
    /// per 20 ms frame and no state, so every block decodes on its own.
    /// <para>
    /// The wallet's recognizer hears 16 kHz speech much better than the 8 kHz of <see cref="MuLaw8k"/>
    /// (docs/wallet-peer.md, Recognition), and this encoder costs less per second: there is no filter, so each output
    /// is one <c>BitConverter.ToUInt16</c> (native on nanoFramework) of the sample's top two bytes used directly as the
    /// index of a 64 KiB table that holds the mu-law code of every 16-bit value. That is 8 IL instructions per sample,
    /// at constant offsets of a 16-slot window that one native <c>Array.Copy</c> fills (the loop unrolled sixteen
    /// outputs deep) and another empties: docs/performance.md, Voice. The table costs 64 KiB of heap (the boards
    /// have megabytes, docs/hardware.md) and 8,192 encodes at boot, as <see cref="MuLaw8k"/>'s does.
    /// </para>
    /// </summary>
    public sealed class MuLaw16k : IVoiceEncoder
    {
        /// <summary>Bytes of the code table, one per 16-bit value: allocated once when the class loads (the memory plan counts it).</summary>
        public const int TableBytes = 65536;

        // Values per table run computed with one encode: G.711's finest step is 8 in 16-bit units.
        private const int Bucket = 8;

        // Outputs per turn of the unrolled loop.
        private const int WindowOutputs = 16;

        private static readonly byte[] Table = BuildTable();

        private readonly byte[] _input = new byte[WindowOutputs * 4];
        private readonly byte[] _output = new byte[WindowOutputs];

        /// <inheritdoc />
        public int Codec
        {
            get { return VoiceCodec.MuLaw16k; }
        }

        /// <summary>Nothing to reset: mu-law has no state.</summary>
        public void Reset()
        {
        }

        /// <summary>
        /// Encodes <paramref name="count"/> samples from the slots of <paramref name="slotBytes"/> bytes (2 or 4, see
        /// <see cref="IMicrophone"/>) in <paramref name="pcm"/> from byte <paramref name="pcmOffset"/> into
        /// <paramref name="count"/> mu-law bytes at <paramref name="block"/>[<paramref name="blockOffset"/>]; returns
        /// that length.
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

            // Byte offsets of the top two bytes of the 16 slots in the window: constants for the unrolled body.
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
            int windowBytes = WindowOutputs * slotBytes;

            int src = pcmOffset;
            int dst = blockOffset;
            int windows = count / WindowOutputs;
            for (int w = 0; w < windows; w++)
            {
                System.Array.Copy(pcm, src, input, 0, windowBytes);
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
                System.Array.Copy(output, 0, block, dst, WindowOutputs);
                src += windowBytes;
                dst += WindowOutputs;
            }

            // The last samples when count is not a multiple of 16, one slot at a time.
            int last = blockOffset + count;
            for (int i = src + a0; dst < last; dst++)
            {
                block[dst] = table[System.BitConverter.ToUInt16(pcm, i)];
                i += slotBytes;
            }

            return count;
        }

        // Entry u is the code of the 16-bit sample whose bits are u. Each run of 8 values (u = 8k .. 8k + 7) takes the
        // code of its middle, so only 8,192 encodes run; the 8 bytes are spread by doubling Array.Copy calls.
        private static byte[] BuildTable()
        {
            byte[] table = new byte[TableBytes];
            for (int at = 0; at < table.Length; at += Bucket)
            {
                int middle = at + Bucket / 2;
                table[at] = MuLaw8k.Encode(middle >= 32768 ? middle - 65536 : middle);
                System.Array.Copy(table, at, table, at + 1, 1);
                System.Array.Copy(table, at, table, at + 2, 2);
                System.Array.Copy(table, at, table, at + 4, 4);
            }

            return table;
        }
    }
}
