using GlassesFirmware.Confirmation;
using GlassesFirmware.Decision;
using GlassesFirmware.Feedback;
using GlassesFirmware.Payload.Readback;
using GlassesFirmware.Platform;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// Records the wearer's voice enrolment right after pairing, in idle: one prompt per
    /// <see cref="EnrolmentScript.Phrases"/> phrase, in order ("Voice setup for your wallet. Say each phrase after me.
    /// Say: confirm.", then "Say: cancel." and so on), each answer sent as voice chunks of purpose
    /// <see cref="VoicePurpose.Enrolment"/> under a new sample id whose first byte names the phrase
    /// (<see cref="EnrolmentScript.Mark"/>) and the rest is random (protocol.md 6.2), with which the wallet enrols
    /// the wearer again and adapts its recognizer to the wearer's voice. The script phrases stay English whatever the
    /// readback language (the wallet's recognizer is English). The glasses' own microphone, VAD and codec record the
    /// samples, so the wallet compares like with like at payment time. Ends after the last script phrase's sample, when
    /// no speech comes within <see cref="SampleTimeoutMs"/>, on a long press, when a sample is not sent whole, or when
    /// a payment is armed (which takes the microphone).
    /// </summary>
    internal sealed class VoiceEnrolment
    {
        /// <summary>Time for each answer, from its prompt (ms).</summary>
        internal const int SampleTimeoutMs = 10000;

        private readonly VoiceListener _listener;
        private readonly SessionFlow _flow;
        private readonly SessionSpeech _speech;
        private readonly IFeedback _feedback;
        private readonly IRandomSource _random;
        private readonly byte[] _sampleId = new byte[PaymentRequest.IdLength];
        private System.Random _fallback;
        private int _sample = -1;
        private int _sent;
        private long _deadline;

        /// <summary>Enrolment over the session's <paramref name="listener"/>; sample ids from <paramref name="random"/> (may be null).</summary>
        internal VoiceEnrolment(VoiceListener listener, SessionFlow flow, SessionSpeech speech, IFeedback feedback, IRandomSource random)
        {
            _listener = listener;
            _flow = flow;
            _speech = speech;
            _feedback = feedback;
            _random = random;
        }

        /// <summary>True while a sample is being recorded.</summary>
        internal bool IsActive
        {
            get { return _sample >= 0; }
        }

        /// <summary>Samples sent whole by the current or last enrolment.</summary>
        internal int Sent
        {
            get { return _sent; }
        }

        /// <summary>Starts with the first prompt; false when the microphone does not start.</summary>
        internal bool Start()
        {
            _sent = 0;
            _sample = 0;
            return Prompt();
        }

        /// <summary>Pumps the microphone once: a sample that ended is counted and the next prompt said.</summary>
        internal void Step()
        {
            if (_listener.Step(true))
            {
                if (_listener.LastLost)
                {
                    Stop();
                    return;
                }
                _sent++;
                _sample++;
                if (_sample == EnrolmentScript.Phrases.Length)
                {
                    End(SpokenPhrase.EnrolDone);
                }
                else
                {
                    Prompt();
                }
            }
            else if (_flow.Now >= _deadline)
            {
                Stop();
            }
        }

        /// <summary>Ends an enrolment under way early, and says so.</summary>
        internal void Stop()
        {
            if (IsActive)
            {
                End(SpokenPhrase.EnrolStopped);
            }
        }

        /// <summary>Forgets an enrolment under way without a word: a payment was armed and owns the microphone now.</summary>
        internal void Abandon()
        {
            _sample = -1;
        }

        private bool Prompt()
        {
            NewSampleId();
            _deadline = _flow.Now + SampleTimeoutMs;
            _feedback.Show(FeedbackCue.Prompting);
            _flow.Say(PromptText());
            if (!_listener.ListenForSample(_sampleId))
            {
                Stop();
                return false;
            }
            return true;
        }

        // The sentence of the current sample, built in one concatenation: the first also says what is coming.
        private string PromptText()
        {
            string phrase = EnrolmentScript.Phrases[_sample];
            if (_sample == 0)
            {
                return _speech.Phrase(SpokenPhrase.EnrolStart) + _speech.Phrase(SpokenPhrase.EnrolSay) + phrase + ".";
            }
            return _speech.Phrase(SpokenPhrase.EnrolSay) + phrase + ".";
        }

        private void End(int phrase)
        {
            _sample = -1;
            _listener.Stop();
            _flow.Say(_speech.Phrase(phrase));
            _feedback.Show(FeedbackCue.Idle);
        }

        // Unique, not secret (the uplink seals every chunk): the hardware RNG when composed, else a Random seeded with the
        // time; then marked with the phrase the sample answers, which the wallet adapts its recognizer to.
        private void NewSampleId()
        {
            if (_random != null)
            {
                _random.Fill(_sampleId, 0, _sampleId.Length);
            }
            else
            {
                if (_fallback == null)
                {
                    _fallback = new System.Random((int)_flow.Now);
                }
                _fallback.NextBytes(_sampleId);
            }
            EnrolmentScript.Mark(_sampleId, _sample);
        }
    }
}
