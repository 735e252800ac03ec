namespace GlassesFirmware.Confirmation
{
    /// <summary>
    /// ITU-T G.711 mu-law itself: the code of a 16-bit linear sample and the value of a code. The encoder's tables
    /// (<see cref="MuLawEncoder"/>) are built from it and the wallet decodes with it.
    /// </summary>
    public static class MuLaw
    {
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
        /// at the rate they were sent (16 kHz for <see cref="VoiceCodec.MuLaw16k"/>, 8 kHz for <see cref="VoiceCodec.MuLaw8k"/>).
        /// </summary>
        public static void DecodeBlock(byte[] block, int blockOffset, int length, short[] pcm, int pcmOffset)
        {
            for (int k = 0; k < length; k++)
            {
                pcm[pcmOffset + k] = (short)Decode(block[blockOffset + k]);
            }
        }
    }
}
