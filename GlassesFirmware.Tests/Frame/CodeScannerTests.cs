using GlassesFirmware.Frame;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Tests.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Frame
{
    /// <summary>
    /// The camera's newest frame replaces a frame still on the glance of its new view when it shows another view (the
    /// wearer turned to the code), and not when it shows the same view a few pixels off or the glance met a finder.
    /// </summary>
    [TestClass]
    public class CodeScannerTests
    {
        private const string Url = "HTTPS://QR.ALIPAY.COM/X1";

        [TestMethod]
        public void ANewerFrameOfAnotherViewReplacesAGlanceThatFoundNothing()
        {
            var camera = new FakeCamera();
            Stripes(camera.Picture, 0);
            var scanner = new CodeScanner(camera, null, null, 512, 1);
            var codes = new Codes();
            scanner.Start(0);
            Assert.IsTrue(scanner.Capture(0, 0));
            scanner.Read(codes);
            Assert.AreEqual(0, codes.Count);
            // The stripes' glance is longer than a slice; the wearer turns to the code before it ends.
            Draw(camera.Picture);
            Assert.IsTrue(scanner.Capture(10, 0));
            Assert.IsFalse(scanner.Resumed);
            Assert.AreEqual(2, camera.Captures);
            int looks = 0;
            do
            {
                scanner.Read(codes);
                looks++;
            }
            while (codes.Count == 0 && looks < 20 && scanner.Capture(10 + 10 * looks, 0));
            Assert.AreEqual(1, codes.Count);
        }

        [TestMethod]
        public void ANewerFrameOfTheSameViewAFewPixelsOffIsLeft()
        {
            var camera = new FakeCamera();
            Stripes(camera.Picture, 0);
            var scanner = new CodeScanner(camera, null, null, 512, 1);
            var codes = new Codes();
            scanner.Start(0);
            scanner.Capture(0, 0);
            scanner.Read(codes);
            Stripes(camera.Picture, 3);
            Assert.IsTrue(scanner.Capture(10, 0));
            Assert.IsTrue(scanner.Resumed);
            Assert.AreEqual(2, camera.Captures);
        }

        [TestMethod]
        public void AGlanceThatMetAFinderIsFinishedWithoutLookingAtTheCamera()
        {
            var camera = new FakeCamera();
            Stripes(camera.Picture, 0);
            // One finder on a light patch in the stripes: a candidate, never a triple.
            for (int y = 20; y < 60; y++)
            {
                for (int x = 0; x < 40; x++)
                {
                    camera.Picture[y * FakeCamera.W + x] = 230;
                }
            }
            QrTestKit.DrawFinder(camera.Picture, FakeCamera.W, 20, 40, 3, 230, 25);
            var scanner = new CodeScanner(camera, null, null, 512, 1);
            var codes = new Codes();
            scanner.Start(0);
            scanner.Capture(0, 0);
            scanner.Read(codes);
            int slices = 1;
            int capturesBefore = 0;
            while (scanner.Capture(10 * slices, 0) && scanner.Resumed && slices < 50)
            {
                capturesBefore = camera.Captures;
                scanner.Read(codes);
                slices++;
            }
            // The glance's early slices looked at the camera; once a pass crossed the finder, the slices go on without.
            Assert.IsTrue(camera.Captures < slices, "captures " + camera.Captures.ToString() + ", slices " + slices.ToString());
            Assert.AreEqual(capturesBefore + 1, camera.Captures, "the frame ended; the next capture is a new frame");
        }

        // Vertical stripes two and three pixels wide, moved by `shift` pixels: runs of equal width, so no finder ratio, and a glance
        // that walks every run of every row it scans.
        private static void Stripes(byte[] picture, int shift)
        {
            for (int y = 0; y < FakeCamera.H; y++)
            {
                for (int x = 0; x < FakeCamera.W; x++)
                {
                    picture[y * FakeCamera.W + x] = (byte)((x + shift) % 5 < 2 ? 40 : 210);
                }
            }
        }

        private static void Draw(byte[] picture)
        {
            for (int i = 0; i < picture.Length; i++)
            {
                picture[i] = 230;
            }
            QrTestKit.DrawV1(picture, FakeCamera.W, 40, 11, 2, QrTestKit.AlphanumericV1(Url), 3, false, false, 0);
        }

        private sealed class Codes : ICodeSink
        {
            public int Count;

            public void OnCode(byte[] payload, int length)
            {
                Count++;
            }

            public void OnTooLong()
            {
            }
        }
    }
}
