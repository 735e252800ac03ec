using System;
using GlassesFirmware.Host.Benchmarks;
using GlassesFirmware.Qr;
using QRCoder;
using Xunit;

namespace GlassesFirmware.Host.Tests.Qr
{
    /// <summary>
    /// The glance reads a finder triple as sampled on its coarse map and leaves the costly recovery to the later passes:
    /// when a code's version blocks do not read there, it trusts the version its finders give instead of climbing for a
    /// fit whose blocks read (on a version 10 code, a frame's work and more), and the fast map's pass reads the code
    /// when the glance cannot.
    /// </summary>
    public class GlanceVersionTests
    {
        [Fact]
        public void AVersionBlockTheCoarseMapCannotReadCostsNoClimb()
        {
            // A synthetic glasses frame (320x240, a version 10 payment code at 2.13 px a module, blur sigma 0.34) whose
            // version blocks do not read on the glance's coarse map: with the climb, its first code took 5 frames
            // (9.3 M work units); without it 3 (4.7 M).
            var rng = new Random(18);
            double ppm = 2.0 + rng.NextDouble();
            double blur = 0.3 + rng.NextDouble() * 0.4;
            string text = SyntheticFrames.PaymentPayload(rng, 260 + rng.Next(0, 41));
            ppm = Math.Min(ppm, SyntheticFrames.LargestFittingModule(text, 320, 240));
            SyntheticFrames.Frame frame = SyntheticFrames.Render(text, QRCodeGenerator.ECCLevel.M, 320, 240, ppm, rng.NextDouble() * 40 - 20, blur, 4, rng);
            Assert.Equal(10, frame.Version);

            var decoder = new QrDecoder(320, 240);
            var results = new QrResultSet();
            int frames = 0;
            do
            {
                Assert.Equal(QrStatus.Ok, decoder.Decode(frame.Pixels, 320, 240, 320, results));
                frames++;
            }
            while (results.Count == 0 && decoder.Pending && frames < 64);

            Assert.Equal(1, results.Count);
            Assert.Equal(text, results.Get(0).Text);
            Assert.InRange(frames, 1, 3);
        }
    }
}
