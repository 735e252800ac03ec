using GlassesFirmware.Decision;
using GlassesFirmware.Storage;
using GlassesFirmware.Time;
using GlassesFirmware.Uplink.Cbor;
using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Framing;
using GlassesFirmware.Uplink.Links;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;
using GlassesFirmware.Uplink.Sealing;

namespace GlassesFirmware.Uplink.Client
{
    /// <summary>
    /// The glasses' side of <see cref="IWalletClient"/> over the uplink protocol (docs/protocol.md 6-10): one
    /// exchange at a time from a small queue, each message sealed under a fresh counter from the
    /// <see cref="CounterStore"/>, payment requests sealed for a fresh single-use challenge, answers accepted
    /// only when authentic and replying to the message in flight. The BLE frame link is preferred; a failed
    /// attempt is retried with backoff and jitter, alternating transports when both are up, always with the same
    /// request id and content. Decisions reach the session only from verified answers carrying its request id.
    /// Everything runs inside <see cref="Poll"/>; nothing blocks or throws.
    /// </summary>
    public sealed class WalletClient : IWalletClient
    {
        /// <summary>Queued calls at most.</summary>
        public const int QueueCapacity = 8;

        private const int OpNone = 0;
        private const int OpPayment = 1;
        private const int OpVoice = 2;
        private const int OpStatus = 3;
        private const int OpCancel = 4;
        private const int OpPairHello = 5;
        private const int OpPairFinish = 6;

        private const int Idle = 0;
        private const int AwaitChallenge = 1;
        private const int AwaitAnswer = 2;
        private const int Backoff = 3;

        private const int TransportFrame = 0;
        private const int TransportRequest = 1;

        private readonly ICryptoPrimitives _crypto;
        private readonly IRandomSource _random;
        private readonly IRecordStore _store;
        private readonly IClock _clock;
        private readonly IRequestLink _requestLink;
        private readonly FrameChannel _frames;
        private readonly CounterStore _counters;
        private readonly PairingHandshake _handshake;
        private readonly RetrySchedule _retry;
        private readonly UplinkMessage _out = new UplinkMessage();
        private readonly UplinkMessage _in = new UplinkMessage();
        private readonly Operation[] _queue = new Operation[QueueCapacity];
        private readonly WalletEvent[] _events = new WalletEvent[16];
        private readonly byte[] _answer = new byte[FrameCommand.MaxFrameLength];
        private readonly byte[] _challenge = new byte[UplinkMessage.IdLength];
        private readonly byte[] _jitter = new byte[2];
        private readonly PaymentState _payment = new PaymentState();
        private PairingRecord _pairing;
        private GlassesChannel _channel;
        private int _head;
        private int _count;
        private int _voiceNext;
        private int _eventHead;
        private int _eventCount;
        private int _state;
        private int _attempt;

        // The wallet answered a pairing attempt with an unsealed refusal (UnknownDevice, PairingRefused). Anyone on
        // the radio could forge one, so it never ends the pairing early; it only names the cause when the
        // attempts run out.
        private bool _pairingRefusalSeen;
        private int _transport;
        private ulong _inFlight;
        private long _deadline;
        private long _challengeExpires;
        private bool _linkWasUp;
        private WireError _lastError;
        private PairingStatus _pairingStatus = PairingStatus.WrongState;

        /// <summary>
        /// Creates a client over the frame link and/or the request link (either may be null). Call
        /// <see cref="Load"/> once at boot.
        /// </summary>
        public WalletClient(ICryptoPrimitives crypto, IRandomSource random, IRecordStore store, IClock clock, IFrameLink frameLink, IRequestLink requestLink)
        {
            if (crypto == null || random == null || store == null || clock == null || (frameLink == null && requestLink == null))
            {
                throw new System.ArgumentNullException("crypto");
            }

            _crypto = crypto;
            _random = random;
            _store = store;
            _clock = clock;
            _requestLink = requestLink;
            _frames = frameLink == null ? null : new FrameChannel(frameLink);
            _counters = new CounterStore(store, CounterStore.DefaultBlock);
            _handshake = new PairingHandshake(crypto, random);
            _retry = new RetrySchedule(200, 2000, 4);
            for (int i = 0; i < QueueCapacity; i++)
            {
                _queue[i] = new Operation();
            }

            for (int i = 0; i < _events.Length; i++)
            {
                _events[i] = new WalletEvent();
            }

            AnswerTimeoutMs = 5000;
        }

