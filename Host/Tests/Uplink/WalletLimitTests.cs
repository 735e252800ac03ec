using System.Text;
using System.Threading.Tasks;
using GlassesFirmware.Decision;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Uplink.Client;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// The reference wallet's spending limit applies to the amount it would book, whatever its source: the code's
    /// amount, the amount on the wallet's records, the amount the wearer spoke. Over the limit the request is declined
    /// Limit as soon as that amount is known (no readback of a payment the wallet will refuse), and nothing is booked.
    /// The rig's limit is 50000 minor units.
    /// </summary>
    [Collection(LoopbackPeers.Name)]
    public class WalletLimitTests
    {
        [Fact]
        public async Task CodeAmountOverTheLimitIsDeclinedBeforeAnyReadback()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false);
            rig.Pair();
            PaymentRequest request = UplinkRig.Request(amount: 90_000);

            WalletEvent resolved = rig.Submit(request);

            AssertDeclinedLimit(resolved);
            // Glasses that authorize anyway get the same decline.
            AssertDeclinedLimit(AuthorizeAnyway(rig, request, resolved));
            Assert.Equal(0, rig.Peer.Store.LedgerCount());
        }

        [Fact]
        public async Task AmountOnTheWalletsRecordsOverTheLimitIsDeclined()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(false, true);
            rig.Pair();
            // The code says 12.50; the wallet's records raise the bill to 999,999.99.
            rig.Policy.ResolvedAmounts["Cafe Alpha"] = 99_999_999;

            AssertDeclinedLimit(rig.Submit(UplinkRig.Request(amount: 1250)));
            Assert.Equal(0, rig.Peer.Store.LedgerCount());
        }

        [Fact]
        public async Task AmountOnTheWalletsRecordsIsWhatIsReadBackAndBooked()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false);
            rig.Pair();
            rig.Policy.ResolvedAmounts["Cafe Alpha"] = 4_000;
            PaymentRequest request = UplinkRig.Request(amount: 1250);

            WalletEvent resolved = rig.Submit(request);

            Assert.Equal(WalletOutcome.NeedsConfirmation, resolved.Outcome);
            Assert.Equal(4_000, resolved.AmountMinor);
            Assert.Equal(WalletOutcome.Approved, rig.Confirm(request, "YES", resolved).Outcome);
            Assert.Equal(4_000L, rig.Peer.Store.Scalar("SELECT amount FROM ledger"));
        }

        [Fact]
        public async Task SpokenAmountOverTheLimitIsDeclined()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false);
            rig.Pair();
            PaymentRequest request = UplinkRig.Request(amount: -1);
            request.Dynamic = false;
            Assert.Equal(WalletOutcome.NeedsAmount, rig.Submit(request).Outcome);
            byte[] amount = Encoding.ASCII.GetBytes("99999999");
            Assert.Equal(WalletCallStatus.Queued, rig.Client.SendVoice(request.RequestId, VoicePurpose.Amount, 0, amount, 0, amount.Length, true));

            WalletEvent resolved = rig.Submit(request);

            AssertDeclinedLimit(resolved);
            AssertDeclinedLimit(AuthorizeAnyway(rig, request, resolved));
            Assert.Equal(0, rig.Peer.Store.LedgerCount());
        }

        [Fact]
        public async Task EachCurrencyHasItsOwnLimit()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false);
            rig.Pair();
            Assert.True(rig.Policy.TrySetLimit("SGD=2000"));

            AssertDeclinedLimit(rig.Submit(UplinkRig.Request(amount: 2_500, payload: "SGD")));
            PaymentRequest dollars = UplinkRig.Request(amount: 2_500, payload: "USD");
            dollars.CurrencyNumeric = 840;
            Assert.Equal(WalletOutcome.Approved, rig.Pay(dollars).Outcome);
            Assert.Equal(1, rig.Peer.Store.LedgerCount());
        }

        [Fact]
        public async Task LimitIsCheckedAgainAtTheAuthorization()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false);
            rig.Pair();
            PaymentRequest request = UplinkRig.Request(amount: 1250);
            WalletEvent resolved = rig.Submit(request);
            Assert.Equal(WalletOutcome.NeedsConfirmation, resolved.Outcome);
            rig.Policy.LimitMinor = 1_000;

            AssertDeclinedLimit(rig.Confirm(request, "YES", resolved));
            Assert.Equal(0, rig.Peer.Store.LedgerCount());
        }

        [Theory]
        [InlineData("5000", true, 0, 5000)]
        [InlineData("SGD=700", true, 702, 700)]
        [InlineData("sgd=700", true, 702, 700)]
        [InlineData("840=900", true, 840, 900)]
        [InlineData("XYZ=1", false, 0, 0)]
        [InlineData("SGD=", false, 0, 0)]
        [InlineData("-5", false, 0, 0)]
        [InlineData("lots", false, 0, 0)]
        public void LimitOptionsAreParsed(string option, bool ok, int currency, long minor)
        {
            var policy = new DecisionPolicy();
            Assert.Equal(ok, policy.TrySetLimit(option));
            if (!ok)
            {
                Assert.Equal(100_000, policy.LimitMinor);
                Assert.Empty(policy.CurrencyLimits);
            }
            else
            {
                Assert.Equal(minor, policy.LimitFor(currency == 0 ? 978 : currency));
            }
        }

        // A stage-1 authorization by button for a request the wallet already declined.
        private static WalletEvent AuthorizeAnyway(UplinkRig rig, PaymentRequest request, WalletEvent resolved)
        {
            Assert.Equal(WalletCallStatus.Queued, rig.Client.Confirm(request.RequestId, ConfirmationMethod.Button, "Pay " + resolved.AmountMinor));
            return rig.Decision(request.RequestId);
        }

        private static void AssertDeclinedLimit(WalletEvent decision)
        {
            Assert.Equal(WalletEventKind.Decision, decision.Kind);
            Assert.Equal(WalletOutcome.Declined, decision.Outcome);
            Assert.Equal(DeclineReason.Limit, decision.Reason);
        }
    }
}
