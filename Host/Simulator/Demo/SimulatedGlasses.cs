using System;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Decision;
using GlassesFirmware.Frame;
using GlassesFirmware.Host.Adapters.Confirmation;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Host.Adapters.Frame;
using GlassesFirmware.Host.Adapters.Storage;
using GlassesFirmware.Host.Adapters.Uplink;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Host.Simulator.Replay;
using GlassesFirmware.Session;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Trigger;
using GlassesFirmware.Uplink.Client;
using GlassesFirmware.Uplink.Links;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Host.Simulator.Demo
{
    /// <summary>How a payment ended, and which links carried it.</summary>
    public sealed record PaymentReport(SessionOutcome Outcome, SessionError Error, SessionState ErrorState, DeclineReason Decline,
        string Readback, long Ms, int FramesSent, int HttpsAttempts, byte[] CameraFrame);

    /// <summary>
    /// A pair of glasses on this computer, in real time: the portable <see cref="PaymentSession"/> and the uplink's
    /// <see cref="WalletClient"/> composed with host adapters (a data folder as flash, a still-picture camera, a
    /// microphone playing clips over room noise, a button, the BLE framing over loopback TCP, HTTPS pinned to the
    /// paired wallet's certificate). The main loop steps the session and sleeps on the links in between, as the
    /// device's loop does. Every state change goes to the <see cref="EventLog"/> with the elapsed time.
    /// </summary>
    public sealed class SimulatedGlasses : IDisposable
    {
        private const int LoopWaitMs = 3;

        private static readonly string[] StateCues = { "idle", "armed", "scanning", "choosing", "understood", "prompting", "confirming", "authorizing" };

        private readonly EventLog _log;
        private readonly StopwatchClock _clock = new StopwatchClock();
        private readonly FolderRecordStore _store;
        private readonly RecordingCamera _camera;
        private readonly WavMicrophone _microphone;

        // The stock image's codec (GlassesFirmware/Program.cs composes the same).
        private readonly IVoiceEncoder _encoder = new MuLaw8k();
        private readonly FakeButton _button = new FakeButton();
        private readonly LogFeedback _feedback;
        private StreamFrameLink _frames;
        private HttpsRequestLink _https;
        private WalletClient _wallet;
        private PaymentSession _session;

        /// <summary>Glasses whose flash is <paramref name="dataFolder"/> and whose camera has the given size.</summary>
        public SimulatedGlasses(string dataFolder, int cameraWidth, int cameraHeight, EventLog log)
        {
            _log = log;
            _store = new FolderRecordStore(dataFolder);
            _camera = new RecordingCamera(new StillFrameSource(cameraWidth, cameraHeight));
            _microphone = new WavMicrophone(_clock);
            _feedback = new LogFeedback
            {
                Log = (kind, text) =>
                {
                    if (kind == "say")
                    {
                        _log.Add("say", text);
                    }
                    else if (Array.IndexOf(StateCues, text) >= 0)
                    {
                        // Every state entered shows its cue, also when several states pass within one step.
                        _log.Add("state", text);
                    }
                },
            };
        }

        /// <summary>True when a pairing is stored and loaded.</summary>
        public bool IsPaired => _wallet != null && _wallet.IsPaired;

        /// <summary>The uplink (after <see cref="Pair"/> or <see cref="Boot"/>).</summary>
        public WalletClient Wallet => _wallet;

        /// <summary>
        /// Pairs with the wallet whose pairing QR reads <paramref name="qrText"/>: the handshake runs over the BLE
        /// framing (when <paramref name="ble"/>) or HTTPS. Returns the pairing status; <paramref name="error"/> says
        /// what went wrong in words.
        /// </summary>
        public PairingStatus Pair(string qrText, bool ble, bool https, int limitMs, out string error)
        {
            byte[] text = Encoding.UTF8.GetBytes(qrText);
            var offer = new PairingOffer();
            PairingStatus parsed = PairingOffer.Parse(text, 0, text.Length, offer);
            if (parsed != PairingStatus.Ok)
            {
                error = "not a pairing QR (" + PairingStatuses.Name(parsed) + ")";
                return parsed;
            }
            _log.Add("pair", "offer for wallet " + Convert.ToHexStringLower(offer.WalletId) + ": " + offer.HttpsEndpoint + ", " + offer.FrameEndpoint);
            error = Compose(ble ? offer.FrameEndpoint : null, https);
            offer.Wipe();
            if (error != null)
            {
                return PairingStatus.Refused;
            }
            PairingStatus begun = _wallet.BeginPairing(text, 0, text.Length);
            if (begun != PairingStatus.Ok)
            {
                error = "pairing refused by the glasses (" + PairingStatuses.Name(begun) + ")";
                return begun;
            }
            long until = _clock.NowMs + limitMs;
            var e = new WalletEvent();
            while (_wallet.PairingResult == PairingStatus.WrongState && _clock.NowMs < until)
            {
                while (_wallet.Poll(e))
                {
                }
                WaitOnLinks();
            }
            PairingStatus result = _wallet.PairingResult;
            error = result == PairingStatus.Ok ? null
                : result == PairingStatus.WrongState ? "the wallet did not answer within " + limitMs / 1000 + " s"
                : "pairing failed (" + PairingStatuses.Name(result) + ")";
            if (result == PairingStatus.Ok)
            {
                _log.Add("pair", "paired: device " + Convert.ToHexStringLower(_wallet.DeviceId) + " (" + (ble ? "BLE framing" : "HTTPS") + ")");
                Start();
            }
            return result;
        }

        /// <summary>
        /// Powers on with the stored pairing and the chosen links (the frame endpoint comes from the pairing).
        /// Returns null, or why the glasses cannot pay.
        /// </summary>
        public string Boot(bool ble, bool https)
        {
            var record = new PairingRecord();
            PairingStatus status = PairingRecord.Load(_store, record);
            if (status != PairingStatus.Ok)
            {
                return status == PairingStatus.Refused ? "not paired: run glasses-sim pair first" : "the stored pairing cannot be read (" + PairingStatuses.Name(status) + ")";
            }
            string frameEndpoint = record.FrameEndpoint;
            record.Wipe();
            string error = Compose(ble ? frameEndpoint : null, https);
            if (error != null)
            {
                return error;
            }
            if (!_wallet.IsPaired)
            {
                return "the stored pairing or its counters cannot be loaded";
            }
            Start();
            return null;
        }

        /// <summary>Closes the BLE framing link (the phone went out of range); HTTPS carries on alone.</summary>
        public void DropBle()
        {
            _frames?.Dispose();
        }

        /// <summary>
        /// One payment as the wearer makes it: a tap arms the glasses, the camera sees <paramref name="frame"/>,
        /// and once the readback is spoken the wearer says <paramref name="voice"/> (16 kHz mono). Ends when the
        /// session is done, or after <paramref name="limitMs"/>.
        /// </summary>
        public PaymentReport Pay(GreyImage frame, short[] voice, int limitMs)
        {
            long until = _clock.NowMs + limitMs;
            while (_session.State != SessionState.Idle && _clock.NowMs < until)
            {
                Step();
            }
            long started = _clock.NowMs;
            int framesBefore = _frames?.FragmentsSent ?? 0;
            int httpsBefore = _https?.Attempts ?? 0;
            _camera.Show(frame);
            long now = _clock.NowMs;
            _log.Add("button", "tap");
            _button.Add(true, now + 1);
            _button.Add(false, now + 80);
            bool spoke = false;
            SessionState seen = _session.State;
            while (_clock.NowMs < until)
            {
                Step();
                if (_session.State == seen)
                {
                    continue;
                }
                seen = _session.State;
                if (seen == SessionState.Done)
                {
                    _log.Add("state", "done: " + SessionNames.Outcome(_session.LastOutcome)
                        + (_session.LastError == SessionError.None ? "" : " (" + SessionNames.Error(_session.LastError) + " in " + SessionNames.State(_session.LastErrorState) + ")"));
                    break;
                }
                if (seen == SessionState.Confirming && !spoke)
                {
                    spoke = true;
                    _log.Add("mic", "wearer speaks: " + voice.Length * 1000 / 16000 + " ms clip");
                    _microphone.Play(voice);
                }
            }
            if (_session.State != SessionState.Done)
            {
                _session.Cancel();
                _log.Add("state", "done: no outcome within " + limitMs / 1000 + " s, cancelled");
            }
            return new PaymentReport(_session.LastOutcome, _session.LastError, _session.LastErrorState, _session.LastDecline, _session.Readback,
                _clock.NowMs - started, (_frames?.FragmentsSent ?? 0) - framesBefore, (_https?.Attempts ?? 0) - httpsBefore, _camera.LastFrame);
        }

        /// <summary>Closes the links.</summary>
        public void Dispose()
        {
            _frames?.Dispose();
            _https?.Dispose();
        }

        // The uplink over the chosen links; null, or why it cannot be built.
        private string Compose(string frameEndpoint, bool https)
        {
            Dispose();
            _frames = null;
            _https = null;
            if (frameEndpoint != null)
            {
                try
                {
                    // 244: the ATT payload of a 247-byte MTU, a common phone value.
                    _frames = StreamFrameLink.Connect(frameEndpoint, 244);
                }
                catch (Exception e) when (e is SocketException || e is UriFormatException || e is ArgumentException)
                {
                    return "cannot reach the wallet's frame link at " + frameEndpoint + ": " + e.Message;
                }
            }
            if (https)
            {
                _https = new HttpsRequestLink(TimeSpan.FromSeconds(5), new RetrySchedule(100, 1000, 3));
            }
            if (_frames == null && _https == null)
            {
                return "no link: choose BLE framing or HTTPS";
            }
            _wallet = new WalletClient(new DotNetCryptoPrimitives(), new DotNetRandomSource(), _store, _clock, _frames, _https);
            _wallet.VoiceCodec = _encoder.Codec;
            return _wallet.Load() ? null : "the stored pairing or its counters cannot be read";
        }

        private void Start()
        {
            var ports = new SessionPorts
            {
                Clock = _clock, Feedback = _feedback, Wallet = _wallet, Store = _store, Power = new FakePower(),
                Camera = _camera, Button = _button, Microphone = _microphone, Random = new DotNetRandomSource(),
                VoiceEncoder = _encoder,
            };
            _session = new PaymentSession(ports, new SessionSettings(), new GestureTiming(), false, false);
            _session.Start();
        }

        private void Step()
        {
            _session.Step();
            WaitOnLinks();
        }

        // Sleeps until a link has news or a few milliseconds passed, like the device's loop between steps.
        private void WaitOnLinks()
        {
            if (_frames != null && _frames.IsConnected)
            {
                _frames.Wait(LoopWaitMs);
            }
            else if (_https != null && !_https.Wait(0))
            {
                _https.Wait(LoopWaitMs);
            }
            else
            {
                Thread.Sleep(LoopWaitMs);
            }
        }

        /// <summary>A camera that keeps a copy of the last frame it delivered (what the glasses saw).</summary>
        private sealed class RecordingCamera : IFrameSource
        {
            private readonly StillFrameSource _inner;

            public RecordingCamera(StillFrameSource inner)
            {
                _inner = inner;
            }

            public byte[] LastFrame { get; private set; }

            public int Width => _inner.Width;

            public int Height => _inner.Height;

            public int Stride => _inner.Stride;

            public void Show(GreyImage image) => _inner.Show(image.Pixels, image.Width, image.Height);

            public bool Start() => _inner.Start();

            public void Stop() => _inner.Stop();

            public bool Capture(byte[] buffer)
            {
                if (!_inner.Capture(buffer))
                {
                    return false;
                }
                LastFrame = (byte[])buffer.Clone();
                return true;
            }
        }
    }
}
