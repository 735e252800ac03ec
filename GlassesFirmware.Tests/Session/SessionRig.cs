using GlassesFirmware.Confirmation;
using GlassesFirmware.Diagnostics;
using GlassesFirmware.Frame;
using GlassesFirmware.Platform;
using GlassesFirmware.Session;
using GlassesFirmware.Storage;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Tests.Payload;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Tests.Session
{
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
        internal readonly FakeClock Clock = new FakeClock(1000);
        internal readonly RecordingFeedback Feedback = new RecordingFeedback();
        internal readonly FakeWallet Wallet = new FakeWallet();
        /// <summary>When set before <see cref="Boot"/>, the wallet port the session gets instead of <see cref="Wallet"/>.</summary>
        internal GlassesFirmware.Decision.IWalletClient WalletPort;
        internal readonly MemoryRecordStore Store = new MemoryRecordStore();
        internal readonly FakePower Power = new FakePower();
        internal readonly FakeButton Button = new FakeButton();
        internal readonly FakeScanner Scanner = new FakeScanner();
        internal readonly FakeCamera Camera;
        internal readonly FakeMicrophone Mic;
        internal readonly SessionSettings Settings = new SessionSettings();
        internal readonly GestureTiming Gestures = new GestureTiming();
        internal readonly FakeWakeWord WakeWord = new FakeWakeWord();
        internal bool VoiceTrigger;
        internal bool WakeWordTrigger;
        internal IRandomSource Random;
        internal IInstructionCounter Instructions;
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
            ports.Wallet = WalletPort != null ? WalletPort : Wallet;
            ports.Store = Store;
            ports.Power = Power;
            ports.Button = Button;
            ports.Microphone = Mic;
            ports.WakeWord = WakeWord;
            ports.Random = Random;
            ports.Instructions = Instructions;
            if (Camera != null)
            {
                ports.Camera = Camera;
            }
            else
            {
                ports.Scanner = Scanner;
            }
            Session = new PaymentSession(ports, Settings, Gestures, VoiceTrigger, WakeWordTrigger);
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
