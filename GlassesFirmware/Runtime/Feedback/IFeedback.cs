
namespace GlassesFirmware.Feedback
{
    /// <summary>
    /// What the wearer sees, feels and hears: one cue per session state or outcome, played by the adapter
    /// as an LED / haptic / tone pattern (suggested patterns are on each <see cref="FeedbackCue"/>), and the
    /// sentences to speak (the phone wallet speaks them over BLE, or a speaker on the glasses). Calls return
    /// at once: the adapter plays patterns and speech in the background, a new cue replaces the running one,
    /// and a new sentence interrupts the one being spoken. Implementations must not throw.
    /// </summary>
    public interface IFeedback
    {
        /// <summary>Starts the pattern of <paramref name="cue"/>, replacing the current one.</summary>
        void Show(FeedbackCue cue);

        /// <summary>
        /// Speaks <paramref name="sentence"/> in <paramref name="language"/> (nf.config readback.language:
        /// "en", "zh"). The runtime keeps no reference requirement: the adapter may hold the string.
        /// </summary>
        void Speak(string sentence, string language);

        /// <summary>Stops speech at once (cancel, timeout, fault).</summary>
        void StopSpeaking();
    }
}
