using System.Linq;
using GlassesFirmware.Host.Simulator.Commands;
using GlassesFirmware.Payload;
using Xunit;

namespace GlassesFirmware.Host.Tests.Payload
{
    /// <summary>
    /// A bounded, seeded sample of the fuzz job (the full job: glasses-sim payload --fuzz 100000):
    /// random, truncated, spliced, 10 KB and mutated payloads, half of them with a repaired CRC.
    /// </summary>
    public class PayloadFuzzTests
    {
        [Theory]
        [InlineData(ValidationPolicy.Device, 1)]
        [InlineData(ValidationPolicy.Strict, 2)]
        public void MutatedAndRandomPayloadsGiveTypedVerdicts(ValidationPolicy policy, int seed)
        {
            string[] vectors = EmvVectorTests.All.Select(v => v.Payload).ToArray();
            FuzzReport report = PayloadFuzz.Run(5000, seed, vectors, new PayloadOptions { Policy = policy, AllowedHosts = new[] { "qr.alipay.com" } });
            Assert.Empty(report.Failures);
            Assert.Equal(5000, report.Count);

            // The generator reaches every corner: EMVCo codes dominate, and some mutants still pass.
            Assert.True(report.Kinds["emvMerchant"] > 2500, report.Summary());
            Assert.True(report.Accepted > 50, report.Summary());
            Assert.True(report.Kinds.ContainsKey("binary") && report.Kinds.ContainsKey("plainText"), report.Summary());
            foreach (string family in new[] { "epcQr", "swissQrBill", "spd", "payBySquare" })
            {
                Assert.True(report.Kinds.ContainsKey(family), family + ": " + report.Summary());
            }
        }

        [Fact]
        public void CheckCatchesAnInconsistentVerdict()
        {
            PaymentIntent good = new PayloadAnalyzer(new PayloadOptions()).Analyze("not a payment");
            Assert.Null(PayloadFuzz.Check(good));
            Assert.NotEmpty(good.Findings);
        }
    }
}
