using System;
using System.IO;
using GlassesFirmware.Host.Simulator.Demo;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Qr;
using Xunit;

namespace GlassesFirmware.Host.Tests.Qr
{
    /// <summary>
    /// The decoder's work budget and carry-over: a photo whose code takes more than one frame's work is read on a
    /// later frame of the held view, and a frame of another view drops the work carried over.
    /// </summary>
    public class CarryOverTests
    {
        private static GreyImage HardPhoto()
        {
            // qrcode-4/19: its glance shows no plausible triple, so the view goes on at the cheap allowance and is read
            // after several frames (qrcode-4/07, used before, is now read in its first frame straight from the glance).
            return GreyImage.Load(Path.Combine(RepoPaths.Shared, "qr", "zxing-blackbox", "qrcode-4", "19.png"));
        }

        [Fact]
        public void AHeldViewIsReadOnALaterFrame()
        {
            GreyImage photo = HardPhoto();
            var decoder = new QrDecoder(photo.Width, photo.Height);
            var results = new QrResultSet();
            Assert.Equal(QrStatus.Ok, decoder.Decode(photo.Pixels, photo.Width, photo.Height, photo.Width, results));
            Assert.Equal(0, results.Count);
            Assert.True(decoder.Pending);
            Assert.InRange(decoder.LastWork, 1, QrDecoder.FrameBudget(photo.Width, photo.Height) + 400_000);
            int frames = 1;
            while (results.Count == 0 && decoder.Pending && frames < HeldView.MaxFrames)
            {
                decoder.Decode(photo.Pixels, photo.Width, photo.Height, photo.Width, results);
                frames++;
            }

            Assert.Equal(1, results.Count);
            Assert.InRange(frames, 2, HeldView.MaxFrames - 1);
        }

        [Fact]
        public void TheDemosMerchantCodesAreReadInTheSecondFrameOfTheirView()
        {
            // The glance's timing test on both legs rejected the first demo code (3.5-4 px a module, one leg blurred
            // on the coarse map), which then took 16 cheap frames; from 3.5 px one leg is enough.
            for (int i = 0; i < MerchantCodes.Demo.Length; i++)
            {
                GreyImage photo = MerchantCodes.Photo(MerchantCodes.Payload(MerchantCodes.Demo[i]), DemoRun.CameraWidth, DemoRun.CameraHeight, 100 + i);
                var decoder = new QrDecoder(photo.Width, photo.Height);
                var results = new QrResultSet();
                HeldView.Decode(decoder, photo.Pixels, photo.Width, photo.Height, results);
                Assert.Equal(1, results.Count);
                Assert.InRange(HeldView.LastFrames, 1, 2);
            }
        }

        [Fact]
        public void AnotherViewStartsOver()
        {
            GreyImage photo = HardPhoto();
            var decoder = new QrDecoder(photo.Width, photo.Height);
            var results = new QrResultSet();
            decoder.Decode(photo.Pixels, photo.Width, photo.Height, photo.Width, results);
            Assert.True(decoder.Pending);
            byte[] grey = new byte[photo.Pixels.Length];
            Array.Fill(grey, (byte)128);
            decoder.Decode(grey, photo.Width, photo.Height, photo.Width, results);
            Assert.False(decoder.Pending);
            decoder.Decode(photo.Pixels, photo.Width, photo.Height, photo.Width, results);
            Assert.True(decoder.Pending);
            decoder.NewView();
            Assert.False(decoder.Pending);
        }
    }
}
