using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using GlassesFirmware.Decision;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Uplink.Channel;
using GlassesFirmware.Uplink.Client;
using GlassesFirmware.Uplink.Framing;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;
using GlassesFirmware.Uplink.Sealing;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// The glasses' runtime client against the reference wallet on 127.0.0.1, over the loopback frame link (the
    /// BLE framing) and over HTTPS with the pinned self-signed anchor: pairing, payment, lost answers and retries on
    /// the same and the other transport, replays and rollbacks, tampering, a wallet restarted mid-request.
    /// </summary>
    [Collection(LoopbackPeers.Name)]
    public class UplinkEndToEndTests
    {
        [Theory]
        [InlineData(true, false)]
        [InlineData(false, true)]
        public async Task PairsAndPaysOverEachTransport(bool frames, bool https)
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(frames, https);
            rig.Pair();
            Assert.True(rig.Store.Contains(PairingRecord.RecordName));

            PaymentRequest request = UplinkRig.Request();
            WalletEvent resolved = rig.Submit(request);
            Assert.Equal(WalletOutcome.NeedsConfirmation, resolved.Outcome);
            Assert.Equal("Cafe Alpha Pte Ltd", resolved.ResolvedPayee);
            Assert.Equal(1250, resolved.AmountMinor);
            Assert.Equal(702, resolved.CurrencyNumeric);

            WalletEvent decision = rig.Confirm(request, "YES", resolved);
            Assert.Equal(WalletEventKind.Decision, decision.Kind);
            Assert.Equal(WalletOutcome.Approved, decision.Outcome);
            Assert.Equal(1, rig.Peer.Store.LedgerCount(rig.Client.DeviceId, request.RequestId));

            // The same single-use code under a new request id is refused as already paid.
            PaymentRequest again = UplinkRig.Request();
            Assert.Equal(WalletOutcome.Declined, rig.Submit(again).Outcome);
        }

        [Theory]
        [InlineData(true, false)]
        [InlineData(false, true)]
        public async Task VoiceAndLimitsDecline(bool frames, bool https)
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(frames, https);
            rig.Pair();
            WalletEvent impostor = rig.Pay(UplinkRig.Request(payload: "A"), "IMPOSTOR");
            Assert.Equal(WalletOutcome.Declined, impostor.Outcome);
            Assert.Equal(DeclineReason.VoiceMismatch, impostor.Reason);
            // Over the limit: declined as soon as the amount is known, before any readback.
            WalletEvent limit = rig.Submit(UplinkRig.Request(amount: 90_000, payload: "B"));
            Assert.Equal(WalletOutcome.Declined, limit.Outcome);
            Assert.Equal(DeclineReason.Limit, limit.Reason);
            Assert.Equal(0, rig.Peer.Store.LedgerCount());
        }

        [Fact]
        public async Task SmallVoiceBlocksAreJoinedAndReachTheWalletWhole()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false);
            rig.Pair();
            PaymentRequest request = UplinkRig.Request();
            WalletEvent resolved = rig.Submit(request);
            // 60 blocks of 164 bytes in one burst (the session's 20 ms ADPCM blocks, pre-roll included): none refused.
            for (int i = 0; i < 60; i++)
            {
                byte[] block = new byte[164];
                if (i == 41)
                {
                    Encoding.ASCII.GetBytes("IMPOSTOR").CopyTo(block, 100);
                }

                Assert.Equal(WalletCallStatus.Queued, rig.Client.SendVoice(request.RequestId, VoicePurpose.Confirmation, i, block, 0, block.Length, i == 59));
            }

            Assert.Equal(WalletCallStatus.Queued, rig.Client.Confirm(request.RequestId, ConfirmationMethod.Voice, "Pay"));
            WalletEvent decision = rig.Decision(request.RequestId);
            // The marker in block 41 reached the wallet inside one contiguous utterance.
            Assert.Equal(DeclineReason.VoiceMismatch, decision.Reason);
        }

        [Fact]
        public async Task SpokenAmountResolvesAStaticCode()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false);
            rig.Pair();
            PaymentRequest request = UplinkRig.Request(amount: -1);
            request.Dynamic = false;
            Assert.Equal(WalletOutcome.NeedsAmount, rig.Submit(request).Outcome);
            byte[] amount = Encoding.ASCII.GetBytes("990");
            Assert.Equal(WalletCallStatus.Queued, rig.Client.SendVoice(request.RequestId, VoicePurpose.Amount, 0, amount, 0, amount.Length, true));
            WalletEvent resolved = rig.Submit(request);
            Assert.Equal(WalletOutcome.NeedsConfirmation, resolved.Outcome);
            Assert.Equal(990, resolved.AmountMinor);
            Assert.Equal(WalletOutcome.Approved, rig.Confirm(request, "YES", resolved).Outcome);
        }

        [Theory]
        [InlineData(true, false)]   // BLE framing, answer lost, retried over BLE
        [InlineData(false, true)]   // HTTPS, response lost, retried over HTTPS
        [InlineData(true, true)]    // answer lost over BLE, retried over HTTPS
        public async Task LostAnswerThenRetryGivesTheSameDecisionAndOneLedgerEntry(bool frames, bool https)
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(frames, https);
            rig.Pair();
            PaymentRequest request = UplinkRig.Request();
            WalletEvent resolved = rig.Submit(request);
            int authorizations = 0;
            rig.Peer.Protocol.AfterCommit = type =>
            {
                if (type == MessageType.PaymentRequest && ++authorizations == 1)
                {
                    // The wallet decided and booked; its answer never reaches the glasses.
                    if (frames)
                    {
                        rig.FrameLink.DropFrames = 1;
                    }
                    else
                    {
                        rig.Https.DropResponses = 1;
                    }
                }
            };
            WalletEvent decision = rig.Confirm(request, "YES", resolved);
            Assert.Equal(WalletOutcome.Approved, decision.Outcome);
            Assert.True(authorizations >= 2, "the authorization was sent again");
            Assert.Equal(1, rig.Peer.Store.LedgerCount(rig.Client.DeviceId, request.RequestId));
            Assert.Equal(1, rig.Peer.Store.LedgerCount());

            // A status query after a reboot of the glasses gets the same decision.
            rig.NewClient();
            Assert.Equal(WalletCallStatus.Queued, rig.Client.QueryStatus(request.RequestId));
            Assert.Equal(WalletOutcome.Approved, rig.Decision(request.RequestId).Outcome);
        }

        [Theory]
        [InlineData(true, false)]
        [InlineData(false, true)]
        public async Task WhileTheWalletWaitsForItsUserTheGlassesGetKeepalives(bool frames, bool https)
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(frames, https);
            rig.Pair();
            rig.Policy.UserApprovalDelayMs = 1600;
            PaymentRequest request = UplinkRig.Request();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            WalletEvent decision = rig.Pay(request);
            long elapsedMs = clock.ElapsedMilliseconds;
            Assert.Equal(WalletOutcome.Approved, decision.Outcome);
            // BLE: KEEPALIVE frames every 500 ms; HTTPS: a sealed Keepalive, then Status polls every 500 ms.
            // A loaded machine may deliver fewer than the wait allows, never more.
            int keepalives = rig.Events.Count(e => e.Kind == WalletEventKind.Keepalive && e.IsFor(request.RequestId));
            Assert.InRange(keepalives, 1, (int)(elapsedMs / 500) + 2);
            Assert.Equal(1, rig.Peer.Store.LedgerCount());
        }

        [Fact]
        public async Task CancelWhileTheWalletWaitsWithdrawsThePayment()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false);
            rig.Pair();
            rig.Policy.UserApprovalDelayMs = 5000;
            PaymentRequest request = UplinkRig.Request();
            WalletEvent resolved = rig.Submit(request);
            rig.Client.Confirm(request.RequestId, ConfirmationMethod.Button, "Pay");
            rig.Drive(() => rig.Events.Any(e => e.Kind == WalletEventKind.Keepalive));
            Assert.Equal(WalletCallStatus.Queued, rig.Client.Cancel(request.RequestId));
            WalletEvent decision = rig.Decision(request.RequestId);
            Assert.Equal(WalletOutcome.Cancelled, decision.Outcome);
            Assert.Equal(0, rig.Peer.Store.LedgerCount());
        }

        [Fact]
        public async Task PeerRestartedMidRequestAnswersTheRetry()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(false, true);
            rig.Pair();
            PaymentRequest request = UplinkRig.Request();
            WalletEvent resolved = rig.Submit(request);
            rig.Peer.Protocol.AfterCommit = type =>
            {
                if (type == MessageType.PaymentRequest)
                {
                    throw new SimulatedCrashException();
                }
            };
            byte[] voice = Encoding.ASCII.GetBytes("YES");
            rig.Client.SendVoice(request.RequestId, VoicePurpose.Confirmation, 0, voice, 0, voice.Length, true);
            rig.Client.Confirm(request.RequestId, ConfirmationMethod.Voice, "Pay Cafe Alpha Pte Ltd 1250?");
            // Run until the authorization reached the wallet (and killed it), then restart the wallet.
            rig.Drive(() => rig.Peer.Store.LedgerCount() == 1);
            await rig.RestartPeerAsync();
            WalletEvent decision = rig.Decision(request.RequestId);
            Assert.Equal(WalletOutcome.Approved, decision.Outcome);
            Assert.Equal(1, rig.Peer.Store.LedgerCount());
        }

        [Fact]
        public async Task SameRequestIdWithOtherContentIsAConflictAndNeverPays()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false);
            rig.Pair();
            PaymentRequest request = UplinkRig.Request();
            Assert.Equal(WalletOutcome.NeedsConfirmation, rig.Submit(request).Outcome);
            request.AmountMinor = 1;
            WalletEvent conflict = rig.Submit(request);
            Assert.Equal(WalletEventKind.Failed, conflict.Kind);
            Assert.Equal(WireError.Conflict, rig.Client.LastError);
            Assert.Equal(0, rig.Peer.Store.LedgerCount());
        }

        [Fact]
        public async Task ReplayedRolledBackAndTamperedMessagesAreRefusedWithoutStateChange()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(false, true);
            rig.Pair();
            PaymentRequest request = UplinkRig.Request();
            rig.Pay(request);
            byte[][] sent = rig.Https.Posted.ToArray();
            UplinkChannel glasses = GlassesOf(rig);
            long ledger = rig.Peer.Store.LedgerCount();

            // The last message again (replay), and the first after pairing (rollback): Replayed.
            foreach (byte[] old in new[] { sent[^1], sent[2] })
            {
                Assert.Equal(WireError.Replayed, ErrorOf(glasses, rig.Peer.Protocol.Handle(old)));
            }

            // Every flipped byte of a sealed payment request: refused (route byte: unknown device; else BadSeal).
            byte[] payment = sent.First(body => body.Length > 150);
            for (int i = 0; i < payment.Length; i++)
            {
                byte[] tampered = (byte[])payment.Clone();
                tampered[i] ^= 0x01;
                PeerAnswer answer = rig.Peer.Protocol.Handle(tampered);
                if (answer.Body == null)
                {
                    Assert.True(i <= 16, "only a changed route is refused at transport level: " + i);
                    continue;
                }

                WireError error = ErrorOf(glasses, answer);
                Assert.True(error == WireError.BadSeal, "byte " + i + ": " + error);
            }

            Assert.Equal(ledger, rig.Peer.Store.LedgerCount());

            // And the wallet's answers: any flipped byte is refused by the glasses.
            PeerAnswer status = rig.Peer.Protocol.Handle(Seal(rig, glasses, MessageType.Status, request.RequestId));
            for (int i = 0; i < status.Body.Length; i++)
            {
                byte[] tampered = (byte[])status.Body.Clone();
                tampered[i] ^= 0x80;
                Assert.Equal(OpenStatus.BadSeal, glasses.OpenAnswer(tampered, 0, tampered.Length, _lastCounter, new UplinkMessage()));
            }

            UplinkMessage decision = new UplinkMessage();
            Assert.Equal(OpenStatus.Ok, glasses.OpenAnswer(status.Body, 0, status.Body.Length, _lastCounter, decision));
            Assert.Equal((int)WalletOutcome.Approved, decision.Decision.Outcome);
        }

        [Fact]
        public async Task ChallengesAreSingleUse()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(false, true);
            rig.Pair();
            UplinkChannel glasses = GlassesOf(rig);
            UplinkMessage challenge = new UplinkMessage();
            PeerAnswer hello = rig.Peer.Protocol.Handle(Seal(rig, glasses, MessageType.Hello, null));
            Assert.Equal(OpenStatus.Ok, glasses.OpenAnswer(hello.Body, 0, hello.Body.Length, _lastCounter, challenge));
            byte[] first = SealPayment(rig, glasses, challenge.Challenge);
            Assert.NotNull(rig.Peer.Protocol.Handle(first).Body);
            Assert.Equal(WireError.ChallengeUsed, ErrorOf(glasses, rig.Peer.Protocol.Handle(SealPayment(rig, glasses, challenge.Challenge))));
        }

        [Theory]
        [InlineData(1)]   // PairProof lost: the same PairHello gets the same PairProof
        [InlineData(2)]   // PairDone lost: the same PairFinish gets the same PairDone
        public async Task LostPairingAnswersAreAnsweredAgainWithoutANewPairing(int lost)
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false);
            int seen = 0;
            rig.Peer.Protocol.AfterCommit = type =>
            {
                if ((type == MessageType.PairHello || type == MessageType.PairFinish) && ++seen == lost)
                {
                    rig.FrameLink.DropFrames = 1;
                }
            };
            rig.Pair();
            Assert.True(seen >= 2);
            Assert.Equal(0, rig.FrameLink.DropFrames);
            Assert.Equal(1L, (long)rig.Peer.Store.Scalar("SELECT COUNT(*) FROM devices"));
            Assert.Equal(WalletOutcome.NeedsConfirmation, rig.Submit(UplinkRig.Request()).Outcome);
        }

        [Fact]
        public async Task PairingOffersAreSingleUseAndUnpairWipes()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false);
            string text = rig.Peer.CreatePairingText();
            byte[] qr = Encoding.ASCII.GetBytes(text);
            Assert.Equal(PairingStatus.Ok, rig.Client.BeginPairing(qr, 0, qr.Length));
            rig.Drive(() => rig.Client.PairingResult != PairingStatus.WrongState);
            Assert.Equal(PairingStatus.Ok, rig.Client.PairingResult);

            // Other glasses scanning the same (used) QR are refused and store nothing.
            rig.NewClient();
            Assert.True(rig.Client.Unpair());
            Assert.Equal(PairingStatus.Ok, rig.Client.BeginPairing(qr, 0, qr.Length));
            rig.Drive(() => rig.Client.PairingResult != PairingStatus.WrongState);
            Assert.Equal(PairingStatus.Refused, rig.Client.PairingResult);
            Assert.False(rig.Store.Contains(PairingRecord.RecordName));
            Assert.False(rig.Client.IsPaired);
            Assert.Equal(WalletCallStatus.NotPaired, rig.Client.Submit(UplinkRig.Request()));
        }

        private ulong _lastCounter;
        private PairingRecord _record;

        // The glasses' channel rebuilt from their stored pairing, continuing above every counter they used.
        private UplinkChannel GlassesOf(UplinkRig rig)
        {
            _record = new PairingRecord();
            Assert.Equal(PairingStatus.Ok, PairingRecord.Load(rig.Store, _record));
            _lastCounter = rig.Client.Counters.LastSent + 1000;
            return new UplinkChannel(new DotNetCryptoPrimitives(), _record.Secret, _record.WalletId, _record.DeviceId, ChannelRole.Glasses, new VolatileCounters(_lastCounter, 0));
        }

        private byte[] Seal(UplinkRig rig, UplinkChannel glasses, MessageType type, byte[] requestId)
        {
            UplinkMessage message = new UplinkMessage();
            message.Reset(type);
            requestId?.CopyTo(message.RequestId, 0);
            Assert.Equal(SealStatus.Ok, glasses.Seal(message, null, out _lastCounter, out byte[] routed));
            return routed;
        }

        private byte[] SealPayment(UplinkRig rig, UplinkChannel glasses, byte[] challenge)
        {
            UplinkMessage message = new UplinkMessage();
            message.Reset(MessageType.PaymentRequest);
            message.Payment.Payee = "Cafe Alpha";
            message.AmountMinor = 100;
            message.CurrencyNumeric = 702;
            System.Security.Cryptography.SHA256.HashData(Array.Empty<byte>()).CopyTo(message.Payment.PayloadHash, 0);
            Assert.Equal(SealStatus.Ok, glasses.Seal(message, challenge.ToArray(), out _lastCounter, out byte[] routed));
            return routed;
        }

        // Opens a wallet answer with the pairing's keys, without the channel's counter and reply-to bookkeeping.
        private WireError ErrorOf(UplinkChannel glasses, PeerAnswer answer)
        {
            Assert.NotNull(answer.Body);
            UplinkChannel fresh = new UplinkChannel(new DotNetCryptoPrimitives(), _record.Secret, _record.WalletId, _record.DeviceId, ChannelRole.Glasses, new VolatileCounters(0, 0));
            UplinkMessage message = new UplinkMessage();
            Assert.Equal(OpenStatus.Ok, fresh.Open(answer.Body, 0, answer.Body.Length, null, message));
            Assert.Equal(MessageType.Error, message.Type);
            return message.ErrorCode;
        }
    }
}