        /// <summary>
        /// How long an answer over the frame link may take before the attempt counts as failed (keepalives restart
        /// it). HTTPS attempts end by the request link's own timeout.
        /// </summary>
        public int AnswerTimeoutMs;

        /// <summary>True when a pairing is loaded.</summary>
        public bool IsPaired
        {
            get { return _channel != null; }
        }

        /// <summary>The device id of the current pairing (a copy), or null.</summary>
        public byte[] DeviceId
        {
            get { return _pairing == null ? null : (byte[])_pairing.DeviceId.Clone(); }
        }

        /// <summary>The last error code the wallet sent.</summary>
        public WireError LastError
        {
            get { return _lastError; }
        }

        /// <summary>Outcome of the last pairing: Ok once stored, WrongState while running or never started.</summary>
        public PairingStatus PairingResult
        {
            get { return _pairingStatus; }
        }

        /// <summary>The counters (for tests and the benchmark).</summary>
        public CounterStore Counters
        {
            get { return _counters; }
        }

        /// <inheritdoc />
        public bool IsLinkUp
        {
            get { return (_frames != null && _frames.Link.IsConnected) || (_requestLink != null && _requestLink.IsAvailable); }
        }

        /// <summary>
        /// Loads the stored pairing and counters. False when a record exists but cannot be read: the client then
        /// stays unpaired rather than risk reusing a counter.
        /// </summary>
        public bool Load()
        {
            PairingRecord record = new PairingRecord();
            PairingStatus status = PairingRecord.Load(_store, record);
            if (status == PairingStatus.Refused)
            {
                return true;
            }

            if (status != PairingStatus.Ok || !_counters.Load())
            {
                return false;
            }

            Adopt(record);
            return true;
        }

        /// <summary>
        /// Starts pairing with the scanned QR text (docs/protocol.md 7). Any earlier pairing stays in place until
        /// the new one is stored. Progress: <see cref="PairingResult"/> after polling.
        /// </summary>
        public PairingStatus BeginPairing(byte[] qrText, int offset, int count)
        {
            PairingOffer offer = new PairingOffer();
            PairingStatus status = PairingOffer.Parse(qrText, offset, count, offer);
            if (status != PairingStatus.Ok)
            {
                return status;
            }

            _handshake.Begin(offer);
            offer.Wipe();
            if (_requestLink != null)
            {
                _requestLink.Configure(_handshake.Endpoint, null, _handshake.Fingerprint);
            }

            ClearQueue();
            _pairingStatus = PairingStatus.WrongState;
            _pairingRefusalSeen = false;
            Enqueue(OpPairHello, null);
            return PairingStatus.Ok;
        }

        /// <summary>
        /// Unpairs: sends a sealed Unpair once (no answer awaited), then wipes the keys and deletes the pairing and
        /// counter records. True when the records are gone.
        /// </summary>
        public bool Unpair()
        {
            if (_channel != null)
            {
                _out.Reset(MessageType.Unpair);
                ulong counter;
                byte[] routed;
                if (_counters.TryNext(out counter) && _channel.Seal(_out, counter, null, out routed) == SealStatus.Ok)
                {
                    Transmit(routed, "unpair", _frames != null && _frames.Link.IsConnected ? TransportFrame : TransportRequest);
                }

                _channel.Wipe();
                _channel = null;
            }

            if (_pairing != null)
            {
                _pairing.Wipe();
                _pairing = null;
            }

            _handshake.Abort();
            ClearQueue();
            if (_requestLink != null)
            {
                _requestLink.Configure(null, null, null);
            }

            bool counters = _counters.Wipe();
            return _store.Delete(PairingRecord.RecordName) && counters;
        }

