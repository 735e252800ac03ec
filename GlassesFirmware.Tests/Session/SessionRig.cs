using GlassesFirmware.Confirmation;
using GlassesFirmware.Frame;
using GlassesFirmware.Session;
using GlassesFirmware.Storage;
using GlassesFirmware.Tests.Payload;
using GlassesFirmware.Tests.Uplink;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Tests.Session
{
    /// <summary>
    /// A microphone hearing room noise, and speech (a tone) when the test says so; samples follow the fake clock.
    /// It delivers 32-bit I2S slots (INMP441 layout: the sample in the top two bytes, the low bytes noise), so the
    /// session scenarios also cover the wide-slot path.
    /// </summary>
    internal sealed class FakeMicrophone : IMicrophone
    {
        private readonly FakeClock _clock;
        private long _startedAt = -1;
        private long _consumed;
        private long _speechFrom = -1;
        private long _speechTo = -1;
        private uint _seed = 99;
        private int _phase;
        internal int Starts;

        internal FakeMicrophone(FakeClock clock)
        {
            _clock = clock;
        }

        /// <summary>The wearer speaks for <paramref name="ms"/> from now.</summary>
        internal void Speak(int ms)
        {
            _speechFrom = Position;
            _speechTo = _speechFrom + ms * 16;
        }

        private long Position
        {
            get { return _consumed; }
        }

        public int Overruns
        {
            get { return 0; }
        }

        public int SlotBytes
        {
            get { return 4; }
        }

        public bool Start()
        {
            // Samples from while the microphone was off are gone, as on the device.
            _startedAt = _clock.Now - _consumed / 16;
            Starts++;
            return true;
        }

        public void Stop()
        {
            _startedAt = -1;
        }

        public int Read(byte[] pcm, int offset, int count)
        {
            if (_startedAt < 0)
            {
                return 0;
            }
            long available = (_clock.Now - _startedAt) * 16 - _consumed;
            int n = available < count / 4 ? (int)available : count / 4;
            for (int i = 0; i < n; i++)
            {
                _seed = _seed * 1664525 + 1013904223;
                int v = ((int)(_seed >> 16) - 32768) / 200;
                if (_consumed >= _speechFrom && _consumed < _speechTo)
                {
                    _phase = (_phase + 8) & 63;
                    v += _phase < 32 ? 6000 : -6000;
                }
                int at = offset + 4 * i;
                pcm[at] = (byte)_seed;
                pcm[at + 1] = (byte)(_seed >> 8);
                pcm[at + 2] = (byte)v;
                pcm[at + 3] = (byte)(v >> 8);
                _consumed++;
            }
            return n < 0 ? 0 : 4 * n;
        }
    }

    /// <summary>A camera showing frames the test draws; counts captures to check the throttle.</summary>
    internal sealed class FakeCamera : IFrameSource
    {
        internal const int W = 160;
        internal const int H = 80;
        internal byte[] Picture = new byte[W * H];
        internal bool On;
        internal bool Delivers = true;
        internal int Captures;

        public int Width
        {
            get { return W; }
        }

        public int Height
        {
            get { return H; }
        }

        public int Stride
        {
            get { return W; }
        }

        public bool Start()
        {
            On = true;
            return true;
        }

        public void Stop()
        {
            On = false;
        }

        public bool Capture(byte[] buffer)
        {
            if (!On || !Delivers)
            {
                return false;
            }
            Captures++;
            System.Array.Copy(Picture, buffer, Picture.Length);
            return true;
        }
    }

    /// <summary>
    /// Payloads used by the scenarios. Computed on each use, not in static fields: nanoCLR runs static constructors
    /// in the order the assemblies were loaded (the test assembly may come first), so a static initializer here
    /// would compute the CRC before GlassesFirmware.Base has built its table.
    /// </summary>
    internal static class Codes
    {
        /// <summary>Static PayNow code without an amount: the wearer must say it.</summary>
        internal static string StaticNoAmount => PayloadTestKit.WithCrc(PayloadTestKit.PayNowBody);

        /// <summary>Static PayNow code with 12.50 SGD.</summary>
        internal static string StaticWithAmount => PayloadTestKit.WithCrc(
            "00020101021126250009SG.PAYNOW010120203123520458125303702540512.505802SG5904SHOP6009SINGAPORE");

        /// <summary>Dynamic (point of initiation 12) PayNow code with 7.00 SGD.</summary>
        internal static string Dynamic => PayloadTestKit.WithCrc(
            "00020101021226250009SG.PAYNOW01012020312352045812530370254047.005802SG5904SHOP6009SINGAPORE");

        /// <summary>A second merchant's static code with 3.00 SGD.</summary>
        internal static string OtherMerchant => PayloadTestKit.WithCrc(
            "00020101021126250009SG.PAYNOW01012020399952045812530370254043.005802SG5905OTHER6009SINGAPORE");

        /// <summary>The static 12.50 SGD PayNow code with <paramref name="payee"/> (ASCII, 1-25 characters) in 59.</summary>
        internal static string WithPayee(string payee)
        {
            string length = payee.Length < 10 ? "0" + payee.Length.ToString() : payee.Length.ToString();
            return PayloadTestKit.WithCrc("00020101021126250009SG.PAYNOW010120203123520458125303702540512.505802SG59" + length + payee + "6009SINGAPORE");
        }

        /// <summary>A payload longer than <see cref="PaymentSession.MaxPayload"/>.</summary>
        internal static readonly string TooLong = PayloadTestKit.Repeat("A", PaymentSession.MaxPayload + 100);

        internal const string AlipayUrl = "https://qr.alipay.com/bax01234";
        internal const string EvilUrl = "https://pay.evil.example/qr";
    }

    /// <summary>The session over fakes, with a fake clock moved in 10 ms main-loop steps.</summary>
    internal sealed class SessionRig
    {
        internal readonly FakeClock Clock = new FakeClock();
        internal readonly RecordingFeedback Feedback = new RecordingFeedback();
        internal readonly FakeWallet Wallet = new FakeWallet();
        internal readonly MemoryRecordStore Store = new MemoryRecordStore();
        internal readonly FakePower Power = new FakePower();
        internal readonly FakeButton Button = new FakeButton();
        internal readonly FakeScanner Scanner = new FakeScanner();
        internal readonly FakeCamera Camera;
        internal readonly FakeMicrophone Mic;
        internal readonly SessionSettings Settings = new SessionSettings();
        internal readonly FakeWakeWord WakeWord = new FakeWakeWord();
        internal bool VoiceTrigger;
        internal bool WakeWordTrigger;
        internal GlassesFirmware.Uplink.Crypto.IRandomSource Random;
        internal PaymentSession Session;

        internal SessionRig(bool microphone, bool camera)
        {
            Mic = microphone ? new FakeMicrophone(Clock) : null;
            Camera = camera ? new FakeCamera() : null;
            Boot();
        }

        internal SessionRig()
            : this(true, false)
        {
        }

        /// <summary>Power on (again): a new session over the same store, wallet and adapters.</summary>
        internal void Boot()
        {
            var ports = new SessionPorts();
            ports.Clock = Clock;
            ports.Feedback = Feedback;
            ports.Wallet = Wallet;
            ports.Store = Store;
            ports.Power = Power;
            ports.Button = Button;
            ports.Microphone = Mic;
            ports.WakeWord = WakeWord;
            ports.Random = Random;
            if (Camera != null)
            {
                ports.Camera = Camera;
            }
            else
            {
                ports.Scanner = Scanner;
            }
            Session = new PaymentSession(ports, Settings, new GestureTiming(), VoiceTrigger, WakeWordTrigger);
            Session.Start();
        }

        internal SessionState State
        {
            get { return Session.State; }
        }

        /// <summary>Runs the main loop for <paramref name="ms"/> milliseconds of fake time.</summary>
        internal void Run(int ms)
        {
            for (int t = 0; t < ms; t += 10)
            {
                Clock.Now += 10;
                Session.Step();
            }
        }

        /// <summary>A tap, and enough time for it to be recognised (after the double-tap window).</summary>
        internal void Tap()
        {
            Button.Press(Clock.Now + 1, Clock.Now + 80);
            Run(500);
        }

        /// <summary>A long press (reported while held), then the release.</summary>
        internal void Hold()
        {
            Button.Add(true, Clock.Now + 1);
            Run(900);
            Button.Add(false, Clock.Now);
            Run(50);
        }

        /// <summary>The wearer says something for <paramref name="ms"/>; runs until the utterance has ended.</summary>
        internal void Say(int ms)
        {
            Mic.Speak(ms);
            Run(ms + 600);
        }

        /// <summary>Tap, then the scanner sees <paramref name="payload"/>.</summary>
        internal void Scan(string payload)
        {
            Tap();
            Scanner.Show(payload);
            Run(20);
        }

        /// <summary>Tap, scan <paramref name="payload"/>, and the wallet resolves it to SHOP and <paramref name="amount"/> SGD: confirming.</summary>
        internal void ToConfirming(string payload, long amount)
        {
            Scan(payload);
            Wallet.NeedsConfirmation("SHOP", amount, 702);
            Run(20);
        }

        /// <summary><see cref="ToConfirming"/> for the static 12.50 SGD code, then a tap: authorizing.</summary>
        internal void ToAuthorizing()
        {
            ToConfirming(Codes.StaticWithAmount, 1250);
            Tap();
        }

        /// <summary>True when the store holds record <paramref name="name"/>.</summary>
        internal bool HasRecord(string name)
        {
            return Store.Read(name, new byte[RecordLimits.MaxLength], 0, RecordLimits.MaxLength) != RecordLimits.Missing;
        }

        internal string Outcome
        {
            get { return SessionNames.Outcome(Session.LastOutcome); }
        }

        internal string Error
        {
            get { return SessionNames.Error(Session.LastError); }
        }
    }
}
