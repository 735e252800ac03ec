using System;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Decision;
using GlassesFirmware.Frame;
using GlassesFirmware.Payload;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// The payment session on the glasses: idle, armed, scanning, (choosing), understood, (prompting),
    /// confirming, authorizing, done, idle (docs/session.md). Driven from the device's main loop by
    /// <see cref="Step"/>, which polls every port once, and by the event methods <see cref="TriggerPayment"/>
    /// and <see cref="Cancel"/>. No threads, no sleeps, no allocation per frame; every state has a deadline, a
    /// cancel (long press) and a feedback cue; every end has a typed <see cref="SessionOutcome"/> and
    /// <see cref="SessionError"/>. No exception escapes: a fault is logged and the session returns to idle.
    /// <para>
    /// Quishing rules: codes are parsed only after a trigger; two different payment codes in view make the
    /// wearer choose or cancel; URL codes are forwarded only when allow-listed (the payload analyzer refuses
    /// the others) and never opened; a dynamic code is paid at most once; the confirmation readback is composed from the
    /// values the wallet will book (<see cref="BookedReadback"/>), and the amount limit holds for whatever amount is
    /// final (<see cref="AmountLimit"/>). Exactly once: the in-flight request is
    /// stored before it is submitted and removed only when the wallet's final answer for its id is known;
    /// after a reboot the session asks the wallet about that id instead of paying again.
    /// </para>
    /// </summary>
    public sealed class PaymentSession
    {
        /// <summary>Largest payload the session handles (EMVCo payloads are at most 512 characters).</summary>
        public const int MaxPayload = 1024;

        /// <summary>Most different payment codes offered for choice.</summary>
        public const int MaxCandidates = 3;

        private readonly SessionPorts _ports;
        private readonly SessionSpeech _speech;
        private readonly AuditLog _audit = new AuditLog();
        private readonly PaymentStore _store;
        private readonly CodeScanner _scanner;
        private readonly CandidateSet _candidates;
        private readonly PaymentIntake _intake;
        private readonly VoiceListener _listener;
        private readonly WalletCalls _calls;
        private readonly SessionFlow _flow;
        private readonly WalletAnswers _answers;
        private readonly WearerInput _wearer;
        private readonly ReadbackTiming _timing;
        private readonly VoiceEnrolment _enrolment;
        private readonly bool _streamsVoice;

        /// <summary>
        /// Creates a session over <paramref name="ports"/>; <paramref name="voiceTrigger"/> and
        /// <paramref name="wakeWordTrigger"/> are nf.config trigger.voice and trigger.wakeword. Call
        /// <see cref="Start"/> once before the first <see cref="Step"/>.
        /// </summary>
        public PaymentSession(SessionPorts ports, SessionSettings settings, GestureTiming timing, bool voiceTrigger, bool wakeWordTrigger)
        {
            _ports = ports;
            _speech = new SessionSpeech(settings.Language);
            _store = new PaymentStore(ports.Store, ports.Random);
            _scanner = new CodeScanner(ports.Camera, ports.Scanner, ports.QrKernels, MaxPayload, MaxCandidates);
            _timing = new ReadbackTiming(ports.Instructions);
            _candidates = new CandidateSet(new PayloadAnalyzer(new PayloadOptions
            {
                Policy = ValidationPolicy.Device,
                AllowedHosts = settings.AllowedHosts,
                Language = _speech.Code,
                AllowCrypto = settings.AllowCrypto,
            }), _audit, _timing);
            _listener = new VoiceListener(ports.Microphone, ports.VoiceEncoder, new VoiceForwarder(ports.Wallet, _store));
            _calls = new WalletCalls(ports.Wallet, _store, _audit);
            _flow = new SessionFlow(ports.Feedback, settings, _speech, _audit, _scanner, _listener, _calls);
            bool streamsVoice = settings.StreamVoice && ports.Microphone != null;
            _streamsVoice = streamsVoice;
            _enrolment = new VoiceEnrolment(_listener, _flow, _speech, ports.Feedback, ports.Random);
            AmountLimit limit = new AmountLimit(settings.Limits.MaxAmountMinor);
            BookedReadback booked = new BookedReadback(settings.Language, settings.RefuseWalletDifferences);
            _answers = new WalletAnswers(ports.Wallet, _store, _flow, _calls, _listener, settings, _speech, limit, booked,
                _timing, streamsVoice, ports.Microphone != null);
            _intake = new PaymentIntake(_flow, _scanner, _candidates, _calls, _answers, _listener, _store,
                new SessionGuards(ports.Power, ports.Wallet, _store, settings, limit, booked), _speech, _timing, settings.ScanMaxFps,
                settings.CheckUnitsPerStep);
            _wearer = new WearerInput(ports, new GestureRecognizer(timing),
                new VoiceTrigger(voiceTrigger && ports.Microphone != null, wakeWordTrigger && ports.WakeWord != null),
                settings.ButtonConfirmation || !streamsVoice, _flow, _intake, _candidates, _listener, _calls, _speech, _enrolment);
        }

        /// <summary>The current state.</summary>
        public SessionState State
        {
            get { return _flow.State; }
        }

        /// <summary>When the current state times out (clock milliseconds); long.MaxValue in idle.</summary>
        public long Deadline
        {
            get { return _flow.Deadline; }
        }

        /// <summary>How the last session ended.</summary>
        public SessionOutcome LastOutcome
        {
            get { return _flow.LastOutcome; }
        }

        /// <summary>Why the last session failed, was refused or cancelled (<see cref="SessionError.None"/> when approved).</summary>
        public SessionError LastError
        {
            get { return _flow.LastError; }
        }

        /// <summary>The state in which <see cref="LastError"/> happened.</summary>
        public SessionState LastErrorState
        {
            get { return _flow.LastErrorState; }
        }

        /// <summary>The wallet's reason when <see cref="LastOutcome"/> is declined.</summary>
        public DeclineReason LastDecline
        {
            get { return _flow.LastDecline; }
        }

        /// <summary>The confirmation sentence of the current or last session, or null.</summary>
        public string Readback
        {
            get { return _flow.Readback; }
        }

        /// <summary>
        /// How long the current or last payment took from its trigger to the sentence reading its code back: clock time,
        /// frames and decoder work, and IL instructions where <see cref="SessionPorts.Instructions"/> counts them.
        /// </summary>
        public ReadbackTiming Timing
        {
            get { return _timing; }
        }

        /// <summary>True while a request is stored whose final answer the wallet has not given yet.</summary>
        public bool HasUnsettledRequest
        {
            get { return _store.HasInFlight; }
        }

        /// <summary>True while the wearer's voiceprint enrolment records (<see cref="EnrolVoice"/>); the session is idle meanwhile.</summary>
        public bool IsEnrollingVoice
        {
            get { return _enrolment.IsActive; }
        }

        /// <summary>Enrolment samples the current or last enrolment sent whole.</summary>
        public int EnrolmentSamplesSent
        {
            get { return _enrolment.Sent; }
        }

        /// <summary>
        /// Starts the wearer's voiceprint enrolment (the main loop calls it right after pairing): the glasses prompt
        /// each <see cref="EnrolmentScript.Phrases"/> phrase in turn and send each answer to the wallet as an
        /// enrolment sample. Only in idle, with voice streaming on and a microphone; a tap arms a payment instead, a
        /// long press stops it. True when it started.
        /// </summary>
        public bool EnrolVoice()
        {
            try
            {
                _flow.Tick(_ports.Clock.NowMs);
                return _flow.State == SessionState.Idle && _streamsVoice && !_enrolment.IsActive && _enrolment.Start();
            }
            catch (Exception)
            {
                _flow.Fault();
                return false;
            }
        }

        /// <summary>The bounded audit log (numbers only, no secrets).</summary>
        public AuditLog Audit
        {
            get { return _audit; }
        }

        /// <summary>
        /// The glasses' code scanner (camera and decoder, or scanner module). The session uses it from a trigger to
        /// the end of scanning; in idle the main loop's pairing scan may use it to read the wallet's pairing QR.
        /// </summary>
        public CodeScanner Scanner
        {
            get { return _scanner; }
        }

        /// <summary>
        /// Takes a pairing-mode or unpair request made by gesture in idle (<see cref="Gesture.PairingMode"/>,
        /// <see cref="Gesture.Unpair"/>), for the uplink to act on; <see cref="Gesture.None"/> when there is none.
        /// </summary>
        public Gesture TakeSystemRequest()
        {
            return _wearer.TakeSystemRequest();
        }

        /// <summary>
        /// Loads the durable records. When a request from before a reboot is unsettled, enters authorizing and
        /// asks the wallet for its decision. False when the store could not be read (the session still runs).
        /// </summary>
        public bool Start()
        {
            _flow.Tick(_ports.Clock.NowMs);
            bool ok = false;
            try
            {
                ok = _store.Load();
                if (_store.HasInFlight)
                {
                    _flow.Resuming = true;
                    _flow.Enter(SessionState.Authorizing);
                    _calls.QueueQuery();
                    _flow.SendPending();
                }
                else
                {
                    _flow.EnterIdle();
                }
            }
            catch (Exception)
            {
                _flow.Fault();
            }
            return ok;
        }

        /// <summary>One main-loop step: reads the clock, polls every port once, advances the state, checks the deadline.</summary>
        public void Step()
        {
            try
            {
                _flow.Tick(_ports.Clock.NowMs);
                _wearer.PollButton();
                _answers.Poll();
                if (_enrolment.IsActive && _flow.State != SessionState.Idle)
                {
                    _enrolment.Abandon();
                }
                switch (_flow.State)
                {
                    case SessionState.Idle:
                        if (_enrolment.IsActive)
                        {
                            _enrolment.Step();
                        }
                        else if (!_wearer.ListenForTrigger())
                        {
                            _answers.QueryUnsettled();
                        }
                        break;
                    case SessionState.Armed:
                    case SessionState.Scanning:
                        _intake.StepScanning();
                        break;
                    case SessionState.Understood:
                        _flow.SendPending();
                        if (_intake.StepCheck())
                        {
                            _wearer.StepListening();
                        }
                        break;
                    case SessionState.Authorizing:
                        _flow.SendPending();
                        break;
                    case SessionState.Prompting:
                    case SessionState.Confirming:
                        if (_intake.StepCheck())
                        {
                            _wearer.StepListening();
                        }
                        break;
                }
                if (_flow.State != SessionState.Idle && _flow.Now >= _flow.Deadline)
                {
                    TimedOut();
                }
            }
            catch (Exception)
            {
                _flow.Fault();
            }
        }

        /// <summary>
        /// Arms a payment (the event form of a tap, a wake word or speech). Only in idle; refused when the
        /// battery is low, the chip is too hot, or an earlier request is unsettled. True when armed.
        /// </summary>
        public bool TriggerPayment(TriggerSource source)
        {
            try
            {
                _flow.Tick(_ports.Clock.NowMs);
                return _intake.Arm(source);
            }
            catch (Exception)
            {
                _flow.Fault();
                return false;
            }
        }

        /// <summary>Cancels the session in any state but idle (the event form of a long press).</summary>
        public void Cancel()
        {
            try
            {
                _flow.Tick(_ports.Clock.NowMs);
                _wearer.Cancel();
            }
            catch (Exception)
            {
                _flow.Fault();
            }
        }

        private void TimedOut()
        {
            switch (_flow.State)
            {
                case SessionState.Done:
                    _flow.EnterIdle();
                    return;
                case SessionState.Armed:
                    _flow.End(SessionOutcome.Failed, SessionError.CaptureFailed);
                    return;
                case SessionState.Scanning:
                    SessionError seen = _candidates.Refusal;
                    _flow.End(SessionOutcome.Failed, seen != SessionError.None ? seen : SessionError.NoCode, _candidates.RefusalExplanation);
                    return;
                case SessionState.Understood:
                case SessionState.Authorizing:
                    _flow.Withdraw(SessionOutcome.Failed, _answers.WalletContacted ? SessionError.WalletLate : SessionError.WalletTimeout);
                    return;
            }
            _flow.Withdraw(SessionOutcome.Failed, SessionError.Timeout);
        }
    }
}