        /// <inheritdoc />
        public WalletCallStatus Submit(PaymentRequest request)
        {
            WalletCallStatus status = Admit(request == null ? null : request.RequestId);
            if (status != WalletCallStatus.Queued)
            {
                return status;
            }

            if (request.PayloadLength < 0 || request.PayloadLength > UplinkMessage.MaxPayloadLength
                || (request.Payee != null && request.Payee.Length > UplinkMessage.MaxTextLength))
            {
                return WalletCallStatus.Rejected;
            }

            _payment.Take(request);
            return EnqueuePayment(request.RequestId, 0);
        }

        /// <summary>
        /// The codec of the blocks the session hands to <see cref="SendVoice"/> (Confirmation.VoiceCodec; named in
        /// every voice chunk): the composition root sets it to its encoder's <c>Codec</c>. Default IMA ADPCM.
        /// </summary>
        public int VoiceCodec { get; set; }

        /// <inheritdoc />
        public WalletCallStatus SendVoice(byte[] requestId, VoicePurpose purpose, int sequence, byte[] data, int offset, int count, bool last)
        {
            if (data == null || count < 0 || count > UplinkMessage.MaxVoiceLength || offset < 0 || offset > data.Length - count || sequence < 0 || sequence > 65535)
            {
                return WalletCallStatus.Rejected;
            }

            WalletCallStatus status = Admit(requestId);
            if (status != WalletCallStatus.Queued && status != WalletCallStatus.Busy)
            {
                return status;
            }

            if (sequence == 0)
            {
                // A new utterance: the wire numbering (one number per chunk sent) starts again.
                _voiceNext = 0;
            }

            // The session hands over one small ADPCM block at a time: join it to the chunk still waiting in the
            // queue for this utterance, so the queue holds seconds of speech and the wallet gets few messages.
            Operation tail = _count == 0 ? null : _queue[(_head + _count - 1) % QueueCapacity];
            if (tail != null && tail.Kind == OpVoice && !tail.Sent && !tail.Last && tail.Purpose == (int)purpose && tail.IsFor(requestId)
                && tail.DataLength + count <= UplinkMessage.MaxVoiceLength && sequence != 0)
            {
                tail.Append(data, offset, count);
                tail.Last = last;
                return WalletCallStatus.Queued;
            }

            status = Enqueue(OpVoice, requestId);
            if (status == WalletCallStatus.Queued)
            {
                Operation op = _queue[(_head + _count - 1) % QueueCapacity];
                op.Purpose = (int)purpose;
                op.Sequence = _voiceNext++;
                op.Last = last;
                op.DataLength = 0;
                op.Append(data, offset, count);
            }

            return status;
        }

        /// <inheritdoc />
        public WalletCallStatus Confirm(byte[] requestId, ConfirmationMethod method, string readback)
        {
            WalletCallStatus status = Admit(requestId);
            if (status != WalletCallStatus.Queued)
            {
                return status;
            }

            if (readback == null || !_payment.Matches(requestId) || !_payment.Authorize(method, readback))
            {
                return WalletCallStatus.Rejected;
            }

            return EnqueuePayment(requestId, 1);
        }

        /// <inheritdoc />
        public WalletCallStatus QueryStatus(byte[] requestId)
        {
            WalletCallStatus status = Admit(requestId);
            return status == WalletCallStatus.Queued ? Enqueue(OpStatus, requestId) : status;
        }

        /// <inheritdoc />
        public WalletCallStatus Cancel(byte[] requestId)
        {
            WalletCallStatus status = Admit(requestId);
            if (status != WalletCallStatus.Queued)
            {
                return status;
            }

            // Over BLE a request the wallet is working on is withdrawn at once; its answer is the decision.
            if (_count > 0 && _state == AwaitAnswer && _transport == TransportFrame && _queue[_head].Kind == OpPayment && _queue[_head].IsFor(requestId))
            {
                _frames.Send(FrameCommand.Cancel, _answer, 0, 0);
                return WalletCallStatus.Queued;
            }

            return Enqueue(OpCancel, requestId);
        }

