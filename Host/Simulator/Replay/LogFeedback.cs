using System;
using GlassesFirmware.Feedback;

namespace GlassesFirmware.Host.Simulator.Replay
{
    /// <summary>Feedback as log lines: the cue of each state and every sentence spoken.</summary>
    public sealed class LogFeedback : IFeedback
    {
        /// <summary>Receives (kind, text) for each cue ("cue") and sentence ("say").</summary>
        public Action<string, string> Log { get; set; } = (_, _) => { };

        /// <inheritdoc />
        public void Show(FeedbackCue cue) => Log("cue", FeedbackCues.Name(cue));

        /// <inheritdoc />
        public void Speak(string sentence, string language) => Log("say", sentence);

        /// <inheritdoc />
        public void StopSpeaking()
        {
        }
    }
}
