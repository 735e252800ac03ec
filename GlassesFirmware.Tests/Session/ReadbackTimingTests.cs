using GlassesFirmware.Session;
using GlassesFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Session
{
    /// <summary>
    /// The session's time to readback (<see cref="ReadbackTiming"/>): from the trigger to the first sentence that reads
    /// the code back, in clock time, camera frames and decoder work, and in IL instructions where a counter is composed.
    /// </summary>
    [TestClass]
    public class ReadbackTimingTests
    {
        private const string Url = "HTTPS://QR.ALIPAY.COM/X1";

        [TestMethod]
        public void CameraPaymentReportsFramesDecoderWorkAndClockTime()
        {
            var rig = new SessionRig(true, true);
            SessionFrameTests.Draw(rig.Camera, Url, 4);
            long tapAt = rig.Clock.Now;
            rig.Tap();
            Assert.AreEqual("understood", SessionNames.State(rig.State));
            ReadbackTiming timing = rig.Session.Timing;
            Assert.IsFalse(timing.ReadBack, "nothing read back before the wallet resolved the code");
            Assert.AreEqual(-1L, timing.ElapsedMs);

            rig.Wallet.NeedsConfirmation("SHOP", 1250, 156);
            long answeredAt = rig.Clock.Now + 10;
            rig.Run(20);
            Assert.AreEqual("confirming", SessionNames.State(rig.State));
            Assert.IsTrue(timing.ReadBack);
            Assert.IsTrue(timing.TriggeredAtMs > tapAt && timing.TriggeredAtMs <= tapAt + 500, "triggered at " + timing.TriggeredAtMs);
            Assert.AreEqual(answeredAt - timing.TriggeredAtMs, timing.ElapsedMs);
            // A frame whose glance went on in slices is one frame of several looks; a slice may look at the camera's newest
            // frame (left when it shows the same view) or, once the glance met a finder candidate, not.
            Assert.IsTrue(timing.Frames >= 1);
            Assert.IsTrue(rig.Camera.Captures >= timing.Frames);
            Assert.IsTrue(timing.Looks >= rig.Camera.Captures);
            Assert.IsTrue(timing.DecoderWork > 0, "the decoder charged its work");
            Assert.IsFalse(timing.CountsInstructions);
            Assert.AreEqual(ReadbackTiming.NotCounted, timing.Instructions);
            Assert.AreEqual(ReadbackTiming.NotCounted, timing.DecodeInstructions);
            Assert.AreEqual(ReadbackTiming.NotCounted, timing.InstructionsDeviceMs);
        }

        [TestMethod]
        public void CountedInstructionsAreSplitIntoDecodeAnalysisAndComposition()
        {
            var rig = new SessionRig(true, true);
            var counter = new SteppingInstructionCounter();
            rig.Instructions = counter;
            rig.Boot();
            SessionFrameTests.Draw(rig.Camera, Url, 4);
            rig.Tap();
            rig.Wallet.NeedsConfirmation("SHOP", 1250, 156);
            rig.Run(20);
            ReadbackTiming timing = rig.Session.Timing;
            Assert.IsTrue(timing.ReadBack);
            Assert.IsTrue(timing.CountsInstructions);
            long step = SteppingInstructionCounter.Step;
            int frames = timing.Looks;
            // Readings: the trigger, two per look, two around the one analysis, two around the composition, the readback.
            Assert.AreEqual(2 * frames + 6, counter.Readings);
            Assert.AreEqual((2 * frames + 5) * step, timing.Instructions);
            Assert.AreEqual(timing.Instructions / 1000, timing.InstructionsDeviceMs);
            Assert.AreEqual(step, timing.AnalysisInstructions);
            Assert.AreEqual(step, timing.ComposeInstructions);
            // Each look spans one step; the look that read the code also spans the analysis inside it.
            Assert.AreEqual((frames + 1) * step, timing.DecodeInstructions);
        }

        [TestMethod]
        public void ScannerModulePaymentHasNoFrames()
        {
            var rig = new SessionRig();
            rig.ToConfirming(Codes.StaticWithAmount, 1250);
            ReadbackTiming timing = rig.Session.Timing;
            Assert.IsTrue(timing.ReadBack);
            Assert.AreEqual(0, timing.Frames);
            Assert.AreEqual(0L, timing.DecoderWork);
            Assert.IsTrue(timing.ElapsedMs > 0, "elapsed " + timing.ElapsedMs);
        }

        [TestMethod]
        public void ThePromptForTheAmountIsTheReadbackAndLaterSentencesChangeNothing()
        {
            var rig = new SessionRig();
            rig.Instructions = new SteppingInstructionCounter();
            rig.Boot();
            rig.Scan(Codes.StaticNoAmount);
            rig.Wallet.NeedsAmount("SHOP", 702);
            rig.Run(20);
            Assert.AreEqual("prompting", SessionNames.State(rig.State));
            ReadbackTiming timing = rig.Session.Timing;
            Assert.IsTrue(timing.ReadBack);
            long elapsed = timing.ElapsedMs;
            long instructions = timing.Instructions;
            Assert.AreEqual(0L, timing.ComposeInstructions);

            rig.Say(800);
            rig.Wallet.NeedsConfirmation("SHOP", 1250, 702);
            rig.Run(20);
            Assert.AreEqual("confirming", SessionNames.State(rig.State));
            Assert.AreEqual(elapsed, timing.ElapsedMs);
            Assert.AreEqual(instructions, timing.Instructions);
            Assert.AreEqual(0L, timing.ComposeInstructions);
        }

        [TestMethod]
        public void TheChoiceAmongCodesIsTheReadback()
        {
            var rig = new SessionRig();
            rig.Tap();
            rig.Scanner.Show(Codes.StaticWithAmount);
            rig.Scanner.Show(Codes.OtherMerchant);
            rig.Run(20);
            Assert.AreEqual("choosing", SessionNames.State(rig.State));
            Assert.IsTrue(rig.Session.Timing.ReadBack);
            Assert.AreEqual(0, rig.Session.Timing.Frames);
        }

        [TestMethod]
        public void ACodeNeverReadBackLeavesNoElapsedTimeAndANewTriggerStartsOver()
        {
            var rig = new SessionRig(true, true);
            rig.Tap();
            rig.Run(9000);
            Assert.AreEqual("noCode", SessionNames.Error(rig.Session.LastError));
            ReadbackTiming timing = rig.Session.Timing;
            Assert.IsFalse(timing.ReadBack);
            Assert.AreEqual(-1L, timing.ElapsedMs);
            Assert.IsTrue(timing.Frames > 10, "frames " + timing.Frames);

            rig.Run(3000);
            SessionFrameTests.Draw(rig.Camera, Url, 4);
            long before = timing.TriggeredAtMs;
            rig.Tap();
            Assert.IsTrue(timing.TriggeredAtMs > before);
            Assert.IsTrue(timing.Frames <= 2, "frames of the new payment only: " + timing.Frames);
            rig.Wallet.NeedsConfirmation("SHOP", 1250, 156);
            rig.Run(20);
            Assert.IsTrue(timing.ReadBack);
        }
    }
}
