using System;
using System.Linq;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Uplink.Channel;
using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Sealing;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// The one channel class both ends use: routes, counters from the port, replays and rollbacks, reflected
    /// messages and other pairings, answers that reply to something else; opening never changes state.
    /// </summary>
    public class UplinkChannelTests
    {
        private static readonly ICryptoPrimitives Crypto = new DotNetCryptoPrimitives();
        private static readonly byte[] Secret = Range(0x00, 32);
        private static readonly byte[] WalletId = Range(0xA0, 16);
        private static readonly byte[] DeviceId = Range(0xD0, 16);
        private static readonly byte[] Challenge = Range(0xC0, 16);

        [Fact]
        public void GlassesSealRoutedUnderThePortsCountersAndTheWalletOpensWithTheChallengeItIssued()
        {
            VolatileCounters counters = new VolatileCounters(41, 0);
            UplinkChannel glasses = Glasses(counters);
            UplinkChannel wallet = Wallet(new VolatileCounters(0, 0));
            Assert.Equal(SealStatus.Ok, glasses.Seal(Message(MessageType.PaymentRequest, 0), Challenge, out ulong counter, out byte[] routed));
            Assert.Equal(42UL, counter);
            Assert.Equal(42UL, counters.LastSent);

            Assert.True(RoutedEnvelope.TryRead(routed, 0, routed.Length, out int idStart, out int idLength, out int envelope));
            Assert.Equal(DeviceId, routed.AsSpan(idStart, idLength).ToArray());
            UplinkMessage opened = new UplinkMessage();
            byte[] other = (byte[])Challenge.Clone();
            other[0] ^= 1;
            Assert.Equal(OpenStatus.Ok, wallet.Open(routed, envelope, routed.Length - envelope, new[] { other, Challenge }, opened));
            Assert.Equal(1, wallet.LastAssociatedData);
            Assert.Equal(42UL, wallet.LastCounter);
            Assert.Equal(MessageType.PaymentRequest, opened.Type);

            // Without the challenge it was sealed for, it does not open.
            Assert.Equal(OpenStatus.BadSeal, wallet.Open(routed, envelope, routed.Length - envelope, new[] { other }, opened));
            Assert.Equal(SealStatus.TagMismatch, wallet.LastSealStatus);
            Assert.Equal(-1, wallet.LastAssociatedData);
            Assert.Equal(MessageType.None, opened.Type);
        }

        [Fact]
        public void WalletAnswersAreBareEnvelopesAndCountOnlyWhenTheyReplyToTheMessageInFlight()
        {
            UplinkChannel glasses = Glasses(new VolatileCounters(0, 0));
            UplinkChannel wallet = Wallet(new VolatileCounters(6, 0));
            Assert.Equal(SealStatus.Ok, wallet.Seal(Message(MessageType.Decision, 5), null, out ulong counter, out byte[] answer));
            Assert.Equal(7UL, counter);
            Assert.Equal(MessageSealer.Version, answer[0]);

            UplinkMessage into = new UplinkMessage();
            Assert.Equal(OpenStatus.NotTheAnswer, glasses.OpenAnswer(answer, 0, answer.Length, 4, into));
            Assert.Equal(MessageType.None, into.Type);
            Assert.Equal(OpenStatus.Ok, glasses.OpenAnswer(answer, 0, answer.Length, 5, into));
            Assert.Equal(MessageType.Decision, into.Type);

            // A glasses-to-wallet type is never an answer, whatever it replies to.
            Assert.Equal(SealStatus.Ok, wallet.Seal(Message(MessageType.Status, 5), null, out _, out byte[] status));
            Assert.Equal(OpenStatus.NotTheAnswer, glasses.OpenAnswer(status, 0, status.Length, 5, into));
        }

        [Fact]
        public void ReplaysAndRollbacksAreRefusedOnceTheCallerRecordedTheCounter()
        {
            UplinkChannel glasses = Glasses(new VolatileCounters(9, 0));
            VolatileCounters received = new VolatileCounters(0, 0);
            UplinkChannel wallet = Wallet(received);
            byte[] tenth = Envelope(glasses);
            byte[] eleventh = Envelope(glasses);
            UplinkMessage into = new UplinkMessage();

            // Opening changes nothing: until the caller accepts the message, it opens again.
            Assert.Equal(OpenStatus.Ok, wallet.Open(eleventh, 0, eleventh.Length, null, into));
            Assert.Equal(OpenStatus.Ok, wallet.Open(eleventh, 0, eleventh.Length, null, into));
            received.Received(wallet.LastCounter);

            Assert.Equal(OpenStatus.Replayed, wallet.Open(eleventh, 0, eleventh.Length, null, into));
            Assert.Equal(SealStatus.Replayed, wallet.LastSealStatus);
            Assert.Equal(11UL, wallet.LastCounter);
            Assert.Equal(MessageType.None, into.Type);
            Assert.Equal(OpenStatus.Replayed, wallet.Open(tenth, 0, tenth.Length, null, into));

            // Restored from a stored high-water mark, the wallet keeps refusing them.
            UplinkChannel restarted = Wallet(new VolatileCounters(0, 11));
            Assert.Equal(OpenStatus.Replayed, restarted.Open(tenth, 0, tenth.Length, null, into));
        }

        [Fact]
        public void APortCounterOfZeroOrNotAboveTheLastSealedIsRefused()
        {
            StuckCounters stuck = new StuckCounters { Next = 0 };
            UplinkChannel glasses = Glasses(stuck);
            UplinkMessage message = Message(MessageType.Status, 0);
            Assert.Equal(SealStatus.InvalidCounter, glasses.Seal(message, null, out _, out byte[] routed));
            Assert.Null(routed);

            stuck.Next = 3;
            Assert.Equal(SealStatus.Ok, glasses.Seal(message, null, out _, out _));
            Assert.Equal(SealStatus.CounterReuse, glasses.Seal(message, null, out _, out routed));
            Assert.Null(routed);
            stuck.Next = 2;
            Assert.Equal(SealStatus.CounterReuse, glasses.Seal(message, null, out _, out _));

            // A port that cannot reserve (storage failure) stops the message.
            stuck.Fail = true;
            Assert.Equal(SealStatus.InvalidCounter, glasses.Seal(message, null, out ulong counter, out routed));
            Assert.Equal(0UL, counter);
            Assert.Null(routed);
        }

        [Fact]
        public void ReflectedMessagesOtherPairingsTamperingAndWipedKeysAreRefused()
        {
            UplinkChannel glasses = Glasses(new VolatileCounters(0, 0));
            UplinkMessage into = new UplinkMessage();
            byte[] envelope = Envelope(glasses);
            Assert.Equal(OpenStatus.BadSeal, glasses.Open(envelope, 0, envelope.Length, null, into));
            Assert.Equal(SealStatus.WrongDirection, glasses.LastSealStatus);

            UplinkChannel stranger = new UplinkChannel(Crypto, Secret, WalletId, Range(0xD1, 16), ChannelRole.Wallet, new VolatileCounters(0, 0));
            Assert.Equal(OpenStatus.BadSeal, stranger.Open(envelope, 0, envelope.Length, null, into));
            Assert.Equal(SealStatus.TagMismatch, stranger.LastSealStatus);

            // A refusal still names the counter the header claims (the wallet's error replies to it).
            Assert.Equal(1UL, stranger.LastCounter);
            Assert.Equal(OpenStatus.BadSeal, stranger.Open(envelope, 0, MessageSealer.HeaderLength - 1, null, into));
            Assert.Equal(0UL, stranger.LastCounter);

            UplinkChannel wallet = Wallet(new VolatileCounters(0, 0));
            Assert.Equal(OpenStatus.Ok, wallet.Open(envelope, 0, envelope.Length, null, into));
            wallet.Wipe();
            Assert.Equal(OpenStatus.BadSeal, wallet.Open(envelope, 0, envelope.Length, null, into));
        }

        [Fact]
        public void AuthenticBytesThatAreNoMessageAreMalformed()
        {
            DirectionKeys keys = KeySchedule.Derive(Crypto, Secret, WalletId, DeviceId, SealDirection.GlassesToWallet);
            Assert.Equal(SealStatus.Ok, MessageSealer.Seal(Crypto, keys, SealDirection.GlassesToWallet, 1, new byte[] { 0xFF, 0x00 }, 0, 2, null, out byte[] envelope));
            UplinkMessage into = new UplinkMessage();
            Assert.Equal(OpenStatus.Malformed, Wallet(new VolatileCounters(0, 0)).Open(envelope, 0, envelope.Length, null, into));
            Assert.Equal(MessageType.None, into.Type);
        }

        [Theory]
        [InlineData("", false)]
        [InlineData("00aa", false)]
        [InlineData("03aabb", false)]
        [InlineData("02aabb", true)]
        [InlineData("01aabbcc", true)]
        public void RoutesAreReadOnlyWhenPossible(string hex, bool possible)
        {
            byte[] data = Convert.FromHexString(hex);
            Assert.Equal(possible, RoutedEnvelope.TryRead(data, 0, data.Length, out _, out _, out int envelope));
            if (possible)
            {
                Assert.Equal(1 + data[0], envelope);
            }
        }

        private static UplinkChannel Glasses(IChannelCounters counters) =>
            new UplinkChannel(Crypto, Secret, WalletId, DeviceId, ChannelRole.Glasses, counters);

        private static UplinkChannel Wallet(IChannelCounters counters) =>
            new UplinkChannel(Crypto, Secret, WalletId, DeviceId, ChannelRole.Wallet, counters);

        // The glasses' next Status message without its route.
        private static byte[] Envelope(UplinkChannel glasses)
        {
            Assert.Equal(SealStatus.Ok, glasses.Seal(Message(MessageType.Status, 0), null, out _, out byte[] routed));
            Assert.True(RoutedEnvelope.TryRead(routed, 0, routed.Length, out _, out _, out int envelope));
            return routed.AsSpan(envelope).ToArray();
        }

        private static UplinkMessage Message(MessageType type, ulong replyTo)
        {
            UplinkMessage message = new UplinkMessage();
            message.Reset(type);
            message.ReplyTo = replyTo;
            if (type == MessageType.PaymentRequest)
            {
                message.Payment.Payee = "Cafe Alpha";
                message.AmountMinor = 100;
                message.CurrencyNumeric = 702;
            }

            return message;
        }

        private static byte[] Range(byte first, int count) => Enumerable.Range(first, count).Select(i => (byte)i).ToArray();

        // A port that hands out whatever counter it is told to, or none.
        private sealed class StuckCounters : IChannelCounters
        {
            public ulong Next { get; set; }

            public bool Fail { get; set; }

            public ulong LastReceived => 0;

            public bool TryNext(out ulong counter)
            {
                counter = Fail ? 0 : Next;
                return !Fail;
            }
        }
    }
}
