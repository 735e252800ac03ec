using System;
using System.Collections.Generic;
using System.Threading;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Decision;
using GlassesFirmware.Frame;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Host.Adapters.Frame;
using GlassesFirmware.Host.Adapters.Links;
using GlassesFirmware.Host.Adapters.Platform;
using GlassesFirmware.Host.Adapters.Storage;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Host.Simulator.Replay;
using GlassesFirmware.Host.Simulator.Voice;
using GlassesFirmware.Session.Loop;
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
    /// A pair of glasses on this computer, in real time: the runtime's <see cref="MainLoop"/> (the device's loop)
    /// driving the portable <see cref="PaymentSession"/> and the uplink's <see cref="WalletClient"/>, composed with
    /// host adapters (a data folder as flash, a still-picture camera, a microphone playing clips over room noise, a
    /// button, the BLE framing over loopback TCP, HTTPS pinned to the paired wallet's certificate). Between steps it
    /// waits on the links for the pause the loop asks for, as the device sleeps. The wearer pairs with the pairing
    /// gesture while the camera sees the wallet's pairing QR, and pays with a tap. Every state change goes to the
    /// <see cref="EventLog"/> with the elapsed time.
    /// </summary>
    public sealed class SimulatedGlasses : IDisposable
    {
        private static readonly string[] StateCues = { "idle", "armed", "scanning", "choosing", "understood", "prompting", "confirming", "authorizing" };

        // The wearer waits this long after a prompt before answering (the detector learns the room meanwhile).
        private const int EnrolmentPauseMs = 600;

        // A long press (button.longpress.ms is 800 by default).
        private const int EnrolmentHoldMs = 1000;

        private readonly EventLog _log;
        private readonly StopwatchClock _clock = new StopwatchClock();
        private readonly FolderRecordStore _store;
        private readonly RecordingCamera _camera;
        private readonly WavMicrophone _microphone;

        // The stock image's codec (GlassesFirmware/Program.cs composes the same).
        private readonly IVoiceEncoder _encoder = new MuLawEncoder(VoiceCodec.MuLaw16k);
        private readonly TimedButton _button;
        private readonly LogFeedback _feedback;
        private LoopbackBleRadio _radio;
        private HttpsRequestLink _https;
        private WalletClient _wallet;
        private SimulatedPairing _pairing;
        private PaymentSession _session;
        private MainLoop _loop;

        /// <summary>Glasses whose flash is <paramref name="dataFolder"/> and whose camera has the given size.</summary>
        public SimulatedGlasses(string dataFolder, int cameraWidth, int cameraHeight, EventLog log)
        {
            _log = log;
            _store = new FolderRecordStore(dataFolder);
            _camera = new RecordingCamera(new StillFrameSource(cameraWidth, cameraHeight));
            _microphone = new WavMicrophone(_clock);
            _button = new TimedButton(_clock);
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
        /// Powers on unpaired and pairs as the wearer does: the camera sees <paramref name="picture"/> (the wallet's
        /// pairing QR, fitted into the camera's view), the wearer makes the pairing gesture, and the loop's pairing
        /// scan reads the code and starts the handshake over the BLE framing (when <paramref name="ble"/>) or HTTPS.
        /// Returns the pairing status; <paramref name="error"/> says what went wrong in words.
        /// </summary>
        public PairingStatus Pair(GreyImage picture, bool ble, bool https, int limitMs, out string error)
        {
            error = Compose(ble, https);
            if (error != null)
            {
                return PairingStatus.Refused;
            }
            _camera.Show(picture.FitInto(_camera.Width, _camera.Height));
            long now = _clock.NowMs;
            _log.Add("button", "pairing gesture: tap, then press and hold 3 s");
            _button.Add(true, now + 1);
            _button.Add(false, now + 80);
            _button.Add(true, now + 200);
            _button.Add(false, now + 3300);
            long until = now + limitMs;
            // The window opens while the button is held; the wearer lets go before anything else.
            long released = now + 3300 + 100;
            while (_clock.NowMs < until && (!PairingOver() || _clock.NowMs < released))
            {
                Step();
            }
            PairingStatus result = _pairing.Begun == PairingStatus.Ok ? _wallet.PairingResult : _pairing.Begun;
            error = result == PairingStatus.Ok ? null
                : _pairing.RadioError != null ? _pairing.RadioError
                : _pairing.Begun == PairingStatus.WrongState ? "the glasses read no pairing QR within " + limitMs / 1000 + " s"
                : _pairing.Begun != PairingStatus.Ok ? "pairing refused by the glasses (" + PairingStatuses.Name(result) + ")"
                : result == PairingStatus.WrongState ? "the wallet did not answer within " + limitMs / 1000 + " s"
                : "pairing failed (" + PairingStatuses.Name(result) + ")";
            if (result == PairingStatus.Ok)
            {
                _log.Add("pair", "paired: device " + Convert.ToHexStringLower(_wallet.DeviceId) + " (" + (ble ? "BLE framing" : "HTTPS") + ")");
            }
            return result;
        }

        /// <summary>
        /// Powers on with the stored pairing and the chosen links (the radio dials the frame endpoint the pairing
        /// names). Returns null, or why the glasses cannot pay.
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
            string error = Compose(ble, https) ?? (ble ? _radio.Connect(frameEndpoint) : null);
            if (error != null)
            {
                return error;
            }
            return _wallet.IsPaired ? null : "the stored pairing or its counters cannot be loaded";
        }

        /// <summary>
        /// The voice enrolment that follows pairing, answered as the wearer does: after each prompt the wearer says the
        /// next of <paramref name="answers"/> (16 kHz mono; the enrolment script's phrases in order, docs/protocol.md
        /// 6.2). A wearer with no answer left for a prompt holds the button, which stops the setup. Ends when the glasses
        /// end the enrolment, or after <paramref name="limitMs"/>; returns the samples the glasses sent whole.
        /// </summary>
        public int Enrol(short[][] answers, int limitMs)
        {
            long until = _clock.NowMs + limitMs;
            int played = 0;
            long promptedAt = _clock.NowMs;
            long released = 0;
            while (_session.IsEnrollingVoice && _clock.NowMs < until)
            {
                Step();
                int sent = _session.EnrolmentSamplesSent;
                if (played == sent && played < answers.Length && _clock.NowMs - promptedAt >= EnrolmentPauseMs)
                {
                    _log.Add("mic", "wearer answers the enrolment prompt: " + answers[played].Length * 1000 / 16000 + " ms clip");
                    _microphone.Play(answers[played]);
                    played++;
                }
                else if (played > sent)
                {
                    promptedAt = _clock.NowMs;
                }
                else if (played == answers.Length && released == 0 && _session.IsEnrollingVoice)
                {
                    _log.Add("button", "no answer left: press and hold to stop the voice setup");
                    released = _clock.NowMs + 1 + EnrolmentHoldMs;
                    _button.Add(true, _clock.NowMs + 1);
                    _button.Add(false, released);
                }
            }
            // The last sample may still be in the uplink's queue: deliver it before the caller moves on (or exits), and
            // let go of the button.
            while ((_wallet.Queued > 0 || _clock.NowMs <= released) && _clock.NowMs < until)
            {
                Step();
            }
            return _session.EnrolmentSamplesSent;
        }

        /// <summary>Closes the BLE framing link (the phone went out of range); HTTPS carries on alone.</summary>
        public void DropBle()
        {
            _radio?.Dispose();
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
            int framesBefore = _radio?.FragmentsSent ?? 0;
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
                    _log.Add("timing", ReadbackText.Describe(_session.Timing));
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
                _clock.NowMs - started, (_radio?.FragmentsSent ?? 0) - framesBefore, (_https?.Attempts ?? 0) - httpsBefore, _camera.LastFrame);
        }

        /// <summary>Closes the links.</summary>
        public void Dispose()
        {
            _radio?.Dispose();
            _https?.Dispose();
        }

        // Pairing ends when the glasses refused the code or the loop closed its pairing window after the handshake.
        private bool PairingOver()
        {
            return _pairing.Begun != PairingStatus.WrongState && (_pairing.Begun != PairingStatus.Ok || !_loop.IsPairing);
        }

        // Boots the glasses over the chosen links: uplink, session and the device's main loop; null, or why not.
        private string Compose(bool ble, bool https)
        {
            Dispose();
            _radio = ble ? new LoopbackBleRadio() : null;
            _https = https ? new HttpsRequestLink(TimeSpan.FromSeconds(5), new RetrySchedule(100, 1000, 3)) : null;
            if (_radio == null && _https == null)
            {
                return "no link: choose BLE framing or HTTPS";
            }
            _wallet = new WalletClient(new DotNetCryptoPrimitives(), new DotNetRandomSource(), _store, _clock, _radio, _https);
            _wallet.VoiceCodec = _encoder.Codec;
            if (!_wallet.Load())
            {
                return "the stored pairing or its counters cannot be read";
            }
            var ports = new SessionPorts
            {
                Clock = _clock, Feedback = _feedback, Wallet = _wallet, Store = _store, Power = new FakePower(),
                Camera = _camera, Button = _button, Microphone = _microphone, Random = new DotNetRandomSource(),
                VoiceEncoder = _encoder,
            };
            _session = new PaymentSession(ports, new SessionSettings(), new GestureTiming(), false, false);
            _pairing = new SimulatedPairing(_wallet, _radio, _log);
            var loopPorts = new LoopPorts { Clock = _clock, Feedback = _feedback, Pairing = _pairing, Diagnostics = new LogDiagnostics(_log) };
            // sleep.idle.ms 0: a laptop does not sleep between payments.
            _loop = new MainLoop(_session, loopPorts, 0);
            _loop.Start();
            return null;
        }

        private void Step()
        {
            WaitOnLinks(_loop.Step());
        }

        // Sleeps until a link has news or the loop's pause is over, as the device sleeps between steps.
        private void WaitOnLinks(int pauseMs)
        {
            if (_radio != null && _radio.IsConnected)
            {
                _radio.Wait(pauseMs);
            }
            else if (_https != null && !_https.Wait(0))
            {
                _https.Wait(pauseMs);
            }
            else
            {
                Thread.Sleep(pauseMs);
            }
        }

        /// <summary>The loop's notes in the event log (kind "loop"); health reports are left out.</summary>
        private sealed class LogDiagnostics : IDiagnosticsSink
        {
            private readonly EventLog _log;

            public LogDiagnostics(EventLog log)
            {
                _log = log;
            }

            public void Report(int sessionState, int faults, int deviceFaults)
            {
            }

            public void Note(string message) => _log.Add("loop", message);
        }

        /// <summary>The wearer's finger: edges scripted ahead, each delivered once the clock reaches its time, as a real button's are.</summary>
        private sealed class TimedButton : IButton
        {
            private readonly Queue<ButtonEdge> _edges = new Queue<ButtonEdge>();
            private readonly StopwatchClock _clock;

            public TimedButton(StopwatchClock clock)
            {
                _clock = clock;
            }

            public void Add(bool pressed, long atMs) => _edges.Enqueue(new ButtonEdge { Pressed = pressed, AtMs = atMs });

            public bool TryTakeEdge(out ButtonEdge edge)
            {
                if (_edges.Count > 0 && _edges.Peek().AtMs <= _clock.NowMs)
                {
                    edge = _edges.Dequeue();
                    return true;
                }
                edge = default;
                return false;
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
