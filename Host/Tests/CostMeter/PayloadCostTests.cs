using System.Text;
using GlassesFirmware.Host.CostMeter;
using GlassesFirmware.Host.Simulator.Commands;
using Xunit;

namespace GlassesFirmware.Host.Tests.CostMeter
{
    /// <summary>A 500-byte code of each family (URL, text and bank-transfer codes) analyses within 150,000 IL instructions on the instrumented runtime.</summary>
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
        public void FiveHundredByteCodeOfEachUrlAndTextFamilyIsWithinBudget()
        {
            for (int i = 0; i < PayloadFamilies.All.Length; i++)
            {
                string payload = PayloadFamilies.Stretched(i, 500);
                (long instructions, _, string kind) = PayloadCost.Measure(payload);
                Assert.StartsWith(kind, PayloadFamilies.All[i].Family);
                Assert.True(instructions > 0 && instructions <= PayloadCost.Budget, PayloadFamilies.All[i].Family + ": " + instructions);
            }

            (string name, string swish) = PayloadCost.SwishJson(500);
            Assert.Equal(500, swish.Length);
            (long cost, bool accepted, _) = PayloadCost.Measure(swish);
            Assert.True(accepted, name);
            Assert.True(cost > 0 && cost <= PayloadCost.Budget, name + ": " + cost);
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
