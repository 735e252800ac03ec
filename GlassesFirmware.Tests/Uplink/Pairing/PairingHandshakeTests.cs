using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;
using GlassesFirmware.Uplink.Sealing;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Uplink.Pairing
{
    /// <summary>
    /// The glasses' side of the pairing handshake against a wallet written here from protocol.md 7.2: nothing is
    /// stored before both proofs; a wallet without the secret, a stale proof, a wrong nonce or a substituted TLS
    /// certificate ends the pairing with a typed status.
    /// </summary>
    [TestClass]
    public class PairingHandshakeTests
    {
        private static readonly byte[] Certificate = { 0x30, 0x82, 0x01, 0x0A, 0x02, 0x01 };

        [TestMethod]
        public void BothProofsThenTheRecord()
        {
            PairingOffer offer = Offer();
            PairingHandshake glasses;
            UplinkMessage seen = new UplinkMessage();
            byte[] hello = Started(offer, seen, out glasses);
            Assert.AreEqual((int)MessageType.PairHello, (int)seen.Type);
            Assert.IsNull(glasses.BuildFinish());

            byte[] proof = WalletSeal(offer, hello, MessageType.PairProof, 1, 1, seen.Nonces.Glasses, Nonce(0x70), null);
            Assert.IsNull(glasses.Record);
            Assert.AreEqual((int)PairingStatus.Ok, (int)glasses.AcceptProof(proof, 0, proof.Length));
            Assert.AreEqual((int)PairingStatus.WrongState, (int)glasses.AcceptProof(proof, 0, proof.Length));

            byte[] finish = glasses.BuildFinish();
            Assert.AreEqual((ulong)2, WalletOpen(offer, finish, seen));
            Assert.AreEqual((byte)0x70, seen.Nonces.Wallet[0]);
            Assert.IsNull(glasses.Record);

            byte[] done = WalletSeal(offer, hello, MessageType.PairDone, 2, 2, null, null, Certificate);
            Assert.AreEqual((int)PairingStatus.Ok, (int)glasses.AcceptDone(done, 0, done.Length));
            Assert.IsNotNull(glasses.Record);
            Assert.AreEqual(Certificate.Length, glasses.Record.AnchorCertificate.Length);
        }

        [TestMethod]
        public void AReleasedRecordSurvivesTheNextPairingAndTheWalletCounterIsPairDones()
        {
            PairingOffer offer = Offer();
            PairingHandshake glasses;
            UplinkMessage seen = new UplinkMessage();
            byte[] hello = Started(offer, seen, out glasses);
            // The wallet refused something under the offer's keys before: its answers carry on at counters 2 and 3.
            byte[] proof = WalletSeal(offer, hello, MessageType.PairProof, 2, 1, seen.Nonces.Glasses, Nonce(0x70), null);
            Assert.AreEqual((int)PairingStatus.Ok, (int)glasses.AcceptProof(proof, 0, proof.Length));
            glasses.BuildFinish();
            byte[] done = WalletSeal(offer, hello, MessageType.PairDone, 3, 2, null, null, Certificate);
            Assert.AreEqual((int)PairingStatus.Ok, (int)glasses.AcceptDone(done, 0, done.Length));
            Assert.AreEqual((ulong)3, glasses.WalletCounter);

            PairingRecord record = glasses.Release();
            string secret = TestHex.Encode(record.Secret, 0, record.Secret.Length);
            string device = TestHex.Encode(record.DeviceId, 0, record.DeviceId.Length);
            Assert.IsNull(glasses.Record);
            glasses.Begin(offer);
            glasses.Abort();
            Assert.AreEqual(secret, TestHex.Encode(record.Secret, 0, record.Secret.Length));
            Assert.AreEqual(device, TestHex.Encode(record.DeviceId, 0, record.DeviceId.Length));
        }

        [TestMethod]
        public void AResentHelloIsTheSameBytes()
        {
            PairingHandshake glasses = new PairingHandshake(new TestCrypto(), new CountingRandom());
            glasses.Begin(Offer());
            byte[] first = glasses.BuildHello();
            byte[] again = glasses.BuildHello();
            Assert.AreEqual(TestHex.Encode(first, 0, first.Length), TestHex.Encode(again, 0, again.Length));
        }

        [DataRow(0)]   // sealed by a wallet with another secret
        [DataRow(1)]   // the glasses' nonce not echoed
        [DataRow(2)]   // answering another counter (reply-to)
        [DataRow(3)]   // one flipped bit
        public void AForgedProofIsRefusedAndTheHandshakeWaitsForTheRealOne(int forgery)
        {
            PairingOffer offer = Offer();
            PairingHandshake glasses;
            UplinkMessage seen = new UplinkMessage();
            byte[] hello = Started(offer, seen, out glasses);
            PairingOffer other = Offer();
            other.Secret[0] ^= 1;
            byte[] wrongNonce = Nonce(0x55);
            byte[] proof = WalletSeal(forgery == 0 ? other : offer, hello, MessageType.PairProof, 1, forgery == 2 ? 7UL : 1UL,
                forgery == 1 ? wrongNonce : seen.Nonces.Glasses, Nonce(0x70), null);
            if (forgery == 3)
            {
                proof[proof.Length - 1] ^= 0x01;
            }

            Assert.AreEqual((int)PairingStatus.BadProof, (int)glasses.AcceptProof(proof, 0, proof.Length));
            byte[] real = WalletSeal(offer, hello, MessageType.PairProof, 2, 1, seen.Nonces.Glasses, Nonce(0x70), null);
            Assert.AreEqual((int)PairingStatus.Ok, (int)glasses.AcceptProof(real, 0, real.Length));
        }

        [TestMethod]
        public void ASubstitutedCertificateOrARefusalStoresNothing()
        {
            PairingOffer offer = Offer();
            PairingHandshake glasses;
            UplinkMessage seen = new UplinkMessage();
            byte[] hello = Started(offer, seen, out glasses);
            byte[] proof = WalletSeal(offer, hello, MessageType.PairProof, 1, 1, seen.Nonces.Glasses, Nonce(0x70), null);
            glasses.AcceptProof(proof, 0, proof.Length);
            glasses.BuildFinish();
            byte[] done = WalletSeal(offer, hello, MessageType.PairDone, 2, 2, null, null, new byte[] { 0x30, 0x00 });
            Assert.AreEqual((int)PairingStatus.AnchorMismatch, (int)glasses.AcceptDone(done, 0, done.Length));
            Assert.IsNull(glasses.Record);

            PairingHandshake refused = new PairingHandshake(new TestCrypto(), new CountingRandom());
            refused.Begin(offer);
            byte[] hello2 = refused.BuildHello();
            byte[] error = WalletSeal(offer, hello2, MessageType.Error, 1, 1, null, null, null);
            Assert.AreEqual((int)PairingStatus.Refused, (int)refused.AcceptProof(error, 0, error.Length));
        }

        // The glasses began and sent PairHello (counter 1); the wallet opened it into seen.
        private static byte[] Started(PairingOffer offer, UplinkMessage seen, out PairingHandshake glasses)
        {
            glasses = new PairingHandshake(new TestCrypto(), new CountingRandom());
            glasses.Begin(offer);
            byte[] hello = glasses.BuildHello();
            Assert.AreEqual((ulong)1, WalletOpen(offer, hello, seen));
            return hello;
        }

        private static PairingOffer Offer()
        {
            PairingOffer offer = PairingTests.SampleOffer();
            byte[] fingerprint = Sha256.Hash(Certificate, 0, Certificate.Length);
            System.Array.Copy(fingerprint, offer.AnchorFingerprint, 32);
            return offer;
        }

        private static byte[] Nonce(int first)
        {
            byte[] nonce = new byte[16];
            for (int i = 0; i < 16; i++)
            {
                nonce[i] = (byte)(first + i);
            }

            return nonce;
        }

        // The wallet side: keys from the offer and the device id routed in front of the envelope.
        private static ulong WalletOpen(PairingOffer offer, byte[] routed, UplinkMessage into)
        {
            byte[] device = DeviceOf(routed);
            DirectionKeys keys = KeySchedule.Derive(new TestCrypto(), offer.Secret, offer.WalletId, device, SealDirection.GlassesToWallet);
            byte[] plaintext;
            ulong counter;
            Assert.AreEqual((int)SealStatus.Ok, (int)MessageSealer.Open(new TestCrypto(), keys, SealDirection.GlassesToWallet, routed, 17, routed.Length - 17, null, out plaintext, out counter));
            GlassesFirmware.Uplink.Cbor.CborError cbor;
            Assert.AreEqual((int)MessageStatus.Ok, (int)MessageCodec.Decode(plaintext, 0, plaintext.Length, into, out cbor));
            return counter;
        }

        private static byte[] WalletSeal(PairingOffer offer, byte[] routedHello, MessageType type, ulong counter, ulong replyTo, byte[] glassesNonce, byte[] walletNonce, byte[] certificate)
        {
            UplinkMessage m = new UplinkMessage();
            m.Reset(type);
            m.ReplyTo = replyTo;
            if (glassesNonce != null)
            {
                System.Array.Copy(glassesNonce, m.Nonces.Glasses, 16);
            }

            if (walletNonce != null)
            {
                System.Array.Copy(walletNonce, m.Nonces.Wallet, 16);
            }

            if (certificate != null)
            {
                m.SetData(certificate, 0, certificate.Length);
            }

            if (type == MessageType.Error)
            {
                m.ErrorCode = WireError.PairingRefused;
            }

            byte[] plaintext = new byte[512];
            int length = MessageCodec.Encode(m, plaintext, 0, plaintext.Length);
            DirectionKeys keys = KeySchedule.Derive(new TestCrypto(), offer.Secret, offer.WalletId, DeviceOf(routedHello), SealDirection.WalletToGlasses);
            byte[] sealedMessage;
            Assert.AreEqual((int)SealStatus.Ok, (int)MessageSealer.Seal(new TestCrypto(), keys, SealDirection.WalletToGlasses, counter, plaintext, 0, length, null, out sealedMessage));
            return sealedMessage;
        }

        private static byte[] DeviceOf(byte[] routed)
        {
            byte[] device = new byte[routed[0]];
            System.Array.Copy(routed, 1, device, 0, device.Length);
            return device;
        }
    }
}
