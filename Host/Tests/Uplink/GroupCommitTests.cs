using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Uplink.Framing;
using GlassesFirmware.Uplink.Messages;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// The peer's group commit (docs/wallet-peer.md): messages that arrive while a batch is being made durable share
    /// the next transaction, and each message in a batch is still all-or-nothing on its own.
    /// </summary>
    [Collection(LoopbackPeers.Name)]
    public class GroupCommitTests
    {
        [Fact]
        public async Task MessagesThatArriveDuringACommitShareTheNextTransaction()
        {
            await using UplinkRig rig = await PairedAsync();
            HandSealedGlasses glasses = HandSealedGlasses.Paired(rig.Store);
            ulong counter = rig.Client.Counters.LastSent + 1000;
            byte[][] hellos = Enumerable.Range(1, 8).Select(i => glasses.Route(HandSealedGlasses.Message(MessageType.Hello), counter + (ulong)i)).ToArray();
            SerializedProtocol serialized = new SerializedProtocol(rig.Peer.Protocol);
            List<Task<PeerAnswer>> later = new List<Task<PeerAnswer>>();
            // The other seven arrive while the first one's batch holds the gate (after its commit, before its answer).
            rig.Peer.Protocol.AfterCommit = _ =>
            {
                if (later.Count == 0)
                {
                    later.AddRange(hellos.Skip(1).Select(hello => serialized.HandleAsync(hello)));
                }
            };
            long before = rig.Peer.Protocol.BatchesCommitted;

            PeerAnswer first = await serialized.HandleAsync(hellos[0]);
            PeerAnswer[] rest = await Task.WhenAll(later);

            Assert.Equal(2, rig.Peer.Protocol.BatchesCommitted - before);
            foreach (PeerAnswer answer in rest.Prepend(first))
            {
                Assert.Equal(MessageType.Challenge, glasses.Open(answer).Type);
            }
        }

        [Fact]
        public async Task ARefusedMessageInABatchUndoesOnlyItsOwnEffects()
        {
            await using UplinkRig rig = await PairedAsync();
            HandSealedGlasses glasses = HandSealedGlasses.Paired(rig.Store);
            ulong counter = rig.Client.Counters.LastSent + 1000;
            PeerMessage[] batch =
            {
                new PeerMessage(glasses.Route(HandSealedGlasses.Message(MessageType.Hello), counter), null),
                new PeerMessage(glasses.Route(new byte[] { 0xa1, 0x00 }, counter + 1), null),
                new PeerMessage(glasses.Route(HandSealedGlasses.Message(MessageType.Hello), counter + 1), null),
                new PeerMessage(glasses.Route(HandSealedGlasses.Message(MessageType.Hello), counter), null),
            };

            rig.Peer.Protocol.HandleBatch(batch);

            Assert.Equal(MessageType.Challenge, glasses.Open(batch[0].Result()).Type);
            Assert.Equal(WireError.Malformed, glasses.ErrorOf(batch[1].Result()));
            // The malformed message's counter was undone with it; the first Hello's counter was kept.
            Assert.Equal(MessageType.Challenge, glasses.Open(batch[2].Result()).Type);
            Assert.Equal(WireError.Replayed, glasses.ErrorOf(batch[3].Result()));
        }

        [Fact]
        public async Task ClosingWaitsForTheBatchInHandAndRefusesLaterMessages()
        {
            // A stopping peer closes its database through CloseAsync: a connection still in a batch finishes it first.
            await using UplinkRig rig = await PairedAsync();
            HandSealedGlasses glasses = HandSealedGlasses.Paired(rig.Store);
            ulong counter = rig.Client.Counters.LastSent + 1000;
            SerializedProtocol serialized = new SerializedProtocol(rig.Peer.Protocol);
            using SemaphoreSlim entered = new SemaphoreSlim(0);
            using SemaphoreSlim release = new SemaphoreSlim(0);
            rig.Peer.Protocol.AfterCommit = _ =>
            {
                entered.Release();
                release.Wait();
            };
            Task<PeerAnswer> inHand = Task.Run(() => serialized.HandleAsync(glasses.Route(HandSealedGlasses.Message(MessageType.Hello), counter)));
            Assert.True(await entered.WaitAsync(TimeSpan.FromSeconds(10)));

            bool closed = false;
            Task closing = serialized.CloseAsync(() => closed = true);
            await Task.Delay(200);
            Assert.False(closed);
            release.Release();
            await closing;
            Assert.True(closed);
            Assert.Equal(MessageType.Challenge, glasses.Open(await inHand).Type);

            rig.Peer.Protocol.AfterCommit = null;
            await Assert.ThrowsAsync<ObjectDisposedException>(() =>
                serialized.HandleAsync(glasses.Route(HandSealedGlasses.Message(MessageType.Hello), counter + 1)));
        }

        private static async Task<UplinkRig> PairedAsync()
        {
            UplinkRig rig = await UplinkRig.StartAsync(false, true);
            rig.Pair();
            return rig;
        }
    }
}
