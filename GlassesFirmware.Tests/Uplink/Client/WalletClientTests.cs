using System.Collections;
using GlassesFirmware.Decision;
using GlassesFirmware.Storage;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Uplink.Client;
using GlassesFirmware.Uplink.Framing;
using GlassesFirmware.Uplink.Links;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;
using GlassesFirmware.Uplink.Sealing;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Uplink.Client
{
    /// <summary>
    /// WalletClient's safety rules with a wallet scripted here over an in-RAM frame link: only an authentic
    /// answer to the message in flight, for the same request id, becomes a decision; a payment request waits for a
    /// fresh challenge; silence ends in Failed after the bounded retries, each under a new counter.
    /// </summary>
    [TestClass]
    public class WalletClientTests
    {
        [TestMethod]
        public void OnlyTheAuthenticAnswerForTheRequestBecomesADecision()
        {
            Rig rig = new Rig();
            PaymentRequest request = Request(0x10);
            Assert.AreEqual(0, rig.Client.Queued);
            Assert.AreEqual((int)WalletCallStatus.Queued, (int)rig.Client.Submit(request));
            Assert.AreEqual(1, rig.Client.Queued);

            // Hello first: a payment request is never sent without a fresh challenge.
            UplinkMessage hello = rig.NextFromGlasses();
            Assert.AreEqual((int)MessageType.Hello, (int)hello.Type);
            rig.Answer(MessageType.Challenge, rig.LastCounter, null, 0);
            UplinkMessage payment = rig.NextFromGlasses();
            Assert.AreEqual((int)MessageType.PaymentRequest, (int)payment.Type);
            Assert.AreEqual((byte)0x10, payment.RequestId[0]);

            // Forged (another secret), an answer to another message, a decision for another request: ignored.
            rig.AnswerForged(rig.LastCounter, request.RequestId);
            rig.Answer(MessageType.Decision, rig.LastCounter - 1, request.RequestId, (int)WalletOutcome.Approved);
            rig.Answer(MessageType.Decision, rig.LastCounter, Request(0x20).RequestId, (int)WalletOutcome.Approved);
            WalletEvent e = new WalletEvent();
            while (rig.Client.Poll(e))
            {
                Assert.AreNotEqual((int)WalletEventKind.Decision, (int)e.Kind);
            }

            rig.Answer(MessageType.Decision, rig.LastCounter, request.RequestId, (int)WalletOutcome.NeedsConfirmation);
            Assert.IsTrue(rig.Client.Poll(e));
            Assert.AreEqual((int)WalletEventKind.Decision, (int)e.Kind);
            Assert.AreEqual((int)WalletOutcome.NeedsConfirmation, (int)e.Outcome);
            Assert.IsTrue(e.IsFor(request.RequestId));
            Assert.AreEqual(0, rig.Client.Queued);
        }

        [TestMethod]
        public void AnAmountTheWalletLeftOutIsAuthorizedAsTheRequestStatedIt()
        {
            // NeedsConfirmation without amount or currency: the wearer heard the code's 1.00 SGD, so the
            // authorization must carry that, not "no amount".
            Rig rig = new Rig();
            PaymentRequest request = Request(0x40);
            Assert.AreEqual((int)WalletCallStatus.Queued, (int)rig.Client.Submit(request));
            rig.NextFromGlasses();
            rig.Answer(MessageType.Challenge, rig.LastCounter, null, 0);
            rig.NextFromGlasses();
            rig.Answer(MessageType.Decision, rig.LastCounter, request.RequestId, (int)WalletOutcome.NeedsConfirmation);
            WalletEvent e = new WalletEvent();
            Assert.IsTrue(rig.Client.Poll(e));
            Assert.AreEqual((int)WalletOutcome.NeedsConfirmation, (int)e.Outcome);

            Assert.AreEqual((int)WalletCallStatus.Queued, (int)rig.Client.Confirm(request.RequestId, ConfirmationMethod.Button, "Pay 1.00 Singapore dollars."));
            UplinkMessage next = rig.NextFromGlasses();
            if (next.Type == MessageType.Hello)
            {
                rig.Answer(MessageType.Challenge, rig.LastCounter, null, 0);
                next = rig.NextFromGlasses();
            }

            Assert.AreEqual((int)MessageType.PaymentRequest, (int)next.Type);
            Assert.AreEqual(1, next.Payment.Stage);
            Assert.AreEqual(100L, next.AmountMinor);
            Assert.AreEqual(702, next.CurrencyNumeric);
        }

        [TestMethod]
        public void SilenceEndsInFailedAfterBoundedRetriesEachUnderANewCounter()
        {
            Rig rig = new Rig();
            PaymentRequest request = Request(0x30);
            rig.Client.QueryStatus(request.RequestId);
            WalletEvent e = new WalletEvent();
            ulong previous = 0;
            int sent = 0;
            for (int step = 0; step < 400 && e.Kind != WalletEventKind.Failed; step++)
            {
                rig.Clock.Now += 100;
                if (rig.Client.Poll(e))
                {
                    continue;
                }

                while (rig.HasFromGlasses())
                {
                    UplinkMessage status = rig.NextFromGlasses();
                    Assert.AreEqual((int)MessageType.Status, (int)status.Type);
                    Assert.IsTrue(rig.LastCounter > previous);
                    previous = rig.LastCounter;
                    sent++;
                }
            }

            Assert.AreEqual((int)WalletEventKind.Failed, (int)e.Kind);
            Assert.IsTrue(e.IsFor(request.RequestId));
            Assert.AreEqual(4, sent);
            Assert.IsFalse(rig.HasFromGlasses(), "nothing is sent once the last operation failed");
        }

        [TestMethod]
        public void PairingWithNoAnswerEndsUnreachableAndStoresNothing()
        {
            MemoryRecordStore store = new MemoryRecordStore();
            FakeClock clock = new FakeClock(0);
            MemoryFrameLink link = new MemoryFrameLink();
            WalletClient client = new WalletClient(new TestCrypto(), new CountingRandom(), store, clock, link, null);
            Assert.IsTrue(client.Load());
            byte[] qr = GlassesFirmware.Tests.Uplink.Pairing.PairingTests.Ascii(GlassesFirmware.Tests.Uplink.Pairing.PairingTests.SampleOffer().ToText());
            Assert.AreEqual((int)PairingStatus.Ok, (int)client.BeginPairing(qr, 0, qr.Length));
            WalletEvent e = new WalletEvent();
            for (int step = 0; step < 600 && client.PairingResult == PairingStatus.WrongState; step++)
            {
                clock.Now += 100;
                client.Poll(e);
            }

            // Nobody answered: not "Refused", which means the wallet said no.
            Assert.AreEqual((int)PairingStatus.Unreachable, (int)client.PairingResult);
            Assert.IsTrue(link.Sent.Count > 1, "retried");
            int sent = link.Sent.Count;
            Assert.IsFalse(client.Poll(e), "the pairing's end is no wallet event");
            Assert.AreEqual(sent, link.Sent.Count);
            Assert.IsFalse(client.IsPaired);
            Assert.AreEqual(RecordLimits.Missing, store.Read(PairingRecord.RecordName, new byte[RecordLimits.MaxLength], 0, RecordLimits.MaxLength));
        }

        [TestMethod]
        public void NotPairedAndMalformedCallsAreRefusedAtOnce()
        {
            MemoryRecordStore store = new MemoryRecordStore();
            WalletClient client = new WalletClient(new TestCrypto(), new CountingRandom(), store, new FakeClock(0), new MemoryFrameLink(), null);
            Assert.IsTrue(client.Load());
            Assert.AreEqual((int)WalletCallStatus.NotPaired, (int)client.Submit(Request(1)));
            Assert.AreEqual((int)WalletCallStatus.Rejected, (int)client.QueryStatus(new byte[3]));
            Assert.AreEqual((int)PairingStatus.NotAnOffer, (int)client.BeginPairing(new byte[] { 0x41 }, 0, 1));
        }

        private static PaymentRequest Request(int first)
        {
            PaymentRequest request = new PaymentRequest(32);
            for (int i = 0; i < PaymentRequest.IdLength; i++)
            {
                request.RequestId[i] = (byte)(first + i);
            }

            request.Payload[0] = 0x30;
            request.PayloadLength = 1;
            request.Payee = "Cafe";
            request.AmountMinor = 100;
            request.CurrencyNumeric = 702;
            return request;
        }

        /// <summary>A paired client over an in-RAM frame link, and the wallet's half of the same pairing.</summary>
        private sealed class Rig
        {
            public readonly FakeClock Clock = new FakeClock(0);
            public readonly MemoryFrameLink Link = new MemoryFrameLink();
            public readonly WalletClient Client;
            public ulong LastCounter;
            private readonly PairingRecord _record = new PairingRecord();
            private readonly FrameAssembler _assembler = new FrameAssembler(FrameCommand.MaxFrameLength);
            private ulong _walletCounter;

            public Rig()
            {
                MemoryRecordStore store = new MemoryRecordStore();
                PairingOffer offer = GlassesFirmware.Tests.Uplink.Pairing.PairingTests.SampleOffer();
                System.Array.Copy(offer.Secret, _record.Secret, 32);
                _record.WalletId = offer.WalletId;
                _record.DeviceId[0] = 0xDD;
                _record.HttpsEndpoint = offer.HttpsEndpoint;
                _record.FrameEndpoint = "ble";
                Assert.IsTrue(_record.Save(store));
                Client = new WalletClient(new TestCrypto(), new CountingRandom(), store, Clock, Link, null);
                Assert.IsTrue(Client.Load());
            }

            public bool HasFromGlasses()
            {
                return Link.Sent.Count > 0;
            }

            public UplinkMessage NextFromGlasses()
            {
                WalletEvent ignored = new WalletEvent();
                Client.Poll(ignored);
                FrameResult result = FrameResult.NeedMore;
                while (result != FrameResult.Complete)
                {
                    Assert.IsTrue(Link.Sent.Count > 0, "the glasses sent nothing");
                    byte[] fragment = (byte[])Link.Sent[0];
                    Link.Sent.RemoveAt(0);
                    result = _assembler.Accept(fragment, 0, fragment.Length, Link.MaxFragmentLength, 0);
                }

                DirectionKeys keys = KeySchedule.Derive(new TestCrypto(), _record.Secret, _record.WalletId, _record.DeviceId, SealDirection.GlassesToWallet);
                byte[] plaintext;
                int envelope = 1 + _assembler.Data[0];
                MessageSealer.Open(new TestCrypto(), keys, SealDirection.GlassesToWallet, _assembler.Data, envelope, _assembler.Length - envelope, null, out plaintext, out LastCounter);
                if (plaintext == null)
                {
                    // Sealed for a challenge: the wallet's current one (all 0x0C in these tests).
                    MessageSealer.Open(new TestCrypto(), keys, SealDirection.GlassesToWallet, _assembler.Data, envelope, _assembler.Length - envelope, Challenge(), out plaintext, out LastCounter);
                }

                UplinkMessage message = new UplinkMessage();
                GlassesFirmware.Uplink.Cbor.CborError cbor;
                Assert.AreEqual((int)MessageStatus.Ok, (int)MessageCodec.Decode(plaintext, 0, plaintext.Length, message, out cbor));
                return message;
            }

            public void Answer(MessageType type, ulong replyTo, byte[] requestId, int outcome)
            {
                Deliver(Seal(_record.Secret, type, replyTo, requestId, outcome));
            }

            public void AnswerForged(ulong replyTo, byte[] requestId)
            {
                byte[] other = (byte[])_record.Secret.Clone();
                other[0] ^= 1;
                Deliver(Seal(other, MessageType.Decision, replyTo, requestId, (int)WalletOutcome.Approved));
            }

            private byte[] Seal(byte[] secret, MessageType type, ulong replyTo, byte[] requestId, int outcome)
            {
                UplinkMessage m = new UplinkMessage();
                m.Reset(type);
                m.ReplyTo = replyTo;
                System.Array.Copy(Challenge(), m.Challenge, 16);
                m.TtlMs = 30000;
                m.Decision.Outcome = outcome;
                if (requestId != null)
                {
                    System.Array.Copy(requestId, m.RequestId, 16);
                }

                byte[] plaintext = new byte[256];
                int length = MessageCodec.Encode(m, plaintext, 0, plaintext.Length);
                DirectionKeys keys = KeySchedule.Derive(new TestCrypto(), secret, _record.WalletId, _record.DeviceId, SealDirection.WalletToGlasses);
                byte[] sealedMessage;
                MessageSealer.Seal(new TestCrypto(), keys, SealDirection.WalletToGlasses, ++_walletCounter, plaintext, 0, length, null, out sealedMessage);
                return sealedMessage;
            }

            private void Deliver(byte[] sealedMessage)
            {
                byte[] fragment = new byte[Link.MaxFragmentLength];
                int count = FrameSplitter.FragmentCount(sealedMessage.Length, Link.MaxFragmentLength);
                for (int i = 0; i < count; i++)
                {
                    int n = FrameSplitter.Fragment(FrameCommand.Message, sealedMessage, 0, sealedMessage.Length, i, Link.MaxFragmentLength, fragment);
                    byte[] copy = new byte[n];
                    System.Array.Copy(fragment, copy, n);
                    Link.Incoming.Add(copy);
                }
            }

            private static byte[] Challenge()
            {
                byte[] challenge = new byte[16];
                for (int i = 0; i < 16; i++)
                {
                    challenge[i] = 0x0C;
                }

                return challenge;
            }
        }
    }
}
