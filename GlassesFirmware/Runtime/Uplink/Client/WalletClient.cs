using GlassesFirmware.Decision;
using GlassesFirmware.Platform;
using GlassesFirmware.Storage;
using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Links;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Uplink.Client
{
    /// <summary>
    /// The glasses' side of <see cref="IWalletClient"/> over the uplink protocol (docs/protocol.md 6-10): admits the
    /// session's calls into a small <see cref="OperationQueue"/>, which an <see cref="OperationRunner"/> carries to
    /// the wallet one exchange at a time, each message sealed by the <see cref="CurrentPairing"/>'s channel under a
    /// fresh counter; payment requests are sealed for a fresh single-use challenge, answers accepted only when
    /// authentic and replying to the message in flight, and decisions reach the session (through the
    /// <see cref="EventQueue"/>) only from verified answers carrying its request id. The BLE frame link is
    /// preferred; a failed attempt is retried with backoff and jitter, alternating transports when both are up.
    /// Everything runs inside <see cref="Poll"/>; nothing blocks or throws.
    /// </summary>
    public sealed class WalletClient : IWalletClient
    {
        /// <summary>Queued calls at most.</summary>
        public const int QueueCapacity = 8;

        private const int EventCapacity = 16;

        private readonly IClock _clock;
        private readonly UplinkLinks _links;
        private readonly OperationQueue _queue = new OperationQueue(QueueCapacity);
        private readonly EventQueue _events = new EventQueue(EventCapacity);
        private readonly PaymentState _payment = new PaymentState();
        private readonly CurrentPairing _pairing;
        private readonly PairingRun _run;
        private readonly AnswerReader _answers;
        private readonly OperationRunner _runner;
        private int _voiceNext;

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

            _clock = clock;
            _links = new UplinkLinks(frameLink, requestLink);
            _pairing = new CurrentPairing(crypto, store, _links);
            _run = new PairingRun(crypto, random);
            _answers = new AnswerReader(_pairing, _run, _payment);
            _runner = new OperationRunner(clock, _links, _queue, _events, _pairing, _run, _payment, _answers,
                new JitteredRetry(new RetrySchedule(200, 2000, 4), random));
        }

        /// <summary>
        /// How long an answer over the frame link may take before the attempt counts as failed (keepalives restart
        /// it). HTTPS attempts end by the request link's own timeout.
        /// </summary>
        public int AnswerTimeoutMs
        {
            get { return _runner.AnswerTimeoutMs; }
            set { _runner.AnswerTimeoutMs = value; }
        }

        /// <summary>True when a pairing is loaded.</summary>
        public bool IsPaired
        {
            get { return _pairing.IsPaired; }
        }

        /// <summary>The device id of the current pairing (a copy), or null.</summary>
        public byte[] DeviceId
        {
            get { return _pairing.DeviceId; }
        }

        /// <summary>The last error code the wallet sent.</summary>
        public WireError LastError
        {
            get { return _answers.LastError; }
        }

        /// <summary>Outcome of the last pairing: Ok once stored, WrongState while running or never started.</summary>
        public PairingStatus PairingResult
        {
            get { return _run.Status; }
        }

        /// <summary>The counters (for tests and the benchmark).</summary>
        public CounterStore Counters
        {
            get { return _pairing.Counters; }
        }

        /// <inheritdoc />
        public bool IsLinkUp
        {
            get { return _links.IsUp; }
        }

        /// <summary>
        /// Loads the stored pairing and counters. False when a record exists but cannot be read: the client then
        /// stays unpaired rather than risk reusing a counter.
        /// </summary>
        public bool Load()
        {
            return _pairing.Load();
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

            _run.Begin(offer);
            offer.Wipe();
            _links.Configure(_run.Endpoint, null, _run.Fingerprint);
            _runner.Clear();
            _queue.Enqueue(OperationKind.PairHello, null);
            return PairingStatus.Ok;
        }

        /// <summary>
        /// Unpairs: sends a sealed Unpair once (no answer awaited), then wipes the keys and deletes the pairing and
        /// counter records. True when the records are gone.
        /// </summary>
        public bool Unpair()
        {
            _runner.SendUnpair();
            _run.Abort();
            _runner.Clear();
            return _pairing.Forget();
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

            // The session hands over one small encoded block at a time: join it to the chunk still waiting in the
            // queue for this utterance, so the queue holds seconds of speech and the wallet gets few messages.
            Operation tail = _queue.Tail;
            if (tail != null && tail.Kind == OperationKind.Voice && !tail.Sent && !tail.Last && tail.Purpose == (int)purpose && tail.IsFor(requestId)
                && tail.DataLength + count <= UplinkMessage.MaxVoiceLength && sequence != 0)
            {
                tail.Append(data, offset, count);
                tail.Last = last;
                return WalletCallStatus.Queued;
            }

            Operation op = _queue.Enqueue(OperationKind.Voice, requestId);
            if (op == null)
            {
                return WalletCallStatus.Busy;
            }

            op.Purpose = (int)purpose;
            op.Sequence = _voiceNext++;
            op.Last = last;
            op.Codec = VoiceCodec;
            op.Append(data, offset, count);
            return WalletCallStatus.Queued;
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
            return status == WalletCallStatus.Queued ? Enqueue(OperationKind.Status, requestId) : status;
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
            return _runner.TryWithdraw(requestId) ? WalletCallStatus.Queued : Enqueue(OperationKind.Cancel, requestId);
        }

        /// <summary>Operations queued and not yet answered by the wallet (0 when everything handed over has been delivered).</summary>
        public int Queued
        {
            get { return _queue.Count; }
        }

        /// <inheritdoc />
        public bool Poll(WalletEvent into)
        {
            _runner.Step(_clock.NowMs);
            return _events.TryTake(into);
        }

        private WalletCallStatus Admit(byte[] requestId)
        {
            if (requestId == null || requestId.Length != PaymentRequest.IdLength)
            {
                return WalletCallStatus.Rejected;
            }

            if (!_pairing.IsPaired)
            {
                return WalletCallStatus.NotPaired;
            }

            if (!_links.IsUp)
            {
                return WalletCallStatus.LinkDown;
            }

            return _queue.IsFull ? WalletCallStatus.Busy : WalletCallStatus.Queued;
        }

        private WalletCallStatus Enqueue(OperationKind kind, byte[] requestId)
        {
            return _queue.Enqueue(kind, requestId) == null ? WalletCallStatus.Busy : WalletCallStatus.Queued;
        }

        private WalletCallStatus EnqueuePayment(byte[] requestId, int stage)
        {
            Operation op = _queue.Enqueue(OperationKind.Payment, requestId);
            if (op == null)
            {
                return WalletCallStatus.Busy;
            }

            op.Stage = stage;
            return WalletCallStatus.Queued;
        }
    }
}
