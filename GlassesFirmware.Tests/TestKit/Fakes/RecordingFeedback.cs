using System.Collections;
using GlassesFirmware.Feedback;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>Records every cue and sentence.</summary>
    public sealed class RecordingFeedback : IFeedback
    {
        /// <summary>Every cue shown, in order (boxed <see cref="FeedbackCue"/>).</summary>
        public readonly ArrayList Cues = new ArrayList();
        /// <summary>Every sentence spoken, in order.</summary>
        public readonly ArrayList Sentences = new ArrayList();
        /// <summary>The cue shown last.</summary>
        public FeedbackCue Current = FeedbackCue.Idle;

        /// <inheritdoc />
        public void Show(FeedbackCue cue)
        {
            Current = cue;
            Cues.Add(cue);
        }

        /// <inheritdoc />
        public void Speak(string sentence, string language)
        {
            Sentences.Add(sentence);
        }

        /// <inheritdoc />
        public void StopSpeaking()
        {
        }

        /// <summary>The sentence spoken last, or null.</summary>
        public string LastSentence
        {
            get { return Sentences.Count == 0 ? null : (string)Sentences[Sentences.Count - 1]; }
        }

        /// <summary>True when any sentence so far contains <paramref name="part"/>.</summary>
        public bool Said(string part)
        {
            for (int i = 0; i < Sentences.Count; i++)
            {
                if (((string)Sentences[i]).IndexOf(part) >= 0)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