        /// <inheritdoc />
        public bool Poll(WalletEvent into)
        {
            Step(_clock.NowMs);
            if (_eventCount == 0)
            {
                return false;
            }

            WalletEvent e = _events[_eventHead];
            into.Kind = e.Kind;
            System.Array.Copy(e.RequestId, into.RequestId, PaymentRequest.IdLength);
            into.Outcome = e.Outcome;
            into.Reason = e.Reason;
            into.ResolvedPayee = e.ResolvedPayee;
            into.AmountMinor = e.AmountMinor;
            into.CurrencyNumeric = e.CurrencyNumeric;
            _eventHead = (_eventHead + 1) % _events.Length;
            _eventCount--;
            return true;
        }

        // One main-loop step: link changes, incoming answers, timeouts, backoff, next operation.
        private void Step(long now)
        {
            bool up = IsLinkUp;
            if (up != _linkWasUp)
            {
                _linkWasUp = up;
                Emit(up ? WalletEventKind.LinkUp : WalletEventKind.LinkDown, null);
            }

            PumpFrames(now);
            PumpRequests();
            if (_count == 0)
            {
                _state = Idle;
                return;
            }

            // HTTPS exchanges end through the adapter (its timeout and retries); the answer deadline is BLE's.
            if ((_state == AwaitChallenge || _state == AwaitAnswer) && _transport == TransportFrame && now > _deadline)
            {
                FailAttempt(now);
            }

            if (_state == Backoff && now >= _deadline)
            {
                _state = Idle;
            }

            if (_state == Idle && up)
            {
                StartAttempt(now);
            }
        }

        private void PumpFrames(long now)
        {
            if (_frames == null)
            {
                return;
            }

            FrameResult result;
            while ((result = _frames.Receive(now)) != FrameResult.NeedMore)
            {
                if (result != FrameResult.Complete)
                {
                    continue;
                }

                FrameAssembler frame = _frames.Received;
                if (frame.Command == FrameCommand.Keepalive && _state == AwaitAnswer && _transport == TransportFrame)
                {
                    _deadline = now + AnswerTimeoutMs;
                    Emit(WalletEventKind.Keepalive, _queue[_head].RequestId);
                }
                else if (frame.Command == FrameCommand.Message && _transport == TransportFrame)
                {
                    System.Array.Copy(frame.Data, _answer, frame.Length);
                    HandleAnswer(_answer, frame.Length, now);
                }
                else if (frame.Command == FrameCommand.Error && _transport == TransportFrame && _state != Idle && _state != Backoff)
                {
                    // Framing refused our frame, or the wallet cannot seal a refusal: only a hint, retry.
                    byte code = frame.Data[0];
                    _pairingRefusalSeen |= code == (byte)FramingError.UnknownDevice || code == (byte)FramingError.PairingRefused;
                    FailAttempt(now);
                }
            }
        }

        private void PumpRequests()
        {
            if (_requestLink == null || _transport != TransportRequest || (_state != AwaitChallenge && _state != AwaitAnswer))
            {
                return;
            }

            int length;
            RequestLinkState state = _requestLink.Poll(_answer, 0, _answer.Length, out length);
            long now = _clock.NowMs;
            if (state == RequestLinkState.Completed)
            {
                HandleAnswer(_answer, length, now);
            }
            else if (state == RequestLinkState.Failed)
            {
                FailAttempt(now);
            }
        }

        private void StartAttempt(long now)
        {
            Operation op = _queue[_head];
            op.Sent = true;
            _transport = ChooseTransport();
            if (op.Kind == OpPairHello || op.Kind == OpPairFinish)
            {
                byte[] routed = op.Kind == OpPairHello ? _handshake.BuildHello() : _handshake.BuildFinish();
                _inFlight = op.Kind == OpPairHello ? PairingHandshake.HelloCounter : PairingHandshake.FinishCounter;
                Await(routed, "pair", now, AwaitAnswer);
                return;
            }

            if (op.Kind == OpPayment && now >= _challengeExpires)
            {
                _out.Reset(MessageType.Hello);
                SendSealed(null, null, now, AwaitChallenge);
                return;
            }

            BuildMessage(op);
            SendSealed(op.Kind == OpPayment ? _challenge : null, op.RequestId, now, AwaitAnswer);
            if (op.Kind == OpPayment)
            {
                // Single use: the next payment request asks for a new one.
                _challengeExpires = 0;
            }
        }

