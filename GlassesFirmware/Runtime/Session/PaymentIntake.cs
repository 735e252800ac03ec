using GlassesFirmware.Decision;
using GlassesFirmware.Frame;
using GlassesFirmware.Payload;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// The session from a trigger to the submitted request: the guards before arming, the throttled looks of the
    /// code scanner, one code understood or a choice among several, and the request stored (before anything is
    /// sent) and submitted.
    /// </summary>
    internal sealed class PaymentIntake
    {
        // Most whole-frame slices of that search before a confirmation: a view ends within a few (QrDecoder).
        private const int MaxCheckFrames = 64;

        private readonly SessionFlow _flow;
        private readonly CodeScanner _scanner;
        private readonly CandidateSet _candidates;
        private readonly WalletCalls _calls;
        private readonly WalletAnswers _answers;
        private readonly VoiceListener _listener;
        private readonly PaymentStore _store;
        private readonly SessionGuards _guards;
        private readonly SessionSpeech _speech;
        private readonly ReadbackTiming _timing;
        private readonly int _decodeIntervalMs;
        private readonly int _checkUnitsPerStep;
        private int _requestedAmong;

        /// <summary>
        /// The intake of one session, timing each payment from its trigger in <paramref name="timing"/>;
        /// <paramref name="scanMaxFps"/> is nf.config scan.max.fps, <paramref name="checkUnitsPerStep"/>
        /// <see cref="SessionSettings.CheckUnitsPerStep"/>.
        /// </summary>
        internal PaymentIntake(SessionFlow flow, CodeScanner scanner, CandidateSet candidates, WalletCalls calls, WalletAnswers answers,
            VoiceListener listener, PaymentStore store, SessionGuards guards, SessionSpeech speech, ReadbackTiming timing, int scanMaxFps,
            int checkUnitsPerStep)
        {
            _flow = flow;
            _scanner = scanner;
            _candidates = candidates;
            _calls = calls;
            _answers = answers;
            _listener = listener;
            _store = store;
            _guards = guards;
            _speech = speech;
            _timing = timing;
            _decodeIntervalMs = 1000 / (scanMaxFps < 1 ? 1 : scanMaxFps);
            // At least one unit: a slice then still runs one step of the search (WorkBudget.Slice).
            _checkUnitsPerStep = checkUnitsPerStep < 1 ? 1 : checkUnitsPerStep;
        }

        /// <summary>Arms a payment from <paramref name="source"/> when idle and the guards allow it; true when armed.</summary>
        internal bool Arm(TriggerSource source)
        {
            if (_flow.State != SessionState.Idle)
            {
                return false;
            }
            if (_store.HasInFlight)
            {
                _answers.QuerySoon();
                _flow.End(SessionOutcome.Refused, SessionError.PreviousUnresolved);
                return false;
            }
            SessionError refusal = _guards.ArmRefusal();
            if (refusal != SessionError.None)
            {
                _flow.End(SessionOutcome.Refused, refusal);
                return false;
            }
            _listener.Stop();
            _flow.Note(AuditEvent.Triggered, (int)source);
            _timing.Begin(_flow.Now);
            _calls.Request.Trigger = source;
            _candidates.Clear();
            _flow.Readback = null;
            _flow.Resuming = false;
            _flow.Enter(SessionState.Armed);
            if (!_scanner.Start(_flow.Now))
            {
                _flow.End(SessionOutcome.Failed, SessionError.CaptureFailed);
                return true;
            }
            if (!_scanner.HasCamera)
            {
                _flow.Enter(SessionState.Scanning);
            }
            return true;
        }

        /// <summary>One step of armed or scanning: heat, a throttled look, then understanding or choosing.</summary>
        internal void StepScanning()
        {
            if (_guards.TooHot())
            {
                _flow.End(SessionOutcome.Failed, SessionError.TooHot);
                return;
            }
            // Throttled to scan.max.fps decodes per second, for heat and battery.
            if (!_scanner.Capture(_flow.Now, _decodeIntervalMs))
            {
                return;
            }
            if (_flow.State == SessionState.Armed)
            {
                _flow.Enter(SessionState.Scanning);
            }
            _candidates.BeginLook(_flow.Now, _flow.State);
            _timing.BeginLook();
            _scanner.Read(_candidates);
            _timing.EndLook(_scanner.HasCamera && !_scanner.Resumed, _scanner.LastWork);
            int found = _candidates.Count;
            if (found == 0 && _candidates.Refusal == SessionError.PayloadTooLong)
            {
                // Refuse at once: waiting for the scan cap would leave the wearer in silence.
                _flow.End(SessionOutcome.Failed, SessionError.PayloadTooLong);
                return;
            }
            if (found == 0)
            {
                return;
            }
            _flow.Note(AuditEvent.CodesSeen, found);
            _scanner.Stop();
            if (found == 1)
            {
                Understand(0);
                return;
            }
            _flow.Enter(SessionState.Choosing);
            _timing.ReadBackAt(_flow.Now);
            _flow.Say(_speech.Choice(true, _candidates.Intent(0).Readback));
        }

        /// <summary>
        /// One slice of the search for another code in the frame the request's code was read from (understood,
        /// prompting, confirming): the code is read back at once, and its frame is searched on while the wallet
        /// answers and the readback plays. False when a payment code joined and ended the session.
        /// </summary>
        internal bool StepCheck()
        {
            if (!_scanner.Checking)
            {
                return true;
            }
            _scanner.CheckRest(_candidates, _checkUnitsPerStep);
            return Checked();
        }

        /// <summary>
        /// Finishes that search before a confirmation goes to the wallet; false when a payment code joined (the session
        /// has ended) or the search did not end (a fault: nothing is confirmed).
        /// </summary>
        internal bool FinishCheck()
        {
            for (int i = 0; i < MaxCheckFrames && _scanner.Checking; i++)
            {
                _scanner.CheckRest(_candidates, int.MaxValue);
            }
            if (!Checked())
            {
                return false;
            }
            if (_scanner.Checking)
            {
                _flow.Withdraw(SessionOutcome.Failed, SessionError.Fault);
                return false;
            }
            return true;
        }

        // A payment code that joined the codes of the request's look is a second code in view: the request is
        // withdrawn (Cancel(id)) and the wearer told; nothing is paid.
        private bool Checked()
        {
            if (_candidates.Count == _requestedAmong)
            {
                return true;
            }
            _flow.Note(AuditEvent.CodesSeen, _candidates.Count);
            _flow.Withdraw(SessionOutcome.Cancelled, SessionError.CodesInView);
            return false;
        }

        /// <summary>Checks candidate <paramref name="index"/>, stores it as the request in flight and submits it.</summary>
        internal void Understand(int index)
        {
            PaymentIntent intent = _candidates.Intent(index);
            SessionError refusal = _guards.CodeRefusal(intent);
            if (refusal != SessionError.None)
            {
                _flow.End(SessionOutcome.Failed, refusal, SessionGuards.Explanation(intent));
                return;
            }
            PaymentRequest request = _calls.Request;
            _candidates.CopyPayload(index, request);
            request.ContentDigest = intent.ContentDigest;
            request.Kind = intent.Kind;
            request.Dynamic = intent.IsDynamic;
            request.AmountMinor = intent.HasAmount ? intent.AmountMinor : -1;
            request.CurrencyNumeric = intent.CurrencyNumeric;
            request.Payee = intent.Payee;
            _answers.Begin(intent);
            // Stored before anything is sent: a reboot from here on leads to a status query, not a second payment.
            if (!_store.BeginRequest(request, _flow.Now))
            {
                _flow.End(SessionOutcome.Failed, SessionError.StorageFailed);
                return;
            }
            _requestedAmong = _candidates.Count;
            _flow.Enter(SessionState.Understood);
            _calls.QueueSubmit();
            _flow.SendPending();
            if (_flow.State == SessionState.Understood && _answers.StreamsVoice)
            {
                // Listen already (without sending): the detector learns the room's noise before the wearer speaks.
                _listener.ListenQuietly();
            }
        }
    }
}
