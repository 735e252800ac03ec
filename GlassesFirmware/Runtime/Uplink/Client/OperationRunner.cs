using GlassesFirmware.Decision;
using GlassesFirmware.Platform;
using GlassesFirmware.Uplink.Framing;
using GlassesFirmware.Uplink.Links;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Uplink.Client
{
    /// <summary>
    /// Carries the operation at the head of the queue to the wallet, one exchange at a time: fetches a fresh
    /// challenge before a payment request, seals, sends over the chosen link, waits for the answer that replies to
    /// the message in flight, retries a failed attempt with backoff and jitter (alternating links when both are up,
    /// the same request id and content every time), and acts on what <see cref="AnswerReader"/> says each answer
    /// means, turning it into events. Runs inside <see cref="Step"/>; nothing blocks or throws.
    /// </summary>
    internal sealed class OperationRunner
    {
        private readonly IClock _clock;
        private readonly UplinkLinks _links;
        private readonly OperationQueue _queue;
        private readonly EventQueue _events;
        private readonly CurrentPairing _pairing;
        private readonly PairingRun _run;
        private readonly PaymentState _payment;
        private readonly JitteredRetry _retry;
        private readonly AnswerReader _answers;
        private readonly UplinkMessage _out = new UplinkMessage();
        private readonly byte[] _answer = new byte[FrameCommand.MaxFrameLength];
        private ExchangeState _state;
        private int _attempt;
        private Transport _transport;
        private ulong _inFlight;
        private long _deadline;

        /// <summary>
        /// Runs the operations of <paramref name="queue"/>, reporting to <paramref name="events"/>; <paramref name="answers"/>
        /// reads what comes back.
        /// </summary>
        public OperationRunner(IClock clock, UplinkLinks links, OperationQueue queue, EventQueue events, CurrentPairing pairing,
            PairingRun run, PaymentState payment, AnswerReader answers, JitteredRetry retry)
        {
            _clock = clock;
            _links = links;
            _queue = queue;
            _events = events;
            _pairing = pairing;
            _run = run;
            _payment = payment;
            _retry = retry;
            _answers = answers;
            AnswerTimeoutMs = 5000;
        }

        private enum ExchangeState
        {
            Idle,
            AwaitChallenge,
            AwaitAnswer,
            Backoff
        }

        /// <summary>How long an answer over the frame link may take (keepalives restart it).</summary>
        public int AnswerTimeoutMs;

        /// <summary>
        /// Over BLE, withdraws the payment request for <paramref name="requestId"/> the wallet is working on (its
        /// answer is then the decision); false when that is not the exchange in progress.
        /// </summary>
        public bool TryWithdraw(byte[] requestId)
        {
            Operation op = _queue.Head;
            if (op == null || _state != ExchangeState.AwaitAnswer || _transport != Transport.Frame || op.Kind != OperationKind.Payment || !op.IsFor(requestId))
            {
                return false;
            }

            _links.SendCancelFrame();
            return true;
        }

        /// <summary>Sends a sealed Unpair once over the best link; no answer is awaited.</summary>
        public void SendUnpair()
        {
            _out.Reset(MessageType.Unpair);
            ulong counter;
            byte[] routed;
            if (_pairing.TrySeal(_out, null, out counter, out routed))
            {
                _links.Transmit(_links.IsFrameUp ? Transport.Frame : Transport.Request, routed, "unpair");
            }
        }

        /// <summary>Drops every operation and any exchange in progress.</summary>
        public void Clear()
        {
            _queue.Clear();
            _attempt = 0;
            _state = ExchangeState.Idle;
        }

        /// <summary>One main-loop step: link changes, incoming answers, timeouts, backoff, next attempt.</summary>
        public void Step(long now)
        {
            bool up;
            if (_links.Changed(out up))
            {
                _events.Emit(up ? WalletEventKind.LinkUp : WalletEventKind.LinkDown, null);
            }

            PumpFrames(now);
            PumpRequests();
            if (_queue.Count == 0)
            {
                _state = ExchangeState.Idle;
                return;
            }

            // HTTPS exchanges end through the adapter (its timeout and retries); the answer deadline is BLE's.
            if (IsAwaiting() && _transport == Transport.Frame && now > _deadline)
            {
                FailAttempt(now);
            }

            if (_state == ExchangeState.Backoff && now >= _deadline)
            {
                _state = ExchangeState.Idle;
            }

            // A failure above may have finished the last operation.
            if (_state == ExchangeState.Idle && up && _queue.Count > 0)
            {
                StartAttempt(now);
            }
        }

        private bool IsAwaiting()
        {
            return _state == ExchangeState.AwaitChallenge || _state == ExchangeState.AwaitAnswer;
        }

        private void PumpFrames(long now)
        {
            FrameChannel frames = _links.Frames;
            if (frames == null)
            {
                return;
            }

            FrameResult result;
            while ((result = frames.Receive(now)) != FrameResult.NeedMore)
            {
                if (result != FrameResult.Complete)
                {
                    continue;
                }

                FrameAssembler frame = frames.Received;
                if (frame.Command == FrameCommand.Keepalive && _state == ExchangeState.AwaitAnswer && _transport == Transport.Frame)
                {
                    _deadline = now + AnswerTimeoutMs;
                    _events.Emit(WalletEventKind.Keepalive, _queue.Head.RequestId);
                }
                else if (frame.Command == FrameCommand.Message && _transport == Transport.Frame)
                {
                    System.Array.Copy(frame.Data, _answer, frame.Length);
                    HandleAnswer(_answer, frame.Length, now);
                }
                else if (frame.Command == FrameCommand.Error && _transport == Transport.Frame && IsAwaiting())
                {
                    // Framing refused our frame, or the wallet cannot seal a refusal: only a hint, retry.
                    byte code = frame.Data[0];
                    if (code == (byte)FramingError.UnknownDevice || code == (byte)FramingError.PairingRefused)
                    {
                        _run.NoteRefusal();
                    }

                    FailAttempt(now);
                }
            }
        }

        private void PumpRequests()
        {
            IRequestLink requests = _links.Requests;
            if (requests == null || _transport != Transport.Request || !IsAwaiting())
            {
                return;
            }

            int length;
            RequestLinkState state = requests.Poll(_answer, 0, _answer.Length, out length);
            long now = _clock.NowMs;
            if (state == RequestLinkState.Completed)
            {
                ulong sent = _inFlight;
                ExchangeState awaiting = _state;
                HandleAnswer(_answer, length, now);
                if (IsAwaiting() && _inFlight == sent && _state == awaiting)
                {
                    // The exchange is over and its body was not the answer (damaged, stray): no other body can
                    // come for this POST and HTTPS has no answer timeout, so the attempt failed.
                    FailAttempt(now);
                }
            }
            else if (state == RequestLinkState.Failed)
            {
                FailAttempt(now);
            }
        }

        private void StartAttempt(long now)
        {
            Operation op = _queue.Head;
            op.Sent = true;
            _transport = _links.Choose(_attempt);
            if (op.IsPairing)
            {
                byte[] routed = _run.Build(op.Kind, out _inFlight);
                Await(routed, "pair", now, ExchangeState.AwaitAnswer);
                return;
            }

            if (op.Kind == OperationKind.Payment && !_answers.HasChallenge(now))
            {
                _out.Reset(MessageType.Hello);
                SendSealed(null, null, now, ExchangeState.AwaitChallenge);
                return;
            }

            op.Write(_out, _payment);
            SendSealed(op.Kind == OperationKind.Payment ? _answers.Challenge : null, op.RequestId, now, ExchangeState.AwaitAnswer);
            if (op.Kind == OperationKind.Payment)
            {
                _answers.SpendChallenge();
            }
        }

        private void SendSealed(byte[] associatedData, byte[] requestId, long now, ExchangeState awaitState)
        {
            ulong counter;
            byte[] routed;
            if (!_pairing.TrySeal(_out, associatedData, out counter, out routed))
            {
                // No counter can be reserved (storage failure) or the message does not encode: give up on it.
                Finish(WalletEventKind.Failed);
                return;
            }

            _inFlight = counter;
            Await(routed, requestId == null ? "c" + counter.ToString() : UplinkLinks.IdempotencyKey(requestId), now, awaitState);
        }

        private void Await(byte[] routed, string idempotencyKey, long now, ExchangeState awaitState)
        {
            _state = awaitState;
            _deadline = now + AnswerTimeoutMs;
            if (routed == null || !_links.Transmit(_transport, routed, idempotencyKey))
            {
                FailAttempt(now);
            }
        }

        private void HandleAnswer(byte[] data, int length, long now)
        {
            if (_queue.Count == 0 || !IsAwaiting())
            {
                return;
            }

            Operation op = _queue.Head;
            switch (_answers.Read(op, data, length, _inFlight, _state == ExchangeState.AwaitChallenge, now))
            {
                case AnswerVerdict.Retry:
                    FailAttempt(now);
                    break;
                case AnswerVerdict.Fail:
                    Finish(WalletEventKind.Failed);
                    break;
                case AnswerVerdict.ChallengeReady:
                    _state = ExchangeState.Idle;
                    StartAttempt(now);
                    break;
                case AnswerVerdict.PollLater:
                    PollLater(op, now);
                    break;
                case AnswerVerdict.Decided:
                    Finish(WalletEventKind.Decision);
                    break;
                case AnswerVerdict.PairingFailed:
                    Clear();
                    break;
                case AnswerVerdict.PairingNext:
                    op.Kind = OperationKind.PairFinish;
                    _attempt = 0;
                    _state = ExchangeState.Idle;
                    StartAttempt(now);
                    break;
                case AnswerVerdict.Acknowledged:
                case AnswerVerdict.Paired:
                    Dequeue();
                    break;
            }
        }

        // HTTPS: the wallet is still deciding; ask for the status shortly, without spending an attempt.
        private void PollLater(Operation op, long now)
        {
            _events.Emit(WalletEventKind.Keepalive, op.RequestId);
            op.Kind = OperationKind.Status;
            op.Polling = true;
            _attempt = 0;
            _state = ExchangeState.Backoff;
            _deadline = now + FrameCommand.KeepaliveIntervalMs;
        }

        private void FailAttempt(long now)
        {
            _attempt++;
            int delay = _retry.DelayBefore(_attempt + 1);
            if (delay < 0)
            {
                if (_queue.Head.IsPairing)
                {
                    _run.GiveUp();
                    Clear();
                    return;
                }

                Finish(WalletEventKind.Failed);
                return;
            }

            _state = ExchangeState.Backoff;
            _deadline = now + delay;
        }

        private void Finish(WalletEventKind kind)
        {
            WalletEvent e = _events.Emit(kind, _queue.Head.RequestId);
            if (e != null && kind == WalletEventKind.Decision)
            {
                _answers.Describe(e);
            }

            Dequeue();
        }

        private void Dequeue()
        {
            _queue.Dequeue();
            _attempt = 0;
            _state = ExchangeState.Idle;
        }
    }
}
