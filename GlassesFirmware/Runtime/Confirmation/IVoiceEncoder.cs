namespace GlassesFirmware.Confirmation
{
    /// <summary>
    /// Encodes 16 kHz PCM frames into IMA ADPCM blocks (the format of <see cref="ImaAdpcm"/>: 4-byte header with
    /// the state before the block, then two samples per byte, low nibble first). <see cref="ImaAdpcm"/> is the
    /// portable implementation; a native one (nanoFramework interop) can replace it on the device, where the
    /// interpreted encoder costs far more than its budget (docs/performance.md, Voice). Any implementation must
    /// produce the same bytes as <see cref="ImaAdpcm"/>. Buffers are the caller's; nothing is kept.
    /// </summary>
    public interface IVoiceEncoder
    {
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
