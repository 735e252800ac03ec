using System.Collections.Generic;
using System.Text;
using GlassesFirmware.Frame;
using GlassesFirmware.Host.Adapters.Frame;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Qr;
using QRCoder;
using Xunit;

namespace GlassesFirmware.Host.Tests.Qr
{
    /// <summary>
    /// A second, smaller code stuck over a code in view (the swapped-sticker fraud) is reported beside it wherever it
    /// sits, so the session pays neither (it withdraws the request for the first, docs/session.md).
    /// </summary>
    public class StickerTests
    {
        private const int Side = 240;

        [Fact]
        public void TheStickerIsFoundInTheRestOfTheFrameTheFirstCodeWasReadFrom()
        {
            // The code underneath, damaged by the sticker, is read first and handed on at once (the session reads it
            // back); searching on in the same frame, with no new capture, finds the sticker before anything is confirmed.
            var camera = new StillFrameSource(Side, Side);
            camera.Show(StickerOver(96, 96), Side, Side);
            var scanner = new CodeScanner(camera, null, null, 512, 1);
            var sink = new Sink();
            Assert.True(scanner.Start(0));
            Assert.True(scanner.Capture(0, 200));
            scanner.Read(sink);
            // The frame's glance goes in slices (CodeScanner.GlanceSlice): the camera shows the same view, so each goes
            // on with the frame in hand.
            for (int look = 1; sink.Codes.Count == 0 && look < 20 && scanner.Capture(look, 200); look++)
            {
                Assert.True(scanner.Resumed);
                scanner.Read(sink);
            }

            Assert.Single(new HashSet<string>(sink.Codes));
            Assert.True(scanner.Checking);

            // What the camera shows now is not looked at: the search stays on the first code's frame.
            camera.Show(new byte[Side * Side], Side, Side);
            int slices = 0;
            while (scanner.Checking && slices < 100)
            {
                scanner.CheckRest(sink, 100_000);
                slices++;
            }

            Assert.False(scanner.Checking);
            Assert.Equal(2, new HashSet<string>(sink.Codes).Count);
        }

        [Theory]
        [InlineData(96, 96)]  // over the centre of the code underneath
        [InlineData(110, 70)] // over its data, away from the centre and clear of its finders
        [InlineData(70, 110)]
        public void AStickerCodeOverACodeIsReportedBesideIt(int stickerX, int stickerY)
        {
            byte[] frame = StickerOver(stickerX, stickerY);
            var decoder = new QrDecoder(Side, Side);
            var results = new QrResultSet();
            HeldView.Decode(decoder, frame, Side, Side, results);

            Assert.Equal(2, results.Count);
            Assert.NotEqual(results.Get(0).Text, results.Get(1).Text);
        }

        [Fact]
        public void ACodeRightBesideACleanlyReadCodeIsStillReported()
        {
            // The first code is read without a correction, so the glance's later rows skip its inside
            // (CleanReadArea); the second code's finders sit one module from its edge and are still scanned.
            byte[] frame = new byte[Side * Side];
            for (int i = 0; i < frame.Length; i++)
            {
                frame[i] = 235;
            }

            QRCodeData first = QRCodeGenerator.GenerateQrCode("HTTPS://QR.ALIPAY.COM/MERCHANT-ONE-0123456789", QRCodeGenerator.ECCLevel.M);
            Paste(frame, first, 3, 4, 4);
            // The second code's modules start one module right of the first code's last column.
            int firstEnd = 4 + 3 * (first.ModuleMatrix.Count - 4);
            Paste(frame, QRCodeGenerator.GenerateQrCode("HTTPS://QR.ALIPAY.COM/TWO", QRCodeGenerator.ECCLevel.L), 3, firstEnd + 3 - 3 * 4, 60, false);

            var decoder = new QrDecoder(Side, Side);
            var results = new QrResultSet();
            HeldView.Decode(decoder, frame, Side, Side, results);

            Assert.Equal(2, results.Count);
            Assert.Equal(0, results.Get(0).CorrectedCodewords);
        }

        // A v6-H code, 4 px a module, with a v2 code of 2 px a module stuck over it at (x, y) (quiet zones included).
        private static byte[] StickerOver(int x, int y)
        {
            byte[] frame = new byte[Side * Side];
            for (int i = 0; i < frame.Length; i++)
            {
                frame[i] = 235;
            }

            Paste(frame, QRCodeGenerator.GenerateQrCode("HTTPS://QR.ALIPAY.COM/GENUINE-MERCHANT-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", QRCodeGenerator.ECCLevel.H), 4, 20, 20);
            Paste(frame, QRCodeGenerator.GenerateQrCode("HTTPS://QR.ALIPAY.COM/FRAUD", QRCodeGenerator.ECCLevel.L), 2, x, y);
            return frame;
        }

        private sealed class Sink : ICodeSink
        {
            public readonly List<string> Codes = new();

            public void OnCode(byte[] payload, int length) => Codes.Add(Encoding.ASCII.GetString(payload, 0, length));

            public void OnTooLong()
            {
            }
        }

        // Draws the symbol with its four-module quiet zone (or only its modules: the quiet zone's pixels are left as
        // they are) at (x, y), `scale` pixels a module.
        private static void Paste(byte[] frame, QRCodeData data, int scale, int x, int y, bool quiet = true)
        {
            int n = data.ModuleMatrix.Count;
            for (int py = 0; py < n * scale; py++)
            {
                for (int px = 0; px < n * scale; px++)
                {
                    int mx = px / scale;
                    int my = py / scale;
                    if (!quiet && (mx < 4 || my < 4 || mx >= n - 4 || my >= n - 4))
                    {
                        continue;
                    }

                    frame[(y + py) * Side + x + px] = data.ModuleMatrix[my][mx] ? (byte)20 : (byte)235;
                }
            }
        }
    }
}
