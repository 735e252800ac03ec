using GlassesFirmware.Session;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Tests.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Session
{
    /// <summary>The session with the camera and the on-device decoder on small synthetic frames.</summary>
    [TestClass]
    public class SessionFrameTests
    {
        private const string Url1 = "HTTPS://QR.ALIPAY.COM/X1";
        private const string Url2 = "HTTPS://QR.ALIPAY.COM/Y2";

        [TestMethod]
        public void CodeInAFrameIsDecodedClassifiedAndSubmitted()
        {
            var rig = new SessionRig(true, true);
            Draw(rig.Camera, Url1, 4);
            rig.Tap();
            rig.Run(300);
            Assert.AreEqual("understood", SessionNames.State(rig.State));
            Assert.AreEqual(Url1, rig.Wallet.LastPayload);
            Assert.IsFalse(rig.Camera.On);
        }

        [TestMethod]
        public void ASecondCodeInTheFrameWithdrawsTheRequestBeforeAnyConfirmation()
        {
            var rig = new SessionRig(true, true);
            Draw(rig.Camera, Url1, 2);
            Draw(rig.Camera, Url2, 82);
            rig.Tap();
            rig.Run(300);
            // The first code read was submitted at once; the rest of its frame showed the second.
            Assert.AreEqual(1, rig.Wallet.Submits);
            Assert.AreEqual("done", SessionNames.State(rig.State));
            Assert.AreEqual("cancelled", rig.Outcome);
            Assert.AreEqual("codesInView", rig.Error);
            Assert.AreEqual(1, rig.Wallet.Cancels);
            Assert.AreEqual(0, rig.Wallet.Confirms);
            Assert.AreEqual("Two different payment codes are in view. Cancelled.", rig.Feedback.LastSentence);
        }

        [TestMethod]
        public void AConfirmationBeforeTheFrameIsSearchedWaitsForTheSearchAndASecondCodeStopsIt()
        {
            var rig = ConfirmingWhileSearching(true);
            Assert.AreEqual("codesInView", rig.Error);
            Assert.AreEqual(0, rig.Wallet.Confirms);
            Assert.AreEqual(1, rig.Wallet.Cancels);
        }

        [TestMethod]
        public void ATextCodeBesideThePaymentCodeDoesNotStopTheConfirmation()
        {
            var rig = ConfirmingWhileSearching(false);
            Assert.IsFalse(rig.Session.Scanner.Checking);
            Assert.AreEqual("authorizing", SessionNames.State(rig.State));
            Assert.AreEqual(1, rig.Wallet.Confirms);
            Assert.AreEqual(0, rig.Wallet.Cancels);
        }

        // A tap that confirms while the rest of the code's frame (with a second code, a payment or text) is still being
        // searched: one decoder step per main-loop step, and taps told from double taps after 10 ms, so the tap is taken
        // before the steps would finish the search.
        private static SessionRig ConfirmingWhileSearching(bool secondPaymentCode)
        {
            var rig = new SessionRig(true, true);
            rig.Settings.CheckUnitsPerStep = 1;
            rig.Gestures.DoubleTapMs = 10;
            rig.Boot();
            Draw(rig.Camera, Url1, 2);
            Draw(rig.Camera, secondPaymentCode ? Url2 : "HELLO WORLD", 82);
            rig.Button.Press(rig.Clock.Now + 1, rig.Clock.Now + 40);
            for (int i = 0; i < 50 && rig.Wallet.Submits == 0; i++)
            {
                rig.Run(10);
            }
            rig.Wallet.NeedsConfirmation("SHOP", 1250, 156);
            rig.Run(10);
            Assert.AreEqual("confirming", SessionNames.State(rig.State));
            rig.Button.Press(rig.Clock.Now + 1, rig.Clock.Now + 40);
            rig.Run(40);
            Assert.IsTrue(rig.Session.Scanner.Checking);
            Assert.AreEqual("confirming", SessionNames.State(rig.State));
            rig.Run(30);
            return rig;
        }

        [TestMethod]
        public void ASearchSliceOfNoUnitsStillEndsTheSearch()
        {
            var rig = new SessionRig(true, true);
            rig.Settings.CheckUnitsPerStep = 0;
            rig.Boot();
            Draw(rig.Camera, Url1, 2);
            rig.Tap();
            rig.Wallet.NeedsConfirmation("SHOP", 1250, 156);
            rig.Run(2000);
            Assert.AreEqual("confirming", SessionNames.State(rig.State));
            Assert.IsFalse(rig.Session.Scanner.Checking);
        }

        [TestMethod]
        public void OneCodeInTheFrameIsReadBackAndPaid()
        {
            var rig = new SessionRig(true, true);
            Draw(rig.Camera, Url1, 2);
            rig.Tap();
            rig.Wallet.NeedsConfirmation("SHOP", 1250, 156);
            rig.Run(300);
            Assert.AreEqual("confirming", SessionNames.State(rig.State));
            Assert.IsFalse(rig.Session.Scanner.Checking);
            rig.Tap();
            Assert.AreEqual(1, rig.Wallet.Confirms);
            Assert.AreEqual(0, rig.Wallet.Cancels);
        }

        [TestMethod]
        public void NothingIsCapturedOrParsedBeforeATrigger()
        {
            var rig = new SessionRig(true, true);
            Draw(rig.Camera, Url1, 4);
            rig.Run(5000);
            Assert.AreEqual(0, rig.Camera.Captures);
            Assert.AreEqual(0, rig.Wallet.Submits);
        }

        [TestMethod]
        public void FramesAreThrottledToTheConfiguredRate()
        {
            var rig = new SessionRig(true, true);
            rig.Tap();
            int before = rig.Camera.Captures;
            rig.Run(2000);
            // 5 frames per second at most: 10 in 2 s (one more for rounding at the edges).
            int decoded = rig.Camera.Captures - before;
            Assert.IsTrue(decoded >= 9 && decoded <= 11, "decoded " + decoded);
        }

        internal static void Draw(FakeCamera camera, string text, int x)
        {
            if (x < 10)
            {
                for (int i = 0; i < camera.Picture.Length; i++)
                {
                    camera.Picture[i] = 230;
                }
            }
            QrTestKit.DrawV1(camera.Picture, FakeCamera.W, x, 11, 2, QrTestKit.AlphanumericV1(text), 3, false, false, 0);
        }
    }
}
