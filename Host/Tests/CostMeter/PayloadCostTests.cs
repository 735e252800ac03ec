using System.Text;
using GlassesFirmware.Host.CostMeter;
using Xunit;

namespace GlassesFirmware.Host.Tests.CostMeter
{
    /// <summary>A 500-byte code of each bank-transfer family analyses within 150,000 IL instructions on the instrumented runtime.</summary>
    [Collection(Qr.IlCostMeterCollection.Name)]
    public class PayloadCostTests
    {
        [Fact]
        public void FiveHundredByteCodeOfEachFamilyIsWithinBudget()
        {
            foreach ((string name, string payload) in PayloadCost.Padded(500))
            {
                Assert.Equal(500, Encoding.UTF8.GetByteCount(payload));
                (long instructions, bool accepted, string kind) = PayloadCost.Measure(payload);
                Assert.True(accepted, name + " is not accepted (" + kind + ")");
                Assert.StartsWith(kind + " ", name + " ");
                Assert.InRange(instructions, 1, PayloadCost.Budget);
            }
        }

        [Fact]
        public void LargestPayBySquareDecodedOnTheGlassesIsWithinBudget()
        {
            (string name, string payload) = PayloadCost.LargestDecodedPayBySquare;
            Assert.Equal(200, payload.Length);
            (long instructions, bool accepted, string kind) = PayloadCost.Measure(payload);
            Assert.True(accepted, name);
            Assert.Equal("payBySquare", kind);
            Assert.InRange(instructions, 1, PayloadCost.Budget);
        }

        [Fact]
        public void PublishedExamplesAreAcceptedInTheirFamily()
        {
            foreach ((string name, string payload) in PayloadCost.Examples)
            {
                (long instructions, bool accepted, string kind) = PayloadCost.Measure(payload);
                Assert.True(accepted, name);
                Assert.Equal(kind, name.Split(" ")[0]);
                Assert.True(instructions > 0);
            }
        }
    }
}
