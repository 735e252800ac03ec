using System;
using System.Collections.Generic;
using GlassesFirmware.Host.Benchmarks;
using GlassesFirmware.Host.Metering;
using GlassesFirmware.Host.Tests.Qr;
using GlassesFirmware.Payload;
using QRCoder;
using Xunit;

namespace GlassesFirmware.Host.Tests.Benchmarks
{
    /// <summary>
    /// The time-to-readback benchmark's parts: its payment codes are payable, and one metered payment gives figures
    /// that add up (from the code entering the view, within the session's count from the trigger).
    /// </summary>
    [Collection(IlCostMeterCollection.Name)]
    public class ReadbackBenchTests
    {
        [Fact]
        public void PaymentPayloadsAreAcceptedByTheDevicePolicyAtEveryLength()
        {
            var analyzer = new PayloadAnalyzer(new PayloadOptions { Policy = ValidationPolicy.Device });
            var rng = new Random(3);
            for (int length = 80; length <= 300; length += 5)
            {
                string text = SyntheticFrames.PaymentPayload(rng, length);
                PaymentIntent intent = analyzer.Analyze(text);
                Assert.True(intent.Accepted && intent.Kind == PayloadKind.EmvMerchant, length + ": " + text);
                // About the length asked for; the fixed fields and the shortest account, payee and city take about 110.
                int expected = Math.Max(length, 110);
                Assert.InRange(text.Length, expected - 25, expected + 10);
            }
        }

        [Fact]
        public void AMeteredPaymentIsTimedFromTheCodeEnteringTheView()
        {
            var rng = new Random(4);
            string text = SyntheticFrames.PaymentPayload(rng, 120);
            SyntheticFrames.Frame code = SyntheticFrames.Render(text, QRCodeGenerator.ECCLevel.M, 240, 240, 3.0, 6, 0, 4, rng);
            byte[] clutter = new byte[240 * 240];
            NoiseFrames.Fill(clutter, 240, 240, 3, rng);
            var frames = new List<byte[]> { clutter, clutter };
            for (int i = 0; i < 8; i++)
            {
                frames.Add(code.Pixels);
            }

            var r = ((bool Read, int Frames, int CodeFrames, long Instructions, long FromEntry, long FromCodeFrame, long Decode,
                long Analysis, long Compose, long DecoderWork, string Error, long Check))MeteredRuntime.Shared.Call(typeof(MeteredPayment),
                nameof(MeteredPayment.Run), frames.ToArray(), 240, 240, 2);
            Assert.True(r.Read, r.Error);
            Assert.Equal(r.Frames - 2, r.CodeFrames);
            Assert.InRange(r.CodeFrames, 1, 8);
            // Trigger <= entry (capture of the last clutter frame) <= first code frame <= readback.
            Assert.InRange(r.FromEntry, r.FromCodeFrame + 1, r.Instructions);
            Assert.InRange(r.FromCodeFrame, 300_000, r.FromEntry);
            Assert.True(r.Decode + r.Analysis + r.Compose <= r.Instructions);
            Assert.InRange(r.Analysis, 5_000, 300_000);
            Assert.InRange(r.Compose, 1_000, 100_000);
            Assert.True(r.DecoderWork > 0);
            // The rest of the code's frame is searched after the readback, in main-loop steps.
            Assert.InRange(r.Check, 1, 2_000_000);
        }

        [Fact]
        public void APaymentOutsideTheMeteredRuntimeIsRefused()
        {
            Assert.Throws<InvalidOperationException>(() => MeteredPayment.Run(new[] { new byte[240 * 240] }, 240, 240, 0));
        }
    }
}
