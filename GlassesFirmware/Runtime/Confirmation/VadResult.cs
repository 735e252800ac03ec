namespace GlassesFirmware.Confirmation
{
    /// <summary>What one frame means to <see cref="VoiceActivityDetector"/>.</summary>
    public enum VadResult
    {
        /// <summary>No utterance: the frame is background (kept in the pre-roll).</summary>
        Silence = 0,
        /// <summary>An utterance starts: take the pre-roll frames first, then this frame.</summary>
        Start = 1,
        /// <summary>Inside an utterance (speech or hangover): this frame belongs to it.</summary>
        Speech = 2,
        /// <summary>The utterance ended after the hangover; this frame is not part of it.</summary>
        End = 3,
        /// <summary>The utterance reached the maximum length and was cut; this frame is not part of it.</summary>
        Truncated = 4,
    }
}
