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
        public void TwoCodesInOneFrameMakeTheWearerChoose()
        {
            var rig = new SessionRig(true, true);
            Draw(rig.Camera, Url1, 2);
            Draw(rig.Camera, Url2, 82);
            rig.Tap();
            rig.Run(300);
            Assert.AreEqual("choosing", SessionNames.State(rig.State));
            Assert.AreEqual(0, rig.Wallet.Submits);
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
