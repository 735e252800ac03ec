namespace GlassesFirmware.Confirmation
{
    /// <summary>What <see cref="VoiceCapture.Pump"/> saw.</summary>
    public enum VoiceActivity
    {
        /// <summary>No utterance yet (or the microphone had no full frame).</summary>
        Listening = 0,
        /// <summary>An utterance started during this pump and is still going on.</summary>
        Started = 1,
        /// <summary>An utterance is going on (it started in an earlier pump).</summary>
        Speaking = 2,
        /// <summary>An utterance ended during this pump (after its hangover, or cut at the maximum length).</summary>
        Ended = 3,
    }
}
