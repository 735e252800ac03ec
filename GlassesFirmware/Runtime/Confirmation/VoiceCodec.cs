namespace GlassesFirmware.Confirmation
{
    /// <summary>
    /// The voice codecs a chunk can carry, by their number on the wire (docs/protocol.md 6.2, key 28 of a
    /// VoiceChunk; a chunk without key 28 is <see cref="ImaAdpcm16k"/>).
    /// </summary>
    public static class VoiceCodec
    {
        /// <summary><see cref="ImaAdpcm"/>: 16 kHz, 4 bits per sample, 164-byte blocks with a state header (the custom image's native encoder).</summary>
        public const int ImaAdpcm16k = 0;

        /// <summary><see cref="MuLawEncoder"/>: G.711 mu-law at 8 kHz after a 2:1 decimating filter, 160 bytes per 20 ms (the stock image before codec 2).</summary>
        public const int MuLaw8k = 1;

        /// <summary><see cref="MuLawEncoder"/>: G.711 mu-law at 16 kHz, no filter, 320 bytes per 20 ms (the stock image's default).</summary>
        public const int MuLaw16k = 2;

        /// <summary>Highest codec number this runtime knows.</summary>
        public const int Highest = MuLaw16k;

        /// <summary>Bytes of the largest 20 ms block of any codec (<see cref="MuLaw16k"/>'s), for block buffers.</summary>
        public const int LargestFrameBytes = AudioFormat.FrameSamples;

        /// <summary>Bytes one 20 ms frame of <paramref name="codec"/> takes, or -1 for an unknown codec.</summary>
        public static int FrameBytes(int codec)
        {
            if (codec == ImaAdpcm16k)
            {
                return ImaAdpcm.BlockLength(AudioFormat.FrameSamples);
            }

            if (codec == MuLaw8k)
            {
                return AudioFormat.FrameSamples / 2;
            }

            return codec == MuLaw16k ? AudioFormat.FrameSamples : -1;
        }
    }
}
