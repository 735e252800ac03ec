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

        /// <summary><see cref="MuLaw8k"/>: G.711 mu-law at 8 kHz after a 2:1 decimating filter, 160 bytes per 20 ms (the stock image).</summary>
        public const int MuLaw8k = 1;

        /// <summary>Highest codec number this runtime knows.</summary>
        public const int Highest = MuLaw8k;

        /// <summary>Bytes one 20 ms frame of <paramref name="codec"/> takes, or -1 for an unknown codec.</summary>
        public static int FrameBytes(int codec)
        {
            if (codec == ImaAdpcm16k)
            {
                return ImaAdpcm.BlockLength(AudioFormat.FrameSamples);
            }

            return codec == MuLaw8k ? AudioFormat.FrameSamples / 2 : -1;
        }
    }
}
