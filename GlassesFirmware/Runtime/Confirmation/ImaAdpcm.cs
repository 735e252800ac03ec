namespace GlassesFirmware.Confirmation
{
    /// <summary>
    /// IMA ADPCM (the IMA/DVI standard tables: 89 step sizes, index steps -1,-1,-1,-1,2,4,6,8): 16-bit PCM to
    /// 4 bits per sample. Voice is sent in blocks of one 20 ms frame: a 4-byte header with the encoder state
    /// before the block (predictor as 16-bit little-endian, step index, 0), then 160 bytes holding 320
    /// samples, low nibble first. Each block decodes on its own, so a lost chunk costs only its 20 ms.
    /// Integer arithmetic only; no allocation.
    /// </summary>
    public sealed class ImaAdpcm : IVoiceEncoder
    {
        /// <summary>Bytes of the block header.</summary>
        public const int HeaderLength = 4;

        /// <summary>IMA ADPCM quantizer step sizes.</summary>
        private static readonly short[] Steps =
        {
            7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66, 73, 80, 88,
            97, 107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658,
            724, 796, 876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327, 3660,
            4026, 4428, 4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899, 15289, 16818,
            18500, 20350, 22385, 24623, 27086, 29794, 32767,
        };

        /// <summary>Step index change per 4-bit code (the magnitude bits; the sign bit does not matter).</summary>
        private static readonly sbyte[] IndexSteps = { -1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8 };

        /// <summary>The quantizer step size at step index <paramref name="index"/> (0 to 88).</summary>
        public static int StepSize(int index)
        {
            return Steps[index];
        }

        /// <summary>How code <paramref name="code"/> (0 to 15) moves the step index.</summary>
        public static int IndexChange(int code)
        {
            return IndexSteps[code];
        }

        // Next step index for (index, code): index * 16 + code; replaces an add and two clamps per sample.
        private static readonly byte[] NextIndex = BuildNextIndex();

        private int _predictor;
        private int _index;

        /// <summary>Predictor of the encoder or decoder state (the last reconstructed sample).</summary>
        public int Predictor
        {
            get { return _predictor; }
        }

        /// <summary>Current step index, 0 to 88.</summary>
        public int StepIndex
        {
            get { return _index; }
        }

        private static byte[] BuildNextIndex()
        {
            byte[] table = new byte[89 * 16];
            for (int index = 0; index < 89; index++)
            {
                for (int code = 0; code < 16; code++)
                {
                    int next = index + IndexSteps[code];
                    table[index * 16 + code] = (byte)(next < 0 ? 0 : next > 88 ? 88 : next);
                }
            }
            return table;
        }

        /// <summary>Bytes of one block holding <paramref name="samples"/> samples (an even number).</summary>
        public static int BlockLength(int samples)
        {
            return HeaderLength + samples / 2;
        }

        /// <inheritdoc />
        public int Codec
        {
            get { return VoiceCodec.ImaAdpcm16k; }
        }

        /// <summary>Starts a new stream: predictor 0, step index 0.</summary>
        public void Reset()
        {
            _predictor = 0;
            _index = 0;
        }

        /// <summary>
        /// Encodes <paramref name="count"/> samples (even) from the slots of <paramref name="slotBytes"/> bytes (2 or 4,
        /// see <see cref="IMicrophone"/>) in <paramref name="pcm"/> from byte <paramref name="pcmOffset"/> into one
        /// block at <paramref name="block"/>[<paramref name="blockOffset"/>]; returns the block length.
        /// The encoder state carries over to the next block.
        /// </summary>
        public int EncodeBlock(byte[] pcm, int pcmOffset, int count, int slotBytes, byte[] block, int blockOffset)
        {
            if (!AudioFormat.IsSlotSize(slotBytes))
            {
                throw new System.ArgumentOutOfRangeException("slotBytes");
            }

            int predictor = _predictor;
            int index = _index;
            block[blockOffset] = (byte)predictor;
            block[blockOffset + 1] = (byte)(predictor >> 8);
            block[blockOffset + 2] = (byte)index;
            block[blockOffset + 3] = 0;
            short[] steps = Steps;
            byte[] next = NextIndex;
            int o = blockOffset + HeaderLength;
            // i walks the top two bytes of each slot.
            int first = pcmOffset + slotBytes - 2;
            int end = first + count * slotBytes;
            int packed = 0;
            bool low = true;
            for (int i = first; i < end; i += slotBytes)
            {
                int step = steps[index];
                int diff = (short)(pcm[i] | (pcm[i + 1] << 8)) - predictor;
                int code = 0;
                if (diff < 0)
                {
                    code = 8;
                    diff = -diff;
                }
                // Reconstruct exactly as the decoder will: step/8 + the parts of step selected by the code.
                int delta = step >> 3;
                if (diff >= step)
                {
                    code |= 4;
                    diff -= step;
                    delta += step;
                }
                step >>= 1;
                if (diff >= step)
                {
                    code |= 2;
                    diff -= step;
                    delta += step;
                }
                step >>= 1;
                if (diff >= step)
                {
                    code |= 1;
                    delta += step;
                }
                predictor = (code & 8) != 0 ? predictor - delta : predictor + delta;
                if (predictor > 32767)
                {
                    predictor = 32767;
                }
                else if (predictor < -32768)
                {
                    predictor = -32768;
                }
                index = next[(index << 4) | code];
                if (low)
                {
                    packed = code;
                }
                else
                {
                    block[o++] = (byte)(packed | (code << 4));
                }
                low = !low;
            }
            _predictor = predictor;
            _index = index;
            return o - blockOffset;
        }

        /// <summary>
        /// Decodes one block of <paramref name="length"/> bytes (header included) into <paramref name="pcm"/> at
        /// <paramref name="pcmOffset"/>; returns the number of samples, or -1 when the header is malformed.
        /// </summary>
        public int DecodeBlock(byte[] block, int blockOffset, int length, short[] pcm, int pcmOffset)
        {
            if (length < HeaderLength || block[blockOffset + 2] > 88)
            {
                return -1;
            }
            int predictor = (short)(block[blockOffset] | (block[blockOffset + 1] << 8));
            int index = block[blockOffset + 2];
            int n = 0;
            for (int b = blockOffset + HeaderLength; b < blockOffset + length; b++)
            {
                for (int half = 0; half < 2; half++)
                {
                    int code = half == 0 ? block[b] & 0x0F : block[b] >> 4;
                    int step = Steps[index];
                    int delta = step >> 3;
                    if ((code & 4) != 0)
                    {
                        delta += step;
                    }
                    if ((code & 2) != 0)
                    {
                        delta += step >> 1;
                    }
                    if ((code & 1) != 0)
                    {
                        delta += step >> 2;
                    }
                    predictor = (code & 8) != 0 ? predictor - delta : predictor + delta;
                    if (predictor > 32767)
                    {
                        predictor = 32767;
                    }
                    else if (predictor < -32768)
                    {
                        predictor = -32768;
                    }
                    index = NextIndex[(index << 4) | code];
                    pcm[pcmOffset + n++] = (short)predictor;
                }
            }
            _predictor = predictor;
            _index = index;
            return n;
        }
    }
}
