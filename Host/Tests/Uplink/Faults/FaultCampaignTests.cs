using System.IO;
using GlassesFirmware.Host.WalletPeer.Faults;
using Xunit;
using Xunit.Abstractions;

namespace GlassesFirmware.Host.Tests.Uplink.Faults
{
    /// <summary>
    /// The seeded fault campaign's fixed test-run subset (docs/wallet-peer.md, "Fault campaign"): the runtime's
    /// WalletClient against the wallet's protocol through dropped, duplicated, reordered, delayed, cut and corrupted
    /// fragments and HTTPS exchanges, disconnects, wallet restarts and power cuts, in simulated time. Every invariant
    /// must hold in every scenario, and every fault kind must have struck. 10,000 scenarios:
    /// <c>dotnet run -c Release --project Host/WalletPeer -- faults --scenarios 10000</c>.
    /// </summary>
    public class FaultCampaignTests
    {
        private const int Scenarios = 300;
        private readonly ITestOutputHelper _output;

        public FaultCampaignTests(ITestOutputHelper output) => _output = output;

        [Theory]
        [InlineData(43)]   // HTTPS, one response with a flipped bit
        [InlineData(88)]   // HTTPS, one response cut short
        public void ADamagedHttpsAnswerFailsTheAttemptInsteadOfWaitingForever(int seed)
        {
            // The client took a 200 body that does not open as "not the answer" and waited for another, which HTTPS
            // never sends: the payment hung with no event at all.
            string directory = Directory.CreateTempSubdirectory("fault-scenario-").FullName;
            try
            {
                ScenarioResult result = FaultScenario.Run(seed, directory);
                Assert.True(result.Injected[(int)FaultKind.HttpCorrupt] + result.Injected[(int)FaultKind.HttpTruncate] > 0);
                Assert.Empty(result.Violations);
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        [Fact]
        public void EveryInvariantHoldsInTheSeededScenarios()
        {
            FaultCampaign campaign = FaultCampaign.Run(1, Scenarios);
            StringWriter table = new StringWriter();
            campaign.Print(table);
            _output.WriteLine(table.ToString());

            Assert.True(campaign.AllHeld, table.ToString());
            Assert.All(campaign.ScenariosWith, scenarios => Assert.True(scenarios > 0, table.ToString()));
            Assert.True(campaign.Approved > 0 && campaign.AskedAgain > 0 && campaign.Reboots > 0, table.ToString());
        }
    }
}
