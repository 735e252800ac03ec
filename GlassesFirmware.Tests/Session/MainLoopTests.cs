using GlassesFirmware.Confirmation;
using GlassesFirmware.Feedback;
using GlassesFirmware.Session;
using GlassesFirmware.Session.Loop;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Uplink.Pairing;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Session
{
    /// <summary>
    /// The main loop the device and the simulator run, in simulated time (10 ms steps): sleep after idleness,
    /// the pairing window, the pairing scan over the session's code scanner, diagnostics cadence and faults.
    /// </summary>
    [TestClass]
    public class MainLoopTests
    {
        private const string Offer = "GFW1:OFFER";

        [TestMethod]
        public void SleepsAfterTheIdleTimeAndJoinsTheNetworkOnWaking()
        {
            LoopRig rig = new LoopRig(false, 30000);
            rig.Run(29900);
            Assert.AreEqual(0, rig.Sleep.Sleeps);
            Assert.AreEqual(1, rig.Network.Joins);
            rig.Run(200);
            Assert.AreEqual(1, rig.Sleep.Sleeps);
            Assert.AreEqual(2, rig.Network.Joins);
            // Woken by the button: idle time counts from the wake.
            rig.Run(29000);
            Assert.AreEqual(1, rig.Sleep.Sleeps);
        }

        [TestMethod]
        public void DoesNotSleepDuringAPaymentOrWhileTheNetworkJoins()
        {
            LoopRig rig = new LoopRig(false, 1000);
            rig.Network.Joining = true;
            rig.Run(5000);
            Assert.AreEqual(0, rig.Sleep.Sleeps);
            rig.Session.Button.Press(rig.Session.Clock.Now + 1, rig.Session.Clock.Now + 80);
            rig.Run(500);
            rig.Network.Joining = false;
            rig.Run(2000);
            Assert.AreEqual("scanning", SessionNames.State(rig.Session.State));
            Assert.AreEqual(0, rig.Sleep.Sleeps);
            Assert.AreEqual(MainLoop.ActiveStepMs, rig.LastPause);
        }

        [TestMethod]
        public void NeverSleepsWithARequestUnsettled()
        {
            LoopRig rig = new LoopRig(false, 1000);
            rig.Session.ToAuthorizing();
            rig.Session.Wallet.DropLink();
            rig.Session.Hold();
            Assert.IsTrue(rig.Session.Session.HasUnsettledRequest);
            rig.Run(10000);
            Assert.AreEqual(0, rig.Sleep.Sleeps);
        }

        [TestMethod]
        public void ThePairingGestureOpensTheWindowForSixtySeconds()
        {
            LoopRig rig = new LoopRig(false, 1000);
            rig.PairingGesture();
            Assert.AreEqual("pairing mode for 60 s: show the wallet's pairing QR", rig.Diagnostics.LastNote);
            Assert.IsTrue(rig.Loop.IsPairing);
            Assert.IsTrue(rig.Window.PairingWindowOpen);
            Assert.IsTrue(rig.Session.Scanner.On);
            Assert.AreEqual(0, rig.Sleep.Sleeps);
            rig.Run(MainLoop.PairingWindowMs - 4000);
            Assert.IsTrue(rig.Loop.IsPairing);
            Assert.AreEqual(0, rig.Sleep.Sleeps);
            rig.Run(1000);
            Assert.IsFalse(rig.Loop.IsPairing);
            Assert.IsFalse(rig.Window.PairingWindowOpen);
            Assert.IsFalse(rig.Session.Scanner.On);
            // Idle for a minute: the glasses sleep as soon as the window has closed.
            Assert.AreEqual(1, rig.Sleep.Sleeps);
        }

        [TestMethod]
        public void ThePairingScanReadsThePairingQrAndIgnoresOtherCodes()
        {
            LoopRig rig = new LoopRig(false, 0);
            rig.PairingGesture();
            rig.Session.Scanner.Show(Codes.StaticWithAmount);
            rig.Run(300);
            Assert.IsNull(rig.Pairing.Text);
            rig.Session.Scanner.Show(Offer);
            rig.Run(300);
            Assert.AreEqual(Offer, rig.Pairing.Text);
            Assert.IsFalse(rig.Session.Scanner.On);
            Assert.IsTrue(rig.Loop.IsPairing);
            rig.Pairing.Result = PairingStatus.Ok;
            rig.Run(20);
            Assert.IsFalse(rig.Loop.IsPairing);
            Assert.AreEqual("paired", (string)rig.Diagnostics.Notes[rig.Diagnostics.Notes.Count - 2]);
            Assert.AreEqual(0, rig.Session.Wallet.Submits);
        }

        [TestMethod]
        public void AfterPairingTheWearerSaysTheWholeEnrolmentScript()
        {
            LoopRig rig = new LoopRig(false, 5000);
            rig.Pair();
            Assert.IsTrue(rig.Session.Session.IsEnrollingVoice);
            Assert.AreEqual("voice enrolment: prompting for the wallet's voiceprint samples", rig.Diagnostics.LastNote);
            Assert.AreEqual("Voice setup for your wallet. Say each phrase after me. Say: confirm.", rig.Session.Feedback.LastSentence);
            Assert.AreEqual(FeedbackCue.Prompting, rig.Session.Feedback.Current);
            int samples = EnrolmentScript.Phrases.Length;
            byte[] first = null;
            for (int sample = 0; sample < samples; sample++)
            {
                rig.Run(1000);
                rig.Session.Mic.Speak(600);
                rig.Run(1500);
                Assert.AreEqual(sample + 1, rig.Session.Wallet.EnrolmentSamples);
                string next = sample + 1 < samples ? "Say: " + EnrolmentScript.Phrases[sample + 1] + "." : "Your voice is set up.";
                Assert.AreEqual(next, rig.Session.Feedback.LastSentence);
                if (sample == 4)
                {
                    Assert.AreEqual("Say: seventeen forty.", rig.Session.Feedback.LastSentence);
                }
                Assert.AreEqual(EnrolmentScript.Phrases[sample], EnrolmentScript.PhraseOf(rig.Session.Wallet.LastSampleId), "the sample id names its phrase");
                if (first == null)
                {
                    first = rig.Session.Wallet.LastSampleId;
                }
                else
                {
                    Assert.IsFalse(TestHex.Encode(first, 0, 16) == TestHex.Encode(rig.Session.Wallet.LastSampleId, 0, 16), "each sample has its own id");
                }
            }

            // One sample per script phrase, each ended under its own id and never under a payment; then idle, and sleep
            // comes again.
            Assert.IsFalse(rig.Session.Session.IsEnrollingVoice);
            Assert.AreEqual(samples, rig.Session.Session.EnrolmentSamplesSent);
            Assert.AreEqual(samples, rig.Session.Wallet.VoiceEnds);
            Assert.AreEqual(0, rig.Session.Wallet.Submits);
            Assert.AreEqual(FeedbackCue.Idle, rig.Session.Feedback.Current);
            Assert.AreEqual(0, rig.Sleep.Sleeps);
            rig.Run(5100);
            Assert.AreEqual(1, rig.Sleep.Sleeps);
        }

        [TestMethod]
        public void EnrolmentStopsWithoutSpeechAndNeverSleepsMeanwhile()
        {
            LoopRig rig = new LoopRig(false, 1000);
            rig.Pair();
            rig.Run(9000);
            Assert.IsTrue(rig.Session.Session.IsEnrollingVoice);
            Assert.AreEqual(0, rig.Sleep.Sleeps);
            rig.Run(1100);
            Assert.IsFalse(rig.Session.Session.IsEnrollingVoice);
            Assert.AreEqual("Voice setup stopped.", rig.Session.Feedback.LastSentence);
            Assert.AreEqual(0, rig.Session.Wallet.EnrolmentSamples);
            Assert.AreEqual(0, rig.Session.Wallet.VoiceEnds);
        }

        [TestMethod]
        public void ALongPressStopsEnrolmentAndATapArmsAPaymentInstead()
        {
            LoopRig rig = new LoopRig(false, 0);
            rig.Pair();
            rig.Session.Hold();
            Assert.IsFalse(rig.Session.Session.IsEnrollingVoice);
            Assert.AreEqual("Voice setup stopped.", rig.Session.Feedback.LastSentence);

            rig.Session.Session.EnrolVoice();
            Assert.IsTrue(rig.Session.Session.IsEnrollingVoice);
            rig.Session.Button.Press(rig.Session.Clock.Now + 1, rig.Session.Clock.Now + 80);
            rig.Run(500);
            Assert.AreEqual("scanning", SessionNames.State(rig.Session.State));
            Assert.IsFalse(rig.Session.Session.IsEnrollingVoice);
            Assert.AreEqual(0, rig.Session.Wallet.EnrolmentSamples);
        }

        [TestMethod]
        public void EnrolmentNeedsVoiceStreaming()
        {
            LoopRig rig = new LoopRig(false, 0, false);
            rig.Pair();
            Assert.IsFalse(rig.Session.Session.IsEnrollingVoice);
            Assert.AreEqual("paired", rig.Diagnostics.LastNote);
            Assert.AreEqual(FeedbackCue.Approved, rig.Session.Feedback.Current);
        }

        [TestMethod]
        public void ASampleTheUplinkDoesNotTakeStopsEnrolment()
        {
            LoopRig rig = new LoopRig(false, 0);
            rig.Session.Wallet.VoiceCallsTaken = 2;
            rig.Pair();
            rig.Run(1000);
            rig.Session.Mic.Speak(1500);
            rig.Run(2500);
            Assert.IsFalse(rig.Session.Session.IsEnrollingVoice);
            Assert.AreEqual("Voice setup stopped.", rig.Session.Feedback.LastSentence);
            Assert.AreEqual(0, rig.Session.Wallet.EnrolmentSamples);
            Assert.AreEqual(0, rig.Session.Session.EnrolmentSamplesSent);
        }

        [TestMethod]
        public void EachSampleHasItsOwnTimeAndSilenceMidScriptStopsTheRest()
        {
            LoopRig rig = new LoopRig(false, 0);
            rig.Pair();
            rig.Run(1000);
            rig.Session.Mic.Speak(600);
            rig.Run(1500);
            Assert.AreEqual("Say: cancel.", rig.Session.Feedback.LastSentence);
            rig.Run(9000);
            Assert.IsTrue(rig.Session.Session.IsEnrollingVoice);
            rig.Run(1000);
            Assert.IsFalse(rig.Session.Session.IsEnrollingVoice);
            Assert.AreEqual("Voice setup stopped.", rig.Session.Feedback.LastSentence);
            Assert.AreEqual(1, rig.Session.Wallet.EnrolmentSamples);
            Assert.AreEqual(1, rig.Session.Session.EnrolmentSamplesSent);
        }

        [TestMethod]
        public void InChineseThePromptsKeepTheScriptPhrasesInEnglish()
        {
            SessionRig rig = new SessionRig(true, false);
            rig.Settings.Language = "zh";
            rig.Boot();
            Assert.IsTrue(rig.Session.EnrolVoice());
            Assert.AreEqual("钱包语音设置。请跟我说每个短语。请说：confirm.", rig.Feedback.LastSentence);
            rig.Run(1000);
            rig.Mic.Speak(600);
            rig.Run(1500);
            Assert.AreEqual("请说：cancel.", rig.Feedback.LastSentence);
        }

        [TestMethod]
        public void ThePairingScanDecodesThePairingQrInACameraFrame()
        {
            LoopRig rig = new LoopRig(true, 0);
            SessionFrameTests.Draw(rig.Session.Camera, "GFW1:ABC", 4);
            rig.PairingGesture();
            rig.Run(300);
            Assert.AreEqual("GFW1:ABC", rig.Pairing.Text);
            Assert.IsFalse(rig.Session.Camera.On);
        }

        [TestMethod]
        public void ARefusedPairingQrClosesTheWindow()
        {
            LoopRig rig = new LoopRig(false, 0);
            rig.Pairing.Begin = PairingStatus.Malformed;
            rig.PairingGesture();
            rig.Session.Scanner.Show(Offer);
            rig.Run(300);
            Assert.IsFalse(rig.Loop.IsPairing);
            Assert.IsFalse(rig.Window.PairingWindowOpen);
            Assert.IsTrue(rig.Diagnostics.LastNote.IndexOf("pairing QR refused") == 0);
        }

        [TestMethod]
        public void ATapDuringPairingModeEndsItAndThePaymentKeepsTheScanner()
        {
            LoopRig rig = new LoopRig(false, 0);
            rig.PairingGesture();
            rig.Session.Button.Press(rig.Session.Clock.Now + 1, rig.Session.Clock.Now + 80);
            rig.Run(500);
            Assert.IsFalse(rig.Loop.IsPairing);
            Assert.AreEqual("scanning", SessionNames.State(rig.Session.State));
            Assert.IsTrue(rig.Session.Scanner.On);
            rig.Session.Scanner.Show(Codes.StaticWithAmount);
            rig.Run(20);
            Assert.AreEqual("understood", SessionNames.State(rig.Session.State));
        }

        [TestMethod]
        public void TheUnpairGestureForgetsTheWalletAndTheBonds()
        {
            LoopRig rig = new LoopRig(false, 0);
            long t = rig.Session.Clock.Now;
            rig.Session.Button.Press(t + 1, t + 60);
            rig.Session.Button.Press(t + 150, t + 210);
            rig.Session.Button.Add(true, t + 1000);
            rig.Session.Button.Add(false, t + 4200);
            rig.Run(4500);
            Assert.AreEqual(1, rig.Pairing.Unpairs);
            Assert.AreEqual(1, rig.Window.BondsForgotten);
            Assert.IsFalse(rig.Loop.IsPairing);
        }

        [TestMethod]
        public void DiagnosticsAreReportedEveryMinuteWhileIdle()
        {
            LoopRig rig = new LoopRig(false, 0);
            long start = rig.Session.Clock.Now;
            rig.Run(10);
            Assert.AreEqual(1, rig.Diagnostics.Reports);
            rig.Run(MainLoop.DiagnosticsEveryMs - 20);
            Assert.AreEqual(1, rig.Diagnostics.Reports);
            rig.Run(20);
            Assert.AreEqual(2, rig.Diagnostics.Reports);
            Assert.AreEqual(start + 10 + MainLoop.DiagnosticsEveryMs, rig.Diagnostics.LastReportAt);
            // None while a payment runs; the next one once idle again.
            rig.Session.Scan(Codes.StaticWithAmount);
            rig.Run(MainLoop.DiagnosticsEveryMs - 1000);
            Assert.AreEqual(2, rig.Diagnostics.Reports);
            Assert.AreEqual(MainLoop.IdleStepMs, rig.LastPause);
        }

        [TestMethod]
        public void AFaultIsCountedAndTheSessionSentBackToIdle()
        {
            LoopRig rig = new LoopRig(false, 0);
            rig.Window.ThrowOnClose = true;
            rig.PairingGesture();
            rig.Session.Button.Press(rig.Session.Clock.Now + 1, rig.Session.Clock.Now + 80);
            rig.Run(500);
            Assert.AreEqual(1, rig.Loop.Faults);
            Assert.AreEqual("cancelled", SessionNames.Error(rig.Session.Session.LastError));
            Assert.IsFalse(rig.Session.Scanner.On);
            rig.Run(3000);
            Assert.AreEqual("idle", SessionNames.State(rig.Session.State));
            Assert.AreEqual(1, rig.Loop.Faults);
            Assert.IsTrue(rig.Diagnostics.LastNote.IndexOf("fault in step: radio gone (fault 1)") == 0);
            rig.Run(MainLoop.DiagnosticsEveryMs);
            Assert.AreEqual(1, rig.Diagnostics.LastFaults);
        }

        /// <summary>A <see cref="SessionRig"/>'s session driven by the main loop, with the loop's ports faked.</summary>
        private sealed class LoopRig
        {
            internal readonly SessionRig Session;
            internal readonly FakePairingUplink Pairing = new FakePairingUplink();
            internal readonly FakePairingWindow Window = new FakePairingWindow();
            internal readonly FakeNetwork Network = new FakeNetwork();
            internal readonly FakeSleep Sleep;
            internal readonly FakeDiagnostics Diagnostics;
            internal readonly MainLoop Loop;
            internal int LastPause;

            internal LoopRig(bool camera, int sleepIdleMs)
                : this(camera, sleepIdleMs, true)
            {
            }

            internal LoopRig(bool camera, int sleepIdleMs, bool streamVoice)
            {
                Session = new SessionRig(true, camera);
                if (!streamVoice)
                {
                    Session.Settings.StreamVoice = false;
                    Session.Boot();
                }
                Sleep = new FakeSleep(Session.Clock);
                Diagnostics = new FakeDiagnostics(Session.Clock);
                LoopPorts ports = new LoopPorts();
                ports.Clock = Session.Clock;
                ports.Feedback = Session.Feedback;
                ports.Pairing = Pairing;
                ports.PairingWindow = Window;
                ports.Sleep = Sleep;
                ports.Network = Network;
                ports.Diagnostics = Diagnostics;
                Loop = new MainLoop(Session.Session, ports, sleepIdleMs);
                Loop.Start();
            }

            /// <summary>Runs the loop for <paramref name="ms"/> of fake time.</summary>
            internal void Run(int ms)
            {
                for (int t = 0; t < ms; t += 10)
                {
                    Session.Clock.Now += 10;
                    LastPause = Loop.Step();
                }
            }

            /// <summary>Pairing mode, the wallet's pairing QR, and the handshake's success.</summary>
            internal void Pair()
            {
                PairingGesture();
                Session.Scanner.Show(Offer);
                Run(300);
                Pairing.Result = PairingStatus.Ok;
                Run(20);
            }

            /// <summary>Tap, then press again at once and hold 3 s: pairing mode.</summary>
            internal void PairingGesture()
            {
                long t = Session.Clock.Now;
                Session.Button.Press(t + 1, t + 80);
                Session.Button.Add(true, t + 200);
                Session.Button.Add(false, t + 3300);
                Run(3400);
            }
        }
    }
}
