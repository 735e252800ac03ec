using System;
using GlassesFirmware.Decision;
using GlassesFirmware.Feedback;
using GlassesFirmware.Frame;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// Where the session is and how the last one ended: the current state with its deadline and cue, every
    /// transition (enter, end, fault) with its audit entry and spoken sentence, and the outcome the wearer was
    /// told, including a late wallet answer owed after an end that left the payment possible.
    /// </summary>
    internal sealed class SessionFlow
    {
        private readonly IFeedback _feedback;
        private readonly SessionSettings _settings;
        private readonly SessionSpeech _speech;
        private readonly AuditLog _audit;
        private readonly CodeScanner _scanner;
        private readonly VoiceListener _listener;
        private readonly WalletCalls _calls;
        private SessionState _state;
        private long _now;
        private long _deadline;
        private long _hardDeadline;
        private bool _resuming;
        private string _readback;
        private SessionError _owedReport;
        private SessionOutcome _lastOutcome;
        private SessionError _lastError;
        private SessionState _lastErrorState;
        private DeclineReason _lastDecline;

        /// <summary>A flow that stops <paramref name="scanner"/> and <paramref name="listener"/> and drops <paramref name="calls"/> when it ends.</summary>
        internal SessionFlow(IFeedback feedback, SessionSettings settings, SessionSpeech speech, AuditLog audit,
            CodeScanner scanner, VoiceListener listener, WalletCalls calls)
        {
            _feedback = feedback;
            _settings = settings;
            _speech = speech;
            _audit = audit;
            _scanner = scanner;
            _listener = listener;
            _calls = calls;
            _deadline = long.MaxValue;
        }

        /// <summary>The current state.</summary>
        internal SessionState State
        {
            get { return _state; }
        }

        /// <summary>The clock reading of this step.</summary>
        internal long Now
        {
            get { return _now; }
        }

        /// <summary>When the current state times out; long.MaxValue in idle.</summary>
        internal long Deadline
        {
            get { return _deadline; }
        }

        /// <summary>True while resuming a request from before a reboot (no new submission, ever).</summary>
        internal bool Resuming
        {
            get { return _resuming; }
            set { _resuming = value; }
        }

        /// <summary>The confirmation sentence of the current or last session, or null.</summary>
        internal string Readback
        {
            get { return _readback; }
            set { _readback = value; }
        }

        /// <summary>How the last session ended.</summary>
        internal SessionOutcome LastOutcome
        {
            get { return _lastOutcome; }
        }

        /// <summary>Why the last session failed, was refused or cancelled.</summary>
        internal SessionError LastError
        {
            get { return _lastError; }
        }

        /// <summary>The state in which <see cref="LastError"/> happened.</summary>
        internal SessionState LastErrorState
        {
            get { return _lastErrorState; }
        }

        /// <summary>The wallet's reason for the last decline.</summary>
        internal DeclineReason LastDecline
        {
            get { return _lastDecline; }
        }

        /// <summary>True in the states that wait for the wallet about the request in flight.</summary>
        internal bool IsWaitingForWallet
        {
            get
            {
                return _state == SessionState.Understood || _state == SessionState.Prompting
                    || _state == SessionState.Confirming || _state == SessionState.Authorizing;
            }
        }

        /// <summary>Reads the step's time.</summary>
        internal void Tick(long nowMs)
        {
            _now = nowMs;
        }

        /// <summary>Adds an audit entry at this step's time and state.</summary>
        internal void Note(AuditEvent what, int detail)
        {
            _audit.Add(_now, _state, what, detail);
        }

        /// <summary>Says <paramref name="sentence"/> in the readback language.</summary>
        internal void Say(string sentence)
        {
            _feedback.Speak(sentence, _speech.Code);
        }

        /// <summary>Enters <paramref name="state"/> with its deadline and cue.</summary>
        internal void Enter(SessionState state)
        {
            _state = state;
            _deadline = _now + TimeoutOf(state);
            _hardDeadline = _now + _settings.AuthorizeMaxMs;
            _audit.Add(_now, state, AuditEvent.Entered, (int)state);
            if (state != SessionState.Done)
            {
                _feedback.Show(CueOf(state));
            }
        }

        /// <summary>Returns to idle, where nothing times out.</summary>
        internal void EnterIdle()
        {
            _state = SessionState.Idle;
            _deadline = long.MaxValue;
            _audit.Add(_now, _state, AuditEvent.Entered, (int)SessionState.Idle);
            _feedback.Show(FeedbackCue.Idle);
        }

        /// <summary>Gives the current state its full time again (the wearer asked for the next code).</summary>
        internal void RestartDeadline()
        {
            _deadline = _now + TimeoutOf(_state);
        }

        /// <summary>A sign of life from the wallet: pushes the deadline of understood or authorizing, up to the cap.</summary>
        internal void Extend()
        {
            if (_state != SessionState.Authorizing && _state != SessionState.Understood)
            {
                return;
            }
            long next = _now + (_state == SessionState.Authorizing ? _settings.AuthorizeTimeoutMs : _settings.ResolveTimeoutMs);
            _deadline = next < _hardDeadline ? next : _hardDeadline;
        }

        /// <summary>Sends the wallet calls still owed; a refused submission ends the session.</summary>
        internal void SendPending()
        {
            SessionError refused = _calls.Send(_now, _state);
            if (refused != SessionError.None)
            {
                End(SessionOutcome.Failed, refused);
            }
        }

        /// <summary>Ends with the wallet's decline for <paramref name="reason"/>.</summary>
        internal void EndDeclined(DeclineReason reason)
        {
            _lastDecline = reason;
            End(SessionOutcome.Declined, SessionError.Declined);
        }

        /// <summary>
        /// Ends the session (<see cref="End(SessionOutcome, SessionError)"/>); a request the wallet still holds open for it gets
        /// Cancel(id) first. The in-flight record stays until the wallet confirms the cancel (or says it had already decided).
        /// </summary>
        internal void Withdraw(SessionOutcome outcome, SessionError error)
        {
            if (IsWaitingForWallet)
            {
                _calls.CancelRequest();
            }
            End(outcome, error);
        }

        /// <summary>Ends the session: stops capture and microphone, shows the outcome's cue and says its sentence.</summary>
        internal void End(SessionOutcome outcome, SessionError error)
        {
            End(outcome, error, null);
        }

        /// <summary>
        /// As <see cref="End(SessionOutcome, SessionError)"/>, saying <paramref name="explanation"/> instead of the
        /// error's phrase when given: the readback of a refused code that says what the code is.
        /// </summary>
        internal void End(SessionOutcome outcome, SessionError error, string explanation)
        {
            _scanner.Stop();
            _listener.Stop();
            Record(outcome, error);
            if (outcome != SessionOutcome.Declined)
            {
                _lastDecline = DeclineReason.None;
            }
            _audit.Add(_now, _state, AuditEvent.Ended, (int)outcome * 100 + (int)error);
            Enter(SessionState.Done);
            _feedback.StopSpeaking();
            _feedback.Show(CueOf(outcome));
            Say(explanation != null ? explanation : _speech.ForEnd(_lastErrorState, outcome, error, _lastDecline, _resuming));
            _resuming = false;
        }

        /// <summary>
        /// The wallet's final answer about an earlier request arrived: shows and says it, and when the wearer was
        /// told the payment might still go through, it becomes the last outcome.
        /// </summary>
        internal void ReportSettled(WalletOutcome outcome, DeclineReason reason)
        {
            if (outcome == WalletOutcome.Approved)
            {
                _feedback.Show(FeedbackCue.Approved);
            }
            string sentence = _speech.ForLateAnswer(outcome, _owedReport);
            if (sentence != null)
            {
                Say(sentence);
            }
            if (_owedReport == SessionError.None)
            {
                return;
            }
            bool cancelled = _owedReport == SessionError.CancelUnconfirmed;
            _owedReport = SessionError.None;
            switch (outcome)
            {
                case WalletOutcome.Approved:
                    _lastOutcome = SessionOutcome.Approved;
                    _lastError = SessionError.None;
                    return;
                case WalletOutcome.Declined:
                    _lastOutcome = SessionOutcome.Declined;
                    _lastError = SessionError.Declined;
                    _lastDecline = reason;
                    return;
                default:
                    _lastOutcome = cancelled ? SessionOutcome.Cancelled : SessionOutcome.Failed;
                    _lastError = cancelled ? SessionError.Cancelled : SessionError.Interrupted;
                    break;
            }
        }

        /// <summary>Last line of defence: logs, stops what can be stopped, shows failure, returns to idle.</summary>
        internal void Fault()
        {
            _audit.Add(_now, _state, AuditEvent.Fault, (int)_state);
            Record(SessionOutcome.Failed, SessionError.Fault);
            _resuming = false;
            _state = SessionState.Idle;
            _deadline = long.MaxValue;
            try
            {
                _scanner.Stop();
                _listener.Stop();
                _feedback.Show(FeedbackCue.Failed);
            }
            catch (Exception)
            {
                // An adapter that throws while stopping must not take the main loop down.
            }
        }

        // Notes how the session ended and drops the wallet calls still owed.
        private void Record(SessionOutcome outcome, SessionError error)
        {
            _calls.DropAll();
            _lastOutcome = outcome;
            _lastError = error;
            _lastErrorState = _state;
            // These ends leave the payment possible: the wallet's final answer is reported when it comes.
            bool open = error == SessionError.CancelUnconfirmed || (error == SessionError.WalletLate && _state == SessionState.Authorizing);
            _owedReport = open ? error : SessionError.None;
        }

        private long TimeoutOf(SessionState state)
        {
            switch (state)
            {
                case SessionState.Armed: return _settings.ArmTimeoutMs;
                case SessionState.Scanning: return _settings.ScanTimeoutMs;
                case SessionState.Choosing: return _settings.ChooseTimeoutMs;
                case SessionState.Understood: return _settings.ResolveTimeoutMs;
                case SessionState.Prompting: return _settings.PromptTimeoutMs;
                case SessionState.Confirming: return _settings.ConfirmTimeoutMs;
                case SessionState.Authorizing: return _settings.AuthorizeTimeoutMs;
                default: return _settings.DoneHoldMs;
            }
        }

        private static FeedbackCue CueOf(SessionOutcome outcome)
        {
            switch (outcome)
            {
                case SessionOutcome.Approved: return FeedbackCue.Approved;
                case SessionOutcome.Declined: return FeedbackCue.Declined;
                case SessionOutcome.Cancelled: return FeedbackCue.Cancelled;
                case SessionOutcome.Refused: return FeedbackCue.Refused;
                default: return FeedbackCue.Failed;
            }
        }

        private static FeedbackCue CueOf(SessionState state)
        {
            switch (state)
            {
                case SessionState.Armed: return FeedbackCue.Armed;
                case SessionState.Scanning: return FeedbackCue.Scanning;
                case SessionState.Choosing: return FeedbackCue.Choosing;
                case SessionState.Understood: return FeedbackCue.Understood;
                case SessionState.Prompting: return FeedbackCue.Prompting;
                case SessionState.Confirming: return FeedbackCue.Confirming;
                case SessionState.Authorizing: return FeedbackCue.Authorizing;
                default: return FeedbackCue.Idle;
            }
        }
    }
}