        private void BuildMessage(Operation op)
        {
            switch (op.Kind)
            {
                case OpPayment:
                    _payment.Write(_out, op.Stage);
                    break;
                case OpVoice:
                    _out.Reset(MessageType.VoiceChunk);
                    _out.Purpose = op.Purpose;
                    _out.Sequence = op.Sequence;
                    _out.Last = op.Last;
                    _out.Codec = VoiceCodec;
                    _out.SetData(op.Data, 0, op.DataLength);
                    break;
                case OpStatus:
                    _out.Reset(MessageType.Status);
                    break;
                default:
                    _out.Reset(MessageType.Cancel);
                    break;
            }

            System.Array.Copy(op.RequestId, _out.RequestId, PaymentRequest.IdLength);
        }

        private void SendSealed(byte[] associatedData, byte[] requestId, long now, int awaitState)
        {
            ulong counter;
            byte[] routed;
            if (_channel == null || !_counters.TryNext(out counter) || _channel.Seal(_out, counter, associatedData, out routed) != SealStatus.Ok)
            {
                // No counter can be reserved (storage failure) or the message does not encode: give up on it.
                Finish(WalletEventKind.Failed, WalletOutcome.None);
                return;
            }

            _inFlight = counter;
            Await(routed, requestId == null ? "c" + counter.ToString() : Hex(requestId), now, awaitState);
        }

        private void Await(byte[] routed, string idempotencyKey, long now, int awaitState)
        {
            _state = awaitState;
            _deadline = now + AnswerTimeoutMs;
            if (routed == null || !Transmit(routed, idempotencyKey, _transport))
            {
                FailAttempt(now);
            }
        }

        private bool Transmit(byte[] routed, string idempotencyKey, int transport)
        {
            if (transport == TransportFrame)
            {
                return _frames != null && _frames.Send(FrameCommand.Message, routed, 0, routed.Length);
            }

            return _requestLink != null && _requestLink.Post(idempotencyKey, routed, 0, routed.Length);
        }

        private void HandleAnswer(byte[] data, int length, long now)
        {
            if (_count == 0 || (_state != AwaitChallenge && _state != AwaitAnswer))
            {
                return;
            }

            Operation op = _queue[_head];
            if (op.Kind == OpPairHello || op.Kind == OpPairFinish)
            {
                HandlePairingAnswer(op, data, length, now);
                return;
            }

            SealStatus seal;
            if (_channel.Open(data, 0, length, _inFlight, _in, out seal) != AnswerStatus.Ok)
            {
                // Stray, stale or forged: not the answer; the attempt's timeout still runs.
                return;
            }

            _counters.Received(_channel.LastReceived);
            if (_in.Type == MessageType.Error)
            {
                HandleError(now);
            }
            else if (_state == AwaitChallenge)
            {
                if (_in.Type == MessageType.Challenge)
                {
                    System.Array.Copy(_in.Challenge, _challenge, _challenge.Length);
                    _challengeExpires = now + _in.TtlMs;
                    _state = Idle;
                    StartAttempt(now);
                }
            }
            else if (_in.Type == MessageType.Keepalive && IsForCurrent())
            {
                // HTTPS: the wallet is still deciding; ask again shortly without spending an attempt.
                PollLater(op, now);
            }
            else if (_in.Type == MessageType.Ack && (op.Kind == OpVoice && _in.HasRequestId && IsForCurrent() && _in.Sequence == op.Sequence))
            {
                Finish(WalletEventKind.None, WalletOutcome.None);
            }
            else if (_in.Type == MessageType.Decision && IsForCurrent() && op.Polling && _in.Outcome == (int)WalletOutcome.Pending)
            {
                PollLater(op, now);
            }
            else if (_in.Type == MessageType.Decision && IsForCurrent())
            {
                if (_in.Outcome == (int)WalletOutcome.NeedsConfirmation && _payment.Matches(op.RequestId))
                {
                    _payment.Heard(_in.AmountMinor, _in.CurrencyNumeric);
                }

                Finish(WalletEventKind.Decision, (WalletOutcome)_in.Outcome);
            }
        }

