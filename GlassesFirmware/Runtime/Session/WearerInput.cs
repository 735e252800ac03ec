using GlassesFirmware.Decision;
using GlassesFirmware.Feedback;
using GlassesFirmware.Payload.Readback;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// What the wearer does, turned into session actions: button gestures (tap to arm, choose or confirm, double tap
    /// for the next candidate, long press to cancel, the pairing and unpair gestures in idle), the wake word and speech
    /// that arm a payment, and the spoken confirmation the voice listener hears.
    /// </summary>
    internal sealed class WearerInput
    {
        private readonly SessionPorts _ports;
        private readonly GestureRecognizer _gestures;
        private readonly VoiceTrigger _voiceTrigger;
        private readonly bool _buttonConfirmation;
        private readonly SessionFlow _flow;
        private readonly PaymentIntake _intake;
        private readonly CandidateSet _candidates;
        private readonly VoiceListener _listener;
        private readonly WalletCalls _calls;
        private readonly SessionSpeech _speech;
        private readonly VoiceEnrolment _enrolment;
        private Gesture _systemRequest;

        /// <summary>
        /// The wearer's input to one session; <paramref name="buttonConfirmation"/> is true when a tap confirms (set, or
        /// no voice is streamed).
        /// </summary>
        internal WearerInput(SessionPorts ports, GestureRecognizer gestures, VoiceTrigger voiceTrigger, bool buttonConfirmation,
            SessionFlow flow, PaymentIntake intake, CandidateSet candidates, VoiceListener listener, WalletCalls calls,
            SessionSpeech speech, VoiceEnrolment enrolment)
        {
            _ports = ports;
            _gestures = gestures;
            _voiceTrigger = voiceTrigger;
            _buttonConfirmation = buttonConfirmation;
            _flow = flow;
            _intake = intake;
            _candidates = candidates;
            _listener = listener;
            _calls = calls;
            _speech = speech;
            _enrolment = enrolment;
        }

        /// <summary>Takes the pairing-mode or unpair gesture made in idle, or <see cref="Gesture.None"/>.</summary>
        internal Gesture TakeSystemRequest()
        {
            Gesture g = _systemRequest;
            _systemRequest = Gesture.None;
            return g;
        }

        /// <summary>Feeds the button's edges to the gesture recognizer and acts on every gesture it completes.</summary>
        internal void PollButton()
        {
            IButton button = _ports.Button;
            if (button == null)
            {
                return;
            }
            ButtonEdge edge;
            while (button.TryTakeEdge(out edge))
            {
                _gestures.Edge(edge.Pressed, edge.AtMs);
            }
            _gestures.Advance(_flow.Now);
            long at;
            Gesture g;
            while ((g = _gestures.Take(out at)) != Gesture.None)
            {
                OnGesture(g);
            }
        }

        /// <summary>In idle: arms a payment on the wake word or on speech when those triggers are on; true when armed.</summary>
        internal bool ListenForTrigger()
        {
            IWakeWord wake = _ports.WakeWord;
            long at;
            while (wake != null && wake.TryTakeDetection(out at))
            {
                if (_voiceTrigger.OnWakeWord(at) && _intake.Arm(TriggerSource.WakeWord))
                {
                    return true;
                }
            }
            return _voiceTrigger.ListensToSpeech && _voiceTrigger.OnSpeech(_listener.HearSpeech(), _flow.Now) && _intake.Arm(TriggerSource.Voice);
        }

        /// <summary>Runs the voice listener; an utterance ended while confirming is the spoken confirmation.</summary>
        internal void StepListening()
        {
            SessionState state = _flow.State;
            if (!_listener.Step(state != SessionState.Understood))
            {
                return;
            }
            _flow.Note(AuditEvent.Voice, _listener.LastBlocks);
            if (_listener.LastLost)
            {
                VoiceLost(state);
            }
            else if (state == SessionState.Confirming)
            {
                Confirm(ConfirmationMethod.Voice);
            }
        }

        // The utterance did not reach the wallet whole: a tap may still confirm where taps do; otherwise the request
        // is dropped as if the link were down (the wallet never heard the wearer).
        private void VoiceLost(SessionState state)
        {
            if (state == SessionState.Confirming && _buttonConfirmation)
            {
                _listener.Stop();
                _flow.Say(_speech.Phrase(SpokenPhrase.VoiceNotSent));
                return;
            }
            _flow.Withdraw(SessionOutcome.Failed, SessionError.LinkDown);
        }

        /// <summary>Ends the session as cancelled by the wearer, in any state but idle and done.</summary>
        internal void Cancel()
        {
            SessionState state = _flow.State;
            if (state == SessionState.Idle || state == SessionState.Done)
            {
                return;
            }
            // Once confirmed, the wallet may complete the payment before the cancel arrives: say so, report later.
            _flow.Withdraw(SessionOutcome.Cancelled, state == SessionState.Authorizing ? SessionError.CancelUnconfirmed : SessionError.Cancelled);
        }

        private void OnGesture(Gesture g)
        {
            SessionState state = _flow.State;
            switch (state)
            {
                case SessionState.Idle:
                    if (g == Gesture.Tap)
                    {
                        _intake.Arm(TriggerSource.Button);
                    }
                    else if (g == Gesture.LongPress)
                    {
                        _enrolment.Stop();
                    }
                    else if (g == Gesture.PairingMode || g == Gesture.Unpair)
                    {
                        _systemRequest = g;
                        _flow.Note(AuditEvent.System, (int)g);
                        _ports.Feedback.Show(g == Gesture.PairingMode ? FeedbackCue.PairingMode : FeedbackCue.Unpaired);
                    }
                    return;
                case SessionState.Done:
                    _flow.EnterIdle();
                    return;
            }
            if (g == Gesture.LongPress)
            {
                Cancel();
            }
            else if (state == SessionState.Choosing && g == Gesture.Tap)
            {
                _intake.Understand(_candidates.Choice);
            }
            else if (state == SessionState.Choosing && g == Gesture.DoubleTap)
            {
                _candidates.ChooseNext();
                _flow.RestartDeadline();
                _flow.Say(_speech.Choice(false, _candidates.Intent(_candidates.Choice).Readback));
            }
            else if (state == SessionState.Confirming && g == Gesture.Tap && _buttonConfirmation)
            {
                Confirm(ConfirmationMethod.Button);
            }
        }

        private void Confirm(ConfirmationMethod method)
        {
            _listener.Stop();
            if (!_intake.FinishCheck())
            {
                // A second code in the code's frame: the request is withdrawn instead.
                return;
            }
            _flow.Note(AuditEvent.Confirmed, (int)method);
            _calls.QueueConfirm(method, _flow.Readback);
            _flow.Enter(SessionState.Authorizing);
            _flow.SendPending();
        }
    }
}
