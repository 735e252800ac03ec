namespace GlassesFirmware.Confirmation
{
    /// <summary>Receives the encoded blocks of an utterance from <see cref="VoiceCapture"/>.</summary>
    public interface IVoiceSink
    {
        /// <summary>
        /// One encoded block (of the capture's <see cref="IVoiceEncoder.Codec"/>) of one 20 ms frame: <paramref name="count"/> bytes of
        /// <paramref name="block"/>, owned by the capture and overwritten after the call returns.
        /// <paramref name="sequence"/> counts from 0 in each utterance.
        /// </summary>
        void OnVoiceBlock(byte[] block, int count, int sequence);

        /// <summary>The utterance ended after <paramref name="blocks"/> blocks; <paramref name="truncated"/> when cut at the maximum length.</summary>
        void OnUtteranceEnd(int blocks, bool truncated);
    }
}
