namespace GlassesFirmware.Uplink.Messages
{
    /// <summary>
    /// The keys that describe a VoiceChunk (docs/protocol.md section 6.2): purpose, sequence, last and codec; an Ack
    /// of a chunk repeats its sequence. The chunk's audio is <see cref="UplinkMessage.Data"/>.
    /// </summary>
    public sealed class VoiceFields
    {
        /// <summary>Key 16: what a voice chunk is for (VoicePurpose).</summary>
        public int Purpose;

        /// <summary>Key 17: voice chunk sequence number.</summary>
        public int Sequence;

        /// <summary>Key 18: last chunk of the utterance.</summary>
        public bool Last;

        /// <summary>Key 28: the chunk's voice codec (Confirmation.VoiceCodec); 0, IMA ADPCM, travels without the key.</summary>
        public int Codec;

        /// <summary>Clears every key.</summary>
        public void Clear()
        {
            Purpose = 0;
            Sequence = 0;
            Last = false;
            Codec = 0;
        }
    }
}
