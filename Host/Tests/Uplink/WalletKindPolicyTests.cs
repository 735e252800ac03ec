using System.Threading.Tasks;
using GlassesFirmware.Decision;
using GlassesFirmware.Payload;
using GlassesFirmware.Uplink.Client;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// The reference wallet's policy per payload kind of issue 16: a wallet link is resolved like any code, a crypto
    /// code is declined Risk unless the wallet allows crypto, and a code the glasses call not a payment is declined
    /// Other; nothing is booked for a decline.
    /// </summary>
    [Collection(LoopbackPeers.Name)]
    public class WalletKindPolicyTests
    {
        [Theory]
        [InlineData(PayloadKind.WalletUrl, false, WalletOutcome.NeedsConfirmation, DeclineReason.None)]
        [InlineData(PayloadKind.CryptoUri, false, WalletOutcome.Declined, DeclineReason.Risk)]
        [InlineData(PayloadKind.CryptoUri, true, WalletOutcome.NeedsConfirmation, DeclineReason.None)]
        [InlineData(PayloadKind.NotPayment, true, WalletOutcome.Declined, DeclineReason.Other)]
        public async Task EachNewKindHasItsPolicy(PayloadKind kind, bool allowCrypto, WalletOutcome outcome, DeclineReason reason)
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false);
            rig.Policy.AllowCrypto = allowCrypto;
            rig.Pair();
            PaymentRequest request = UplinkRig.Request(amount: 1250, payload: "https://paypal.me/klhui/12.50EUR");
            request.Kind = kind;

            WalletEvent resolved = rig.Submit(request);

            Assert.Equal(outcome, resolved.Outcome);
            Assert.Equal(reason, resolved.Reason);
            Assert.Equal(0, rig.Peer.Store.LedgerCount());
        }
    }
}
