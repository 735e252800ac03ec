using System;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Decision;
using GlassesFirmware.Feedback;
using GlassesFirmware.Payload;
using GlassesFirmware.Power;
using GlassesFirmware.Qr;
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

        private static readonly byte[] NoBytes = new byte[0];

        private readonly SessionPorts _ports;
        private readonly SessionSettings _settings;
        private readonly SessionSpeech _speech;
        private readonly BookedReadback _booked;
        private readonly AmountLimit _limit;
        private readonly AuditLog _audit = new AuditLog();
        private readonly PaymentStore _store;
        private readonly PayloadAnalyzer _analyzer;
        private readonly GestureRecognizer _gestures;
        private readonly VoiceTrigger _voiceTrigger;
        private readonly VoiceCapture _voice; // null without a microphone
        private readonly VoiceForwarder _forwarder;
        private readonly PaymentRequest _request = new PaymentRequest(MaxPayload);
        private readonly WalletEvent _event = new WalletEvent();
        private readonly QrDecoder _decoder;
        private readonly QrResultSet _codes;
        private readonly byte[] _frame;
        private readonly byte[] _scanned = new byte[MaxPayload];
        private readonly byte[][] _candidatePayload = new byte[MaxCandidates][];
        private readonly int[] _candidateLength = new int[MaxCandidates];
        private readonly long[] _candidateHash = new long[MaxCandidates];
        private readonly PaymentIntent[] _candidateIntent = new PaymentIntent[MaxCandidates];
        private readonly bool _buttonConfirmation;
        private readonly bool _streamsVoice;

        private SessionState _state;
        private long _now;
        private long _enteredAt;
        private long _deadline;
        private long _hardDeadline;
        private long _nextDecodeAt;
        private long _nextSettleQuery;
        private int _candidates;
        private int _choice;
        private PaymentIntent _intent;
        private SessionError _scanRefusal;
        private string _resolvedPayee;
        private long _resolvedAmount;
        private int _resolvedCurrency;
        private string _readback;
        private int _promptAttempts;
        private bool _listening;
        private bool _utteranceDone;
        private VoicePurpose _purpose;
        private bool _submitPending;
        private bool _confirmPending;
        private ConfirmationMethod _confirmMethod;
        private bool _queryPending;
        private bool _resuming;
        private bool _walletContacted;
        private SessionError _owedReport;
        private bool _micIdleOn;
        private Gesture _systemRequest;
        private SessionOutcome _lastOutcome;
        private SessionError _lastError;
        private SessionState _lastErrorState;
        private DeclineReason _lastDecline;

        /// <summary>
        /// Creates a session over <paramref name="ports"/>; <paramref name="voiceTrigger"/> and
        /// <paramref name="wakeWordTrigger"/> are nf.config trigger.voice and trigger.wakeword. Call
        /// <see cref="Start"/> once before the first <see cref="Step"/>.
        /// </summary>
        public PaymentSession(SessionPorts ports, SessionSettings settings, GestureTiming timing, bool voiceTrigger, bool wakeWordTrigger)
        {
            _ports = ports;
            _settings = settings;
            _speech = new SessionSpeech(settings.Language);
            _booked = new BookedReadback(settings.Language, settings.RefuseWalletDifferences);
            _limit = new AmountLimit(settings.MaxAmountMinor);
            _store = new PaymentStore(ports.Store, ports.Random);
            _analyzer = new PayloadAnalyzer(new PayloadOptions
            {
                Policy = ValidationPolicy.Device,
                AllowedHosts = settings.AllowedHosts,
                Language = _speech.Code,
            });
            _gestures = new GestureRecognizer(timing);
            _voiceTrigger = new VoiceTrigger(voiceTrigger && ports.Microphone != null, wakeWordTrigger && ports.WakeWord != null);
            if (ports.Microphone != null)
            {
                _voice = new VoiceCapture(Board.BufferSizes.VoicePreRollFrames, ports.Microphone.SlotBytes, ports.VoiceEncoder);
            }
            _forwarder = new VoiceForwarder(this);
            _streamsVoice = settings.StreamVoice && ports.Microphone != null;
            _buttonConfirmation = settings.ButtonConfirmation || !_streamsVoice;
            for (int i = 0; i < MaxCandidates; i++)
            {
                _candidatePayload[i] = new byte[MaxPayload];
            }
            if (ports.Camera != null)
            {
                _decoder = new QrDecoder(ports.Camera.Width, ports.Camera.Height);
                _codes = new QrResultSet();
                _frame = new byte[ports.Camera.Stride * ports.Camera.Height];
            }
        }

        /// <summary>The current state.</summary>
        public SessionState State
        {
            get { return _state; }
        }

        /// <summary>When the current state times out (clock milliseconds); long.MaxValue in idle.</summary>
        public long Deadline
        {
            get { return _deadline; }
        }

        /// <summary>How the last session ended.</summary>
        public SessionOutcome LastOutcome
        {
            get { return _lastOutcome; }
        }

        /// <summary>Why the last session failed, was refused or cancelled (<see cref="SessionError.None"/> when approved).</summary>
        public SessionError LastError
        {
            get { return _lastError; }
        }

        /// <summary>The state in which <see cref="LastError"/> happened.</summary>
        public SessionState LastErrorState
        {
            get { return _lastErrorState; }
        }

        /// <summary>The wallet's reason when <see cref="LastOutcome"/> is declined.</summary>
        public DeclineReason LastDecline
        {
            get { return _lastDecline; }
        }

        /// <summary>The confirmation sentence of the current or last session, or null.</summary>
        public string Readback
        {
            get { return _readback; }
        }

        /// <summary>True while a request is stored whose final answer the wallet has not given yet.</summary>
        public bool HasUnsettledRequest
        {
            get { return _store.HasInFlight; }
        }

        /// <summary>The bounded audit log (numbers only, no secrets).</summary>
        public AuditLog Audit
        {
            get { return _audit; }
        }

        /// <summary>
        /// Takes a pairing-mode or unpair request made by gesture in idle (<see cref="Gesture.PairingMode"/>,
        /// <see cref="Gesture.Unpair"/>), for the uplink to act on; <see cref="Gesture.None"/> when there is none.
        /// </summary>
        public Gesture TakeSystemRequest()
        {
            Gesture g = _systemRequest;
            _systemRequest = Gesture.None;
            return g;
        }

        /// <summary>
        /// Loads the durable records. When a request from before a reboot is unsettled, enters authorizing and
        /// asks the wallet for its decision. False when the store could not be read (the session still runs).
        /// </summary>
        public bool Start()
        {
            _now = _ports.Clock.NowMs;
            _state = SessionState.Idle;
            _deadline = long.MaxValue;
            bool ok = false;
            try
            {
                ok = _store.Load();
                if (_store.HasInFlight)
                {
                    _resuming = true;
                    Enter(SessionState.Authorizing);
                    _queryPending = true;
                    SendPending();
                }
                else
                {
                    EnterIdle();
                }
            }
            catch (Exception)
            {
                Fault();
            }
            return ok;
        }

        /// <summary>One main-loop step: reads the clock, polls every port once, advances the state, checks the deadline.</summary>
        public void Step()
        {
            try
            {
                _now = _ports.Clock.NowMs;
                PollButton();
                PollWallet();
                switch (_state)
                {
                    case SessionState.Idle:
                        StepIdle();
                        break;
                    case SessionState.Armed:
                    case SessionState.Scanning:
                        StepScanning();
                        break;
                    case SessionState.Understood:
                        SendPending();
                        StepListening();
                        break;
                    case SessionState.Authorizing:
                        SendPending();
                        break;
                    case SessionState.Prompting:
                    case SessionState.Confirming:
                        StepListening();
                        break;
                }
                if (_state != SessionState.Idle && _now >= _deadline)
                {
                    TimedOut();
                }
            }
            catch (Exception)
            {
                Fault();
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
                _now = _ports.Clock.NowMs;
                return Arm(source);
            }
            catch (Exception)
            {
                Fault();
                return false;
            }
        }

        /// <summary>Cancels the session in any state but idle (the event form of a long press).</summary>
        public void Cancel()
        {
            try
            {
                _now = _ports.Clock.NowMs;
                CancelByWearer();
            }
            catch (Exception)
            {
                Fault();
            }
        }

        private void PollButton()
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
            _gestures.Advance(_now);
            long at;
            Gesture g;
            while ((g = _gestures.Take(out at)) != Gesture.None)
            {
                OnGesture(g);
            }
        }

        private void OnGesture(Gesture g)
        {
            switch (_state)
            {
                case SessionState.Idle:
                    if (g == Gesture.Tap)
                    {
                        Arm(TriggerSource.Button);
                    }
                    else if (g == Gesture.PairingMode || g == Gesture.Unpair)
                    {
                        _systemRequest = g;
                        _audit.Add(_now, _state, AuditEvent.System, (int)g);
                        _ports.Feedback.Show(g == Gesture.PairingMode ? FeedbackCue.PairingMode : FeedbackCue.Unpaired);
                    }
                    return;
                case SessionState.Done:
                    EnterIdle();
                    return;
            }
            if (g == Gesture.LongPress)
            {
                CancelByWearer();
            }
            else if (_state == SessionState.Choosing && g == Gesture.Tap)
            {
                Understand(_choice);
            }
            else if (_state == SessionState.Choosing && g == Gesture.DoubleTap)
            {
                _choice = (_choice + 1) % _candidates;
                _deadline = _now + _settings.ChooseTimeoutMs;
                _ports.Feedback.Speak(_speech.Choice(false, _candidateIntent[_choice].Readback), _speech.Code);
            }
            else if (_state == SessionState.Confirming && g == Gesture.Tap && _buttonConfirmation)
            {
                Confirm(ConfirmationMethod.Button);
            }
        }

        private void StepIdle()
        {
            IWakeWord wake = _ports.WakeWord;
            long at;
            while (wake != null && wake.TryTakeDetection(out at))
            {
                if (_voiceTrigger.OnWakeWord(at) && Arm(TriggerSource.WakeWord))
                {
                    return;
                }
            }
            if (_voiceTrigger.ListensToSpeech)
            {
                if (!_micIdleOn)
                {
                    _micIdleOn = _ports.Microphone.Start();
                    _voice.Reset();
                }
                VoiceActivity a = _voice.Pump(_ports.Microphone, null, 10);
                bool speaking = a == VoiceActivity.Started || a == VoiceActivity.Speaking;
                if (_voiceTrigger.OnSpeech(speaking, _now) && Arm(TriggerSource.Voice))
                {
                    return;
                }
            }
            if (_store.HasInFlight && _ports.Wallet.IsLinkUp && _now >= _nextSettleQuery)
            {
                _nextSettleQuery = _now + _settings.SettleQueryIntervalMs;
                _ports.Wallet.QueryStatus(_store.InFlightId);
            }
        }

        private bool Arm(TriggerSource source)
        {
            if (_state != SessionState.Idle)
            {
                return false;
            }
            if (_store.HasInFlight)
            {
                _nextSettleQuery = _now;
                End(SessionOutcome.Refused, SessionError.PreviousUnresolved);
                return false;
            }
            int battery = _ports.Power.BatteryPercent;
            if (battery != PowerReadings.Unknown && battery < _settings.MinBatteryPercent)
            {
                End(SessionOutcome.Refused, SessionError.BatteryLow);
                return false;
            }
            if (TooHot())
            {
                End(SessionOutcome.Refused, SessionError.TooHot);
                return false;
            }
            StopMicrophone();
            _audit.Add(_now, _state, AuditEvent.Triggered, (int)source);
            _request.Trigger = source;
            _candidates = 0;
            _scanRefusal = SessionError.None;
            _intent = null;
            _readback = null;
            _resolvedPayee = null;
            _promptAttempts = 0;
            _resuming = false;
            Enter(SessionState.Armed);
            bool started = _ports.Camera != null ? _ports.Camera.Start() : _ports.Scanner != null && _ports.Scanner.Start();
            if (!started)
            {
                End(SessionOutcome.Failed, SessionError.CaptureFailed);
                return true;
            }
            _nextDecodeAt = _now;
            if (_ports.Camera == null)
            {
                Enter(SessionState.Scanning);
            }
            return true;
        }

        private bool TooHot()
        {
            int t = _ports.Power.ChipTemperatureC;
            return t != PowerReadings.Unknown && t >= _settings.MaxTemperatureC;
        }

        private void StepScanning()
        {
            if (TooHot())
            {
                End(SessionOutcome.Failed, SessionError.TooHot);
                return;
            }
            if (_ports.Camera != null)
            {
                // Throttle: at most scan.max.fps decodes per second, for heat and battery.
                if (_now < _nextDecodeAt || !_ports.Camera.Capture(_frame))
                {
                    return;
                }
                _nextDecodeAt = _now + 1000 / (_settings.ScanMaxFps < 1 ? 1 : _settings.ScanMaxFps);
                if (_state == SessionState.Armed)
                {
                    Enter(SessionState.Scanning);
                }
                _decoder.Decode(_frame, _ports.Camera.Width, _ports.Camera.Height, _ports.Camera.Stride, _codes);
                for (int i = 0; i < _codes.Count; i++)
                {
                    byte[] p = _codes.Get(i).Payload;
                    Consider(p, p == null ? 0 : p.Length);
                }
            }
            else
            {
                for (int i = 0; i < MaxCandidates; i++)
                {
                    int n = _ports.Scanner.Read(_scanned, 0, _scanned.Length);
                    if (n == 0)
                    {
                        break;
                    }
                    if (n < 0)
                    {
                        _scanRefusal = SessionError.PayloadTooLong;
                        continue;
                    }
                    Consider(_scanned, n);
                }
            }
            if (_candidates == 0 && _scanRefusal == SessionError.PayloadTooLong)
            {
                // Refuse at once: waiting for the scan cap would leave the wearer in silence.
                End(SessionOutcome.Failed, SessionError.PayloadTooLong);
                return;
            }
            if (_candidates > 0)
            {
                _audit.Add(_now, _state, AuditEvent.CodesSeen, _candidates);
                StopCapture();
                if (_candidates == 1)
                {
                    Understand(0);
                }
                else
                {
                    _choice = 0;
                    Enter(SessionState.Choosing);
                    _ports.Feedback.Speak(_speech.Choice(true, _candidateIntent[0].Readback), _speech.Code);
                }
            }
        }

        private void Consider(byte[] payload, int length)
        {
            if (payload == null)
            {
                return;
            }
            if (length > MaxPayload)
            {
                _scanRefusal = SessionError.PayloadTooLong;
                return;
            }
            long hash = PayloadDigest.Compute(payload, 0, length);
            for (int i = 0; i < _candidates; i++)
            {
                if (_candidateHash[i] == hash && _candidateLength[i] == length)
                {
                    return;
                }
            }
            PaymentIntent intent = _analyzer.Analyze(payload, 0, length);
            _audit.Add(_now, _state, AuditEvent.Classified, (int)intent.Kind);
            if (!IsPaymentKind(intent.Kind))
            {
                if (_scanRefusal == SessionError.None)
                {
                    _scanRefusal = SessionError.NotPayment;
                }
                return;
            }
            if (_candidates == MaxCandidates)
            {
                return;
            }
            Array.Copy(payload, 0, _candidatePayload[_candidates], 0, length);
            _candidateLength[_candidates] = length;
            _candidateHash[_candidates] = hash;
            _candidateIntent[_candidates] = intent;
            _candidates++;
        }

        private static bool IsPaymentKind(PayloadKind kind)
        {
            return kind != PayloadKind.Empty && kind != PayloadKind.PlainText && kind != PayloadKind.Binary
                && kind != PayloadKind.EmvConsumer;
        }

        private void Understand(int index)
        {
            PaymentIntent intent = _candidateIntent[index];
            _intent = intent;
            if (!intent.Accepted)
            {
                End(SessionOutcome.Failed, RefusalOf(intent));
                return;
            }
            // Pay-once is keyed on what the code asks for, so a re-encoded copy (lower-case CRC) is the same code.
            if (intent.IsDynamic && _store.WasPaid(intent.ContentDigest))
            {
                End(SessionOutcome.Failed, SessionError.AlreadyPaid);
                return;
            }
            if (intent.HasAmount && _limit.Exceeds(intent.HasTotal ? intent.TotalMinor : intent.AmountMinor))
            {
                End(SessionOutcome.Failed, SessionError.AmountAboveLimit);
                return;
            }
            if (_booked.RefusesName(intent.Payee))
            {
                End(SessionOutcome.Failed, SessionError.TextRefused);
                return;
            }
            if (!_ports.Wallet.IsLinkUp)
            {
                End(SessionOutcome.Failed, SessionError.LinkDown);
                return;
            }

            int length = _candidateLength[index];
            Array.Copy(_candidatePayload[index], 0, _request.Payload, 0, length);
            _request.PayloadLength = length;
            _request.ContentDigest = intent.ContentDigest;
            _request.Kind = intent.Kind;
            _request.Dynamic = intent.IsDynamic;
            _request.AmountMinor = intent.HasAmount ? intent.AmountMinor : -1;
            _request.CurrencyNumeric = intent.CurrencyNumeric;
            _request.Payee = intent.Payee;
            _walletContacted = false;
            // Stored before anything is sent: a reboot from here on leads to a status query, not a second payment.
            if (!_store.BeginRequest(_request, _now))
            {
                End(SessionOutcome.Failed, SessionError.StorageFailed);
                return;
            }
            Enter(SessionState.Understood);
            _submitPending = true;
            SendPending();
            if (_state == SessionState.Understood && _streamsVoice)
            {
                // Listen already (without sending): the detector learns the room's noise before the wearer speaks.
                _utteranceDone = true;
                _voice.Reset();
                _listening = _ports.Microphone.Start();
            }
        }

        private static SessionError RefusalOf(PaymentIntent intent)
        {
            Finding[] findings = intent.Findings;
            for (int i = 0; i < findings.Length; i++)
            {
                if (findings[i].Severity == FindingSeverity.Error
                    && (findings[i].Code == FindingCode.UrlNotAllowed || findings[i].Code == FindingCode.UrlInsecure))
                {
                    return SessionError.UrlNotAllowed;
                }
            }
            return intent.Kind == PayloadKind.UnknownUrl ? SessionError.UrlNotAllowed : SessionError.PayloadInvalid;
        }

        /// <summary>Retries the wallet call the current state still owes (the client was busy or the link was down).</summary>
        private void SendPending()
        {
            if (_submitPending)
            {
                WalletCallStatus s = _ports.Wallet.Submit(_request);
                if (s == WalletCallStatus.Queued)
                {
                    _submitPending = false;
                    _audit.Add(_now, _state, AuditEvent.Submitted, (int)(_request.Counter & 0x7FFFFFFF));
                }
                else if (s != WalletCallStatus.Busy)
                {
                    // Nothing was queued, so nothing can be paid: the in-flight record goes.
                    _submitPending = false;
                    _store.Settle(false);
                    End(SessionOutcome.Failed, s == WalletCallStatus.NotPaired ? SessionError.NotPaired : SessionError.LinkDown);
                }
            }
            if (_confirmPending && _ports.Wallet.IsLinkUp
                && _ports.Wallet.Confirm(_store.InFlightId, _confirmMethod, _readback) == WalletCallStatus.Queued)
            {
                _confirmPending = false;
            }
            if (_queryPending && _ports.Wallet.IsLinkUp
                && _ports.Wallet.QueryStatus(_store.InFlightId) == WalletCallStatus.Queued)
            {
                _queryPending = false;
            }
        }

        private void PollWallet()
        {
            while (_ports.Wallet.Poll(_event))
            {
                switch (_event.Kind)
                {
                    case WalletEventKind.LinkDown:
                        _audit.Add(_now, _state, AuditEvent.Link, 0);
                        break;
                    case WalletEventKind.LinkUp:
                        _audit.Add(_now, _state, AuditEvent.Link, 1);
                        if (_store.HasInFlight && IsWaitingForWallet())
                        {
                            // Resume: ask about the same request id; the wallet answers with its one decision.
                            _queryPending = true;
                            SendPending();
                        }
                        else if (_store.HasInFlight)
                        {
                            _nextSettleQuery = _now;
                        }
                        break;
                    case WalletEventKind.Keepalive:
                        if (_store.HasInFlight && _event.IsFor(_store.InFlightId))
                        {
                            _walletContacted = true;
                            _audit.Add(_now, _state, AuditEvent.Keepalive, 0);
                            Extend();
                        }
                        break;
                    case WalletEventKind.Decision:
                        if (_store.HasInFlight && _event.IsFor(_store.InFlightId))
                        {
                            _walletContacted = _event.Outcome != WalletOutcome.Unknown;
                            OnDecision();
                        }
                        break;
                }
            }
        }

        private bool IsWaitingForWallet()
        {
            return _state == SessionState.Understood || _state == SessionState.Prompting
                || _state == SessionState.Confirming || _state == SessionState.Authorizing;
        }

        private void Extend()
        {
            if (_state != SessionState.Authorizing && _state != SessionState.Understood)
            {
                return;
            }
            long next = _now + (_state == SessionState.Authorizing ? _settings.AuthorizeTimeoutMs : _settings.ResolveTimeoutMs);
            _deadline = next < _hardDeadline ? next : _hardDeadline;
        }

        private void OnDecision()
        {
            WalletOutcome outcome = _event.Outcome;
            _audit.Add(_now, _state, AuditEvent.WalletAnswer, (int)outcome * 100 + (int)_event.Reason);
            bool final = outcome == WalletOutcome.Approved || outcome == WalletOutcome.Declined
                || outcome == WalletOutcome.Cancelled || outcome == WalletOutcome.Unknown;
            if (!IsWaitingForWallet())
            {
                // An earlier request (cancelled, timed out, or from before a reboot) is being settled.
                if (final)
                {
                    Settle(outcome);
                }
                else if (outcome != WalletOutcome.Pending)
                {
                    _ports.Wallet.Cancel(_store.InFlightId);
                }
                return;
            }

            switch (outcome)
            {
                case WalletOutcome.Approved:
                    _store.Settle(true);
                    _lastDecline = DeclineReason.None;
                    End(SessionOutcome.Approved, SessionError.None);
                    return;
                case WalletOutcome.Declined:
                    _store.Settle(false);
                    _lastDecline = _event.Reason;
                    End(SessionOutcome.Declined, SessionError.Declined);
                    return;
                case WalletOutcome.Cancelled:
                    _store.Settle(false);
                    End(_resuming ? SessionOutcome.Failed : SessionOutcome.Cancelled, _resuming ? SessionError.Interrupted : SessionError.Cancelled);
                    return;
                case WalletOutcome.Unknown:
                    if (_resuming)
                    {
                        _store.Settle(false);
                        End(SessionOutcome.Failed, SessionError.Interrupted);
                    }
                    else
                    {
                        // The submission was lost on the way: the same request id is safe to send again.
                        _submitPending = true;
                        SendPending();
                    }
                    return;
                case WalletOutcome.Pending:
                    Extend();
                    return;
            }

            // NeedsAmount or NeedsConfirmation: only meaningful while the flow that asked is still here.
            if (_resuming || _state == SessionState.Confirming || _state == SessionState.Authorizing)
            {
                _ports.Wallet.Cancel(_store.InFlightId);
                return;
            }
            _resolvedPayee = _event.ResolvedPayee;
            _resolvedAmount = _event.AmountMinor;
            _resolvedCurrency = _event.CurrencyNumeric;
            if (outcome == WalletOutcome.NeedsConfirmation && _resolvedAmount < 0 && !_intent.HasAmount)
            {
                // Nothing to read back without an amount: ask for it rather than say "0.00".
                outcome = WalletOutcome.NeedsAmount;
            }
            if (outcome == WalletOutcome.NeedsAmount)
            {
                _promptAttempts++;
                if (_promptAttempts > _settings.PromptAttempts)
                {
                    _ports.Wallet.Cancel(_store.InFlightId);
                    End(SessionOutcome.Failed, SessionError.AmountNotUnderstood);
                    return;
                }
                if (!_streamsVoice)
                {
                    _ports.Wallet.Cancel(_store.InFlightId);
                    End(SessionOutcome.Failed, _ports.Microphone == null ? SessionError.MicrophoneFailed : SessionError.VoiceUnavailable);
                    return;
                }
                Enter(SessionState.Prompting);
                _ports.Feedback.Speak(_intent.Readback, _speech.Code);
                Listen(VoicePurpose.Amount);
                return;
            }
            string readback = _booked.Compose(_intent, _resolvedPayee, _resolvedAmount, _resolvedCurrency,
                _speech.Phrase(_streamsVoice ? SessionSpeech.ConfirmHint : SessionSpeech.TapHint));
            SessionError refusal = _booked.Refusal;
            if (refusal == SessionError.None && _limit.Exceeds(_booked.FinalAmountMinor))
            {
                refusal = SessionError.AmountAboveLimit;
            }
            if (refusal != SessionError.None)
            {
                _ports.Wallet.Cancel(_store.InFlightId);
                End(SessionOutcome.Failed, refusal);
                return;
            }
            Enter(SessionState.Confirming);
            _readback = readback;
            _ports.Feedback.Speak(_readback, _speech.Code);
            if (_streamsVoice)
            {
                Listen(VoicePurpose.Confirmation);
            }
        }

        private void Listen(VoicePurpose purpose)
        {
            _purpose = purpose;
            _utteranceDone = false;
            if (!_listening)
            {
                _voice.Reset();
                _listening = _ports.Microphone.Start();
            }
            _voice.Rearm();
            if (!_listening && purpose == VoicePurpose.Amount)
            {
                _ports.Wallet.Cancel(_store.InFlightId);
                End(SessionOutcome.Failed, SessionError.MicrophoneFailed);
            }
        }

        private void StepListening()
        {
            if (!_listening)
            {
                return;
            }
            IVoiceSink sink = _utteranceDone || _state == SessionState.Understood ? null : _forwarder;
            VoiceActivity a = _voice.Pump(_ports.Microphone, sink, 10);
            if (sink == null || a != VoiceActivity.Ended)
            {
                return;
            }
            _utteranceDone = true;
            if (_state == SessionState.Confirming)
            {
                Confirm(ConfirmationMethod.Voice);
            }
        }

        private void Confirm(ConfirmationMethod method)
        {
            StopMicrophone();
            _audit.Add(_now, _state, AuditEvent.Confirmed, (int)method);
            _confirmMethod = method;
            _confirmPending = true;
            Enter(SessionState.Authorizing);
            SendPending();
        }

        private void CancelByWearer()
        {
            if (_state == SessionState.Idle || _state == SessionState.Done)
            {
                return;
            }
            if (_store.HasInFlight && IsWaitingForWallet())
            {
                // The record stays until the wallet confirms the cancel (or says it had already decided).
                _ports.Wallet.Cancel(_store.InFlightId);
            }
            // Once confirmed, the wallet may complete the payment before the cancel arrives: say so, report later.
            End(SessionOutcome.Cancelled, _state == SessionState.Authorizing ? SessionError.CancelUnconfirmed : SessionError.Cancelled);
        }

        private void TimedOut()
        {
            switch (_state)
            {
                case SessionState.Done:
                    EnterIdle();
                    return;
                case SessionState.Armed:
                    End(SessionOutcome.Failed, SessionError.CaptureFailed);
                    return;
                case SessionState.Scanning:
                    End(SessionOutcome.Failed, _scanRefusal != SessionError.None ? _scanRefusal : SessionError.NoCode);
                    return;
                case SessionState.Understood:
                case SessionState.Authorizing:
                    _ports.Wallet.Cancel(_store.InFlightId);
                    End(SessionOutcome.Failed, _walletContacted ? SessionError.WalletLate : SessionError.WalletTimeout);
                    return;
            }
            if (_store.HasInFlight && IsWaitingForWallet())
            {
                _ports.Wallet.Cancel(_store.InFlightId);
            }
            End(SessionOutcome.Failed, SessionError.Timeout);
        }

        private void Settle(WalletOutcome outcome)
        {
            _store.Settle(outcome == WalletOutcome.Approved);
            _audit.Add(_now, _state, AuditEvent.Settled, (int)outcome);
            if (outcome == WalletOutcome.Approved)
            {
                _ports.Feedback.Show(FeedbackCue.Approved);
            }
            string sentence = _speech.ForLateAnswer(outcome, _owedReport);
            if (sentence != null)
            {
                _ports.Feedback.Speak(sentence, _speech.Code);
            }
            if (_owedReport != SessionError.None)
            {
                RecordLateOutcome(outcome);
            }
        }

        /// <summary>
        /// The wearer was told the payment might still go through (a cancel after confirming, a late wallet): the
        /// wallet's final answer becomes the last outcome.
        /// </summary>
        private void RecordLateOutcome(WalletOutcome outcome)
        {
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
                    _lastDecline = _event.Reason;
                    return;
                default:
                    _lastOutcome = cancelled ? SessionOutcome.Cancelled : SessionOutcome.Failed;
                    _lastError = cancelled ? SessionError.Cancelled : SessionError.Interrupted;
                    break;
            }
        }

        private void End(SessionOutcome outcome, SessionError error)
        {
            StopCapture();
            StopMicrophone();
            Record(outcome, error);
            if (outcome != SessionOutcome.Declined)
            {
                _lastDecline = DeclineReason.None;
            }
            _audit.Add(_now, _state, AuditEvent.Ended, (int)outcome * 100 + (int)error);
            Enter(SessionState.Done);
            _ports.Feedback.StopSpeaking();
            _ports.Feedback.Show(CueOf(outcome));
            _ports.Feedback.Speak(_speech.ForEnd(_lastErrorState, outcome, error, _lastDecline, _resuming), _speech.Code);
            _resuming = false;
        }

        /// <summary>Notes how the session ended and drops the wallet calls still owed.</summary>
        private void Record(SessionOutcome outcome, SessionError error)
        {
            _submitPending = false;
            _confirmPending = false;
            _queryPending = false;
            _lastOutcome = outcome;
            _lastError = error;
            _lastErrorState = _state;
            // These ends leave the payment possible: the wallet's final answer is reported when it comes.
            bool open = error == SessionError.CancelUnconfirmed || (error == SessionError.WalletLate && _state == SessionState.Authorizing);
            _owedReport = open ? error : SessionError.None;
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

        private void Enter(SessionState state)
        {
            _state = state;
            _enteredAt = _now;
            _deadline = _now + TimeoutOf(state);
            _hardDeadline = _now + _settings.AuthorizeMaxMs;
            _audit.Add(_now, state, AuditEvent.Entered, (int)state);
            if (state != SessionState.Done)
            {
                _ports.Feedback.Show(CueOf(state));
            }
        }

        private void EnterIdle()
        {
            _state = SessionState.Idle;
            _enteredAt = _now;
            _deadline = long.MaxValue;
            _audit.Add(_now, _state, AuditEvent.Entered, (int)SessionState.Idle);
            _ports.Feedback.Show(FeedbackCue.Idle);
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

        private void StopCapture()
        {
            if (_ports.Camera != null)
            {
                _ports.Camera.Stop();
            }
            if (_ports.Scanner != null)
            {
                _ports.Scanner.Stop();
            }
        }

        private void StopMicrophone()
        {
            if (_ports.Microphone != null && (_listening || _micIdleOn))
            {
                _ports.Microphone.Stop();
            }
            _listening = false;
            _micIdleOn = false;
        }

        private void Fault()
        {
            // Last line of defence: log, stop what can be stopped, show failure, return to idle.
            _audit.Add(_now, _state, AuditEvent.Fault, (int)_state);
            Record(SessionOutcome.Failed, SessionError.Fault);
            _resuming = false;
            _state = SessionState.Idle;
            _deadline = long.MaxValue;
            try
            {
                StopCapture();
                StopMicrophone();
                _ports.Feedback.Show(FeedbackCue.Failed);
            }
            catch (Exception)
            {
                // An adapter that throws while stopping must not take the main loop down.
            }
        }

        /// <summary>Streams utterance blocks to the wallet under the in-flight request id.</summary>
        private sealed class VoiceForwarder : IVoiceSink
        {
            private readonly PaymentSession _owner;

            internal VoiceForwarder(PaymentSession owner)
            {
                _owner = owner;
            }

            public void OnVoiceBlock(byte[] block, int count, int sequence)
            {
                _owner._ports.Wallet.SendVoice(_owner._store.InFlightId, _owner._purpose, sequence, block, 0, count, false);
            }

            public void OnUtteranceEnd(int blocks, bool truncated)
            {
                _owner._ports.Wallet.SendVoice(_owner._store.InFlightId, _owner._purpose, blocks, NoBytes, 0, 0, true);
                _owner._audit.Add(_owner._now, _owner._state, AuditEvent.Voice, blocks);
            }
        }
    }
}
