namespace GlassesFirmware.Confirmation
{
    /// <summary>
    /// Encodes 16 kHz PCM frames into blocks of one <see cref="VoiceCodec"/>: G.711 mu-law (<see cref="MuLawEncoder"/>,
    /// the stock image: 16 or 8 kHz, cheap enough for the interpreter) or IMA ADPCM (<see cref="ImaAdpcm"/>, 4-byte
    /// header with the state before the block, then two samples per byte, low nibble first), whose portable
    /// implementation costs far more than its budget in IL and is replaced on the custom image by a native
    /// one (docs/performance.md, Voice) that must produce the same bytes. Buffers are the caller's; nothing is kept.
    /// </summary>
    public interface IVoiceEncoder
    {
        /// <summary>The <see cref="VoiceCodec"/> number of the blocks, as the uplink names it per chunk.</summary>
        int Codec { get; }

        /// <summary>Starts a new stream (predictor 0, step index 0).</summary>
        void Reset();

        /// <summary>
        /// Encodes <paramref name="count"/> samples (even) from the slots of <paramref name="slotBytes"/> bytes (2 or 4,
        /// as the microphone delivers them, see <see cref="IMicrophone"/>) in <paramref name="pcm"/> from byte
        /// <paramref name="pcmOffset"/> into one block at <paramref name="block"/>[<paramref name="blockOffset"/>];
        /// returns the block length.
        /// </summary>
        int EncodeBlock(byte[] pcm, int pcmOffset, int count, int slotBytes, byte[] block, int blockOffset);
    }
}