        // HTTPS: the wallet is still deciding; ask for the status shortly, without spending an attempt.
        private void PollLater(Operation op, long now)
        {
            Emit(WalletEventKind.Keepalive, op.RequestId);
            op.Kind = OpStatus;
            op.Polling = true;
            _attempt = 0;
            _state = Backoff;
            _deadline = now + FrameCommand.KeepaliveIntervalMs;
        }

        private void HandlePairingAnswer(Operation op, byte[] data, int length, long now)
        {
            PairingStatus status = op.Kind == OpPairHello ? _handshake.AcceptProof(data, 0, length) : _handshake.AcceptDone(data, 0, length);
            if (status == PairingStatus.BadProof)
            {
                return;
            }

            if (status != PairingStatus.Ok)
            {
                _pairingStatus = status;
                _handshake.Abort();
                ClearQueue();
                return;
            }

            if (op.Kind == OpPairHello)
            {
                op.Kind = OpPairFinish;
                _attempt = 0;
                _state = Idle;
                StartAttempt(now);
                return;
            }

            PairingRecord record = _handshake.Record;
            if (!record.Save(_store) || !_counters.Reset(PairingHandshake.FinishCounter, PairingHandshake.FinishCounter))
            {
                _pairingStatus = PairingStatus.StoreFailed;
                _store.Delete(PairingRecord.RecordName);
                _handshake.Abort();
                ClearQueue();
                return;
            }

            if (_channel != null)
            {
                _channel.Wipe();
            }

            Adopt(record);
            _pairingStatus = PairingStatus.Ok;
            Dequeue();
        }

        private void HandleError(long now)
        {
            _lastError = _in.ErrorCode;
            switch (_in.ErrorCode)
            {
                case WireError.BadSeal:
                case WireError.Replayed:
                case WireError.ChallengeExpired:
                case WireError.ChallengeUsed:
                case WireError.Busy:
                case WireError.Internal:
                    _challengeExpires = 0;
                    FailAttempt(now);
                    break;
                default:
                    Finish(WalletEventKind.Failed, WalletOutcome.None);
                    break;
            }
        }

        private void FailAttempt(long now)
        {
            _attempt++;
            int delay = _retry.DelayBefore(_attempt + 1, RandomPerMille());
            if (delay < 0)
            {
                Operation op = _queue[_head];
                if (op.Kind == OpPairHello || op.Kind == OpPairFinish)
                {
                    _pairingStatus = _pairingRefusalSeen ? PairingStatus.Refused : PairingStatus.Unreachable;
                    _handshake.Abort();
                    ClearQueue();
                    return;
                }

                Finish(WalletEventKind.Failed, WalletOutcome.None);
                return;
            }

            _state = Backoff;
            _deadline = now + delay;
        }

        private void Finish(WalletEventKind kind, WalletOutcome outcome)
        {
            Operation op = _queue[_head];
            if (kind != WalletEventKind.None)
            {
                WalletEvent e = Emit(kind, op.RequestId);
                if (e != null && kind == WalletEventKind.Decision)
                {
                    e.Outcome = outcome;
                    e.Reason = (DeclineReason)_in.Reason;
                    e.ResolvedPayee = _in.ResolvedPayee;
                    e.AmountMinor = _in.AmountMinor;
                    e.CurrencyNumeric = _in.CurrencyNumeric;
                }
            }

            Dequeue();
        }

        private bool IsForCurrent()
        {
            return _queue[_head].IsFor(_in.RequestId);
        }

        private int ChooseTransport()
        {
            bool frame = _frames != null && _frames.Link.IsConnected;
            bool request = _requestLink != null && _requestLink.IsAvailable;
            if (frame && request)
            {
                // The first attempt goes over BLE; retries alternate.
                return _attempt % 2 == 0 ? TransportFrame : TransportRequest;
            }

            return frame ? TransportFrame : TransportRequest;
        }

