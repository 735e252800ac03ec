using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using GlassesFirmware.Decision;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// No (key, counter) pair seals two plaintexts (protocol.md 4.2): every answer the wallet seals under one
    /// pairing's keys, refusals of pairing attempts included, takes a counter above every one before it; and pairing
    /// again while paired leaves the pairing in force whole until the new one replaces it.
    /// </summary>
    [Collection(LoopbackPeers.Name)]
    public class WalletCounterUniquenessTests
    {
        [Fact]
        public async Task EveryAnswerUnderAnOffersKeysTakesANewWalletCounter()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(false, true);
            HandSealedGlasses glasses = HandSealedGlasses.FromQr(rig.Peer.CreatePairingText());
            List<ulong> counters = new List<ulong>();
            UplinkMessage hello = HandSealedGlasses.Message(MessageType.PairHello);
            RandomNumberGenerator.Fill(hello.Nonces.Glasses);
            UplinkMessage otherHello = HandSealedGlasses.Message(MessageType.PairHello);
            RandomNumberGenerator.Fill(otherHello.Nonces.Glasses);
            UplinkMessage wrongFinish = HandSealedGlasses.Message(MessageType.PairFinish);
            RandomNumberGenerator.Fill(wrongFinish.Nonces.Wallet);

            Assert.Equal(WireError.PairingRefused, Refusal(rig, glasses, glasses.Route(wrongFinish, 2), counters));
            UplinkMessage proof = Answer(rig, glasses, glasses.Route(hello, 1), counters);
            Assert.Equal(MessageType.PairProof, proof.Type);
            Assert.Equal(WireError.PairingRefused, Refusal(rig, glasses, glasses.Route(wrongFinish, 2), counters));
            Assert.Equal(WireError.PairingRefused, Refusal(rig, glasses, glasses.Route(otherHello, 1), counters));
            UplinkMessage finish = HandSealedGlasses.Message(MessageType.PairFinish);
            proof.Nonces.Wallet.CopyTo(finish.Nonces.Wallet, 0);
            Assert.Equal(MessageType.PairDone, Answer(rig, glasses, glasses.Route(finish, 2), counters).Type);
            Assert.Equal(MessageType.Challenge, Answer(rig, glasses, glasses.Route(HandSealedGlasses.Message(MessageType.Hello), 3), counters).Type);
            Assert.Equal(MessageType.Ack, Answer(rig, glasses, glasses.Route(HandSealedGlasses.Message(MessageType.Unpair), 4), counters).Type);
            // The used QR scanned again by the same glasses: a sealed refusal, under the same keys, at a new counter.
            Assert.Equal(WireError.PairingRefused, Refusal(rig, glasses, glasses.Route(otherHello, 1), counters));

            for (int i = 1; i < counters.Count; i++)
            {
                Assert.True(counters[i] > counters[i - 1], "wallet counters " + string.Join(", ", counters));
            }
        }

        [Fact]
        public async Task PairingAgainWhilePairedLeavesThePairingInForceWhole()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(false, true);
            rig.Pair();
            byte[] device = rig.Client.DeviceId;
            Assert.Equal(WalletOutcome.Approved, rig.Pay(UplinkRig.Request()).Outcome);

            byte[] qr = Encoding.ASCII.GetBytes(rig.Peer.CreatePairingText());
            Assert.Equal(PairingStatus.Ok, rig.Client.BeginPairing(qr, 0, qr.Length));
            // Until the new pairing is stored, the old one is the one in force, with its device id and secret.
            Assert.Equal(device, rig.Client.DeviceId);
            Assert.Equal(device, HandSealedGlasses.Paired(rig.Store).DeviceId);
            rig.Drive(() => rig.Client.PairingResult != PairingStatus.WrongState);
            Assert.Equal(PairingStatus.Ok, rig.Client.PairingResult);
            Assert.NotEqual(device, rig.Client.DeviceId);
            Assert.Equal(WalletOutcome.Approved, rig.Pay(UplinkRig.Request(payload: "00020101021226OTHER")).Outcome);
        }

        private static UplinkMessage Answer(UplinkRig rig, HandSealedGlasses glasses, byte[] routed, List<ulong> counters)
        {
            PeerAnswer answer = rig.Peer.Protocol.Handle(routed);
            counters.Add(CounterOf(answer.Body));
            return glasses.Open(answer);
        }

        private static WireError Refusal(UplinkRig rig, HandSealedGlasses glasses, byte[] routed, List<ulong> counters)
        {
            PeerAnswer answer = rig.Peer.Protocol.Handle(routed);
            counters.Add(CounterOf(answer.Body));
            return glasses.ErrorOf(answer);
        }

        // The counter of a sealed envelope: uint64be at offset 2 (protocol.md 4.1).
        private static ulong CounterOf(byte[] sealedMessage) => BinaryPrimitives.ReadUInt64BigEndian(sealedMessage.AsSpan(2, 8));
    }
}
