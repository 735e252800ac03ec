using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using GlassesFirmware.Decision;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Uplink.Channel;
using GlassesFirmware.Uplink.Client;
using GlassesFirmware.Uplink.Framing;
using GlassesFirmware.Uplink.Messages;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// The reference wallet refuses what docs/protocol.md says it refuses, and a refused message changes no state
    /// (4.3, 6.4): not the counter, not the challenge, not a pairing offer. Probes are sealed by hand.
    /// </summary>
    [Collection(LoopbackPeers.Name)]
    public class WalletPeerRefusalTests
    {
        private const string Payload = "00020101021226SAMPLE";

        [Fact]
        public async Task APayloadHashThatIsNotThePayloadsIsMalformedAndUsesNoChallenge()
        {
            await using UplinkRig rig = await PairedAsync();
            HandSealedGlasses glasses = HandSealedGlasses.Paired(rig.Store);
            ulong counter = rig.Client.Counters.LastSent + 1000;
            byte[] challenge = Challenge(rig, glasses, ++counter);
            byte[] requestId = RandomNumberGenerator.GetBytes(16);

            byte[] wrongHash = SHA256.HashData(Encoding.ASCII.GetBytes(Payload + "X"));
            PeerAnswer refused = rig.Peer.Protocol.Handle(glasses.Route(HandSealedGlasses.Payment(requestId, Payload, wrongHash), ++counter, challenge));
            Assert.Equal(WireError.Malformed, glasses.ErrorOf(refused));
            Assert.Equal(0L, (long)rig.Peer.Store.Scalar("SELECT COUNT(*) FROM requests"));

            // The challenge was not used up by the refused request, and its counter was not either.
            UplinkMessage decision = glasses.Open(rig.Peer.Protocol.Handle(glasses.Route(HandSealedGlasses.Payment(requestId, Payload), counter, challenge)));
            Assert.Equal(MessageType.Decision, decision.Type);
            Assert.Equal((int)WalletOutcome.NeedsConfirmation, decision.Decision.Outcome);
        }

        [Fact]
        public async Task AMalformedMessageLeavesItsCounterUnused()
        {
            await using UplinkRig rig = await PairedAsync();
            HandSealedGlasses glasses = HandSealedGlasses.Paired(rig.Store);
            ulong counter = rig.Client.Counters.LastSent + 1000;
            Assert.Equal(WireError.Malformed, glasses.ErrorOf(rig.Peer.Protocol.Handle(glasses.Route(new byte[] { 0xa1, 0x00 }, counter))));
            Assert.Equal(MessageType.Challenge, glasses.Open(rig.Peer.Protocol.Handle(glasses.Route(HandSealedGlasses.Message(MessageType.Hello), counter))).Type);
            Assert.Equal(WireError.Replayed, glasses.ErrorOf(rig.Peer.Protocol.Handle(glasses.Route(HandSealedGlasses.Message(MessageType.Hello), counter))));
        }

        [Fact]
        public async Task AStatusSealedForAChallengeIsBadSealAndLeavesItsCounterUnused()
        {
            await using UplinkRig rig = await PairedAsync();
            HandSealedGlasses glasses = HandSealedGlasses.Paired(rig.Store);
            ulong counter = rig.Client.Counters.LastSent + 1000;
            byte[] challenge = Challenge(rig, glasses, ++counter);
            byte[] requestId = RandomNumberGenerator.GetBytes(16);
            UplinkMessage status = HandSealedGlasses.Message(MessageType.Status, requestId);
            Assert.Equal(WireError.BadSeal, glasses.ErrorOf(rig.Peer.Protocol.Handle(glasses.Route(status, ++counter, challenge))));
            UplinkMessage decision = glasses.Open(rig.Peer.Protocol.Handle(glasses.Route(status, counter)));
            Assert.Equal((int)WalletOutcome.Unknown, decision.Decision.Outcome);
        }

        [Fact]
        public async Task BadSealRepliesToTheCounterTheHeaderClaims()
        {
            await using UplinkRig rig = await PairedAsync();
            HandSealedGlasses glasses = HandSealedGlasses.Paired(rig.Store);
            byte[] routed = glasses.Route(HandSealedGlasses.Message(MessageType.Hello), 77_777);
            routed[^1] ^= 0x01;
            UplinkMessage error = glasses.Open(rig.Peer.Protocol.Handle(routed));
            Assert.Equal(WireError.BadSeal, error.ErrorCode);
            Assert.Equal(77_777UL, error.ReplyTo);

            // An envelope too short to claim a counter: reply-to 0. Neither moved the counter.
            byte[] shortEnvelope = RoutedEnvelope.Wrap(glasses.DeviceId, new byte[] { 0x01, 0x01, 0x00 });
            error = glasses.Open(rig.Peer.Protocol.Handle(shortEnvelope));
            Assert.Equal(WireError.BadSeal, error.ErrorCode);
            Assert.Equal(0UL, error.ReplyTo);
            Assert.Equal(MessageType.Challenge, glasses.Open(rig.Peer.Protocol.Handle(glasses.Route(HandSealedGlasses.Message(MessageType.Hello), 77_777))).Type);
        }

        [Theory]
        [InlineData("")]
        [InlineData("00")]
        [InlineData("0001020304")]
        [InlineData("10d0d1d2")]
        public async Task ARouteThatCannotBeSplitIsUnknownDevice(string hex)
        {
            await using UplinkRig rig = await PairedAsync();
            Assert.Equal(FramingError.UnknownDevice, rig.Peer.Protocol.Handle(System.Convert.FromHexString(hex)).Refusal);
        }

        [Fact]
        public async Task UnknownDevicesGetTheSameRefusalWhetherOrNotAPairingIsInProgress()
        {
            await using UplinkRig rig = await PairedAsync();
            HandSealedGlasses stranger = new HandSealedGlasses(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(16), RandomNumberGenerator.GetBytes(16));
            byte[] hello = stranger.Route(HandSealedGlasses.Message(MessageType.Hello), 5);
            HandSealedGlasses unpaired = HandSealedGlasses.Paired(rig.Store);
            Assert.Equal(MessageType.Ack, unpaired.Open(rig.Peer.Protocol.Handle(unpaired.Route(HandSealedGlasses.Message(MessageType.Unpair), 4000))).Type);
            byte[] afterUnpair = unpaired.Route(HandSealedGlasses.Message(MessageType.Hello), 5000);

            Assert.Equal(HttpStatusCode.NotFound, await PostAsync(rig, hello));
            Assert.Equal(HttpStatusCode.NotFound, await PostAsync(rig, afterUnpair));
            rig.Peer.CreatePairingText();
            Assert.Equal(HttpStatusCode.NotFound, await PostAsync(rig, hello));
            Assert.Equal(HttpStatusCode.NotFound, await PostAsync(rig, afterUnpair));
            Assert.Equal(FramingError.UnknownDevice, rig.Peer.Protocol.Handle(afterUnpair).Refusal);
        }

        [Fact]
        public async Task AUsedPairingQrGetsASealedPairingRefused()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(false, true);
            string text = rig.Peer.CreatePairingText();
            byte[] qr = Encoding.ASCII.GetBytes(text);
            rig.Client.BeginPairing(qr, 0, qr.Length);
            rig.Drive(() => rig.Client.PairingResult != GlassesFirmware.Uplink.Pairing.PairingStatus.WrongState);

            HandSealedGlasses late = HandSealedGlasses.FromQr(text);
            UplinkMessage pairHello = HandSealedGlasses.Message(MessageType.PairHello);
            RandomNumberGenerator.Fill(pairHello.Nonces.Glasses);
            Assert.Equal(WireError.PairingRefused, late.ErrorOf(rig.Peer.Protocol.Handle(late.Route(pairHello, 1))));
        }

        [Fact]
        public async Task AWrongPairFinishIsRefusedAndLeavesItsOfferUsable()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(false, true);
            HandSealedGlasses glasses = HandSealedGlasses.FromQr(rig.Peer.CreatePairingText());
            UplinkMessage pairHello = HandSealedGlasses.Message(MessageType.PairHello);
            RandomNumberGenerator.Fill(pairHello.Nonces.Glasses);
            UplinkMessage proof = glasses.Open(rig.Peer.Protocol.Handle(glasses.Route(pairHello, 1)));
            Assert.Equal(MessageType.PairProof, proof.Type);

            UplinkMessage wrong = HandSealedGlasses.Message(MessageType.PairFinish);
            RandomNumberGenerator.Fill(wrong.Nonces.Wallet);
            Assert.Equal(WireError.PairingRefused, glasses.ErrorOf(rig.Peer.Protocol.Handle(glasses.Route(wrong, 2))));

            UplinkMessage finish = HandSealedGlasses.Message(MessageType.PairFinish);
            proof.Nonces.Wallet.CopyTo(finish.Nonces.Wallet, 0);
            Assert.Equal(MessageType.PairDone, glasses.Open(rig.Peer.Protocol.Handle(glasses.Route(finish, 2))).Type);
        }

        [Fact]
        public async Task AnotherDevicesRequestIdIsAnotherRequest()
        {
            await using UplinkRig rig = await PairedAsync();
            PaymentRequest first = UplinkRig.Request();
            Assert.Equal(WalletOutcome.Approved, rig.Pay(first).Outcome);

            // Other glasses (a new pairing, a new device id) present the same dynamic code under the same request id.
            rig.NewClient();
            Assert.True(rig.Client.Unpair());
            rig.Pair();
            PaymentRequest second = UplinkRig.Request();
            first.RequestId.CopyTo(second.RequestId, 0);
            WalletEvent decision = rig.Submit(second);
            Assert.Equal(WalletOutcome.Declined, decision.Outcome);
            Assert.Equal(1, rig.Peer.Store.LedgerCount());
        }

        // A fresh challenge from the wallet (a Hello sealed at `counter`).
        private static byte[] Challenge(UplinkRig rig, HandSealedGlasses glasses, ulong counter) =>
            glasses.Open(rig.Peer.Protocol.Handle(glasses.Route(HandSealedGlasses.Message(MessageType.Hello), counter))).Challenge;

        private static async Task<UplinkRig> PairedAsync()
        {
            UplinkRig rig = await UplinkRig.StartAsync(false, true);
            rig.Pair();
            return rig;
        }

        private static async Task<HttpStatusCode> PostAsync(UplinkRig rig, byte[] body)
        {
            using HttpClientHandler handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
            using HttpClient http = new HttpClient(handler);
            using ByteArrayContent content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, rig.Peer.HttpsEndpoint + "v1/uplink") { Content = content };
            request.Headers.Add("Idempotency-Key", "probe");
            using HttpResponseMessage response = await http.SendAsync(request);
            return response.StatusCode;
        }
    }
}