        private WalletCallStatus Admit(byte[] requestId)
        {
            if (requestId == null || requestId.Length != PaymentRequest.IdLength)
            {
                return WalletCallStatus.Rejected;
            }

            if (_channel == null)
            {
                return WalletCallStatus.NotPaired;
            }

            if (!IsLinkUp)
            {
                return WalletCallStatus.LinkDown;
            }

            return _count == QueueCapacity ? WalletCallStatus.Busy : WalletCallStatus.Queued;
        }

        private WalletCallStatus Enqueue(int kind, byte[] requestId)
        {
            if (_count == QueueCapacity)
            {
                return WalletCallStatus.Busy;
            }

            Operation op = _queue[(_head + _count) % QueueCapacity];
            op.Kind = kind;
            op.Polling = false;
            op.Sent = false;
            if (requestId != null)
            {
                System.Array.Copy(requestId, op.RequestId, PaymentRequest.IdLength);
            }
            else
            {
                System.Array.Clear(op.RequestId, 0, PaymentRequest.IdLength);
            }

            _count++;
            return WalletCallStatus.Queued;
        }

        private WalletCallStatus EnqueuePayment(byte[] requestId, int stage)
        {
            WalletCallStatus status = Enqueue(OpPayment, requestId);
            if (status == WalletCallStatus.Queued)
            {
                _queue[(_head + _count - 1) % QueueCapacity].Stage = stage;
            }

            return status;
        }

        private void Dequeue()
        {
            _queue[_head].Kind = OpNone;
            _head = (_head + 1) % QueueCapacity;
            _count--;
            _attempt = 0;
            _state = Idle;
        }

        private void ClearQueue()
        {
            while (_count > 0)
            {
                Dequeue();
            }
        }

        private WalletEvent Emit(WalletEventKind kind, byte[] requestId)
        {
            if (_eventCount == _events.Length)
            {
                // The session stopped polling: keep the oldest events (decisions) rather than overwrite them.
                return null;
            }

            WalletEvent e = _events[(_eventHead + _eventCount) % _events.Length];
            e.Clear();
            e.Kind = kind;
            if (requestId != null)
            {
                System.Array.Copy(requestId, e.RequestId, PaymentRequest.IdLength);
            }

            _eventCount++;
            return e;
        }

        private void Adopt(PairingRecord record)
        {
            _pairing = record;
            _channel = new GlassesChannel(_crypto, record.Secret, record.WalletId, record.DeviceId, _counters.LastSent, _counters.LastReceived);
            if (_requestLink != null)
            {
                _requestLink.Configure(record.HttpsEndpoint, record.AnchorCertificate, record.AnchorFingerprint);
            }
        }

        private int RandomPerMille()
        {
            _random.Fill(_jitter, 0, 2);
            return ((_jitter[0] << 8) | _jitter[1]) % 1001;
        }

        private static string Hex(byte[] data)
        {
            const string Digits = "0123456789abcdef";
            char[] chars = new char[data.Length * 2];
            for (int i = 0; i < data.Length; i++)
            {
                chars[2 * i] = Digits[data[i] >> 4];
                chars[2 * i + 1] = Digits[data[i] & 0xF];
            }

            return new string(chars);
        }

        // One queued call.
        private sealed class Operation
        {
            public readonly byte[] RequestId = new byte[PaymentRequest.IdLength];
            public byte[] Data = new byte[0];
            public int Kind;
            public int Stage;
            public bool Polling;
            public int Purpose;
            public int Sequence;
            public bool Last;
            public int DataLength;

            public bool Sent;

            public void Append(byte[] source, int offset, int count)
            {
                if (Data.Length < DataLength + count)
                {
                    byte[] larger = new byte[UplinkMessage.MaxVoiceLength];
                    System.Array.Copy(Data, larger, DataLength);
                    Data = larger;
                }

                System.Array.Copy(source, offset, Data, DataLength, count);
                DataLength += count;
            }

            public bool IsFor(byte[] id)
            {
                return FixedTime.AreEqual(RequestId, 0, id, 0, PaymentRequest.IdLength);
            }
        }
    }
}
