using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Uplink.Pairing;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Uplink.Pairing
{
    /// <summary>The pairing QR text, base64url, the stored pairing record and the counter high-water mark.</summary>
    [TestClass]
    public class PairingTests
    {
        [DataRow("", "")]
        [DataRow("66", "Zg")]
        [DataRow("666f", "Zm8")]
        [DataRow("666f6f", "Zm9v")]
        [DataRow("666f6f62", "Zm9vYg")]
        [DataRow("fbff", "-_8")]
        public void Base64UrlFollowsRfc4648(string hex, string text)
        {
            byte[] data = TestHex.Decode(hex);
            Assert.AreEqual(text, Base64Url.Encode(data, 0, data.Length));
            byte[] back = Base64Url.Decode(Ascii(text), 0, text.Length);
            Assert.AreEqual(hex, TestHex.Encode(back, 0, back.Length));
        }

        [DataRow("Z")]       // 4k + 1 characters
        [DataRow("Zh")]      // low bits of the last character not zero
        [DataRow("Zm9v+")]   // standard base64 alphabet
        [DataRow("Zm=")]     // padding
        public void Base64UrlRefusesNonCanonicalText(string text)
        {
            Assert.IsNull(Base64Url.Decode(Ascii(text), 0, text.Length));
        }

        [TestMethod]
        public void OfferRoundTripsThroughItsQrText()
        {
            string text = SampleOffer().ToText();
            Assert.IsTrue(text.Length < 200, text);
            PairingOffer back = new PairingOffer();
            Assert.AreEqual((int)PairingStatus.Ok, (int)PairingOffer.Parse(Ascii(text), 0, text.Length, back));
            Assert.AreEqual("https://127.0.0.1:7443/", back.HttpsEndpoint);
            Assert.AreEqual("tcp://127.0.0.1:7444", back.FrameEndpoint);
            Assert.AreEqual(1767225600L, back.ExpiresUnixSeconds);
            Assert.AreEqual("a0a1a2a3a4a5a6a7", TestHex.Encode(back.WalletId, 0, back.WalletId.Length));
            Assert.AreEqual((byte)31, back.Secret[31]);
            Assert.AreEqual((byte)0xF1, back.AnchorFingerprint[1]);
            Assert.AreEqual(text, back.ToText());
        }

        [TestMethod]
        public void DamagedOffersAreRefusedAndLeaveNoSecret()
        {
            string text = SampleOffer().ToText();
            PairingOffer back = new PairingOffer();
            Assert.AreEqual((int)PairingStatus.NotAnOffer, (int)PairingOffer.Parse(Ascii("GFW2:" + text.Substring(5)), 0, text.Length, back));
            Assert.AreEqual((int)PairingStatus.NotAnOffer, (int)PairingOffer.Parse(Ascii("https://x"), 0, 9, back));
            Assert.AreEqual((int)PairingStatus.BadEncoding, (int)PairingOffer.Parse(Ascii(text + "*"), 0, text.Length + 1, back));
            // One character less: a truncated CBOR map (or impossible length).
            PairingStatus truncated = PairingOffer.Parse(Ascii(text), 0, text.Length - 4, back);
            Assert.IsTrue(truncated == PairingStatus.Malformed || truncated == PairingStatus.BadEncoding);
            Assert.AreEqual((byte)0, back.Secret[31]);
            Assert.IsNull(back.WalletId);
        }

        [TestMethod]
        public void EveryAlteredCharacterIsRefusedOrChangesTheOffer()
        {
            string text = SampleOffer().ToText();
            byte[] bytes = Ascii(text);
            PairingOffer back = new PairingOffer();
            for (int i = PairingOffer.Prefix.Length; i < bytes.Length; i++)
            {
                byte saved = bytes[i];
                bytes[i] = (byte)(saved == 'A' ? 'B' : 'A');
                PairingStatus status = PairingOffer.Parse(bytes, 0, bytes.Length, back);
                Assert.IsTrue(status != PairingStatus.Ok || back.ToText() != text, "position " + i.ToString());
                bytes[i] = saved;
            }
        }

        [TestMethod]
        public void RecordRoundTripsAndCorruptionIsTyped()
        {
            MemoryRecordStore store = new MemoryRecordStore();
            PairingRecord empty = new PairingRecord();
            Assert.AreEqual((int)PairingStatus.Refused, (int)PairingRecord.Load(store, empty));

            PairingRecord record = new PairingRecord();
            PairingOffer offer = SampleOffer();
            System.Array.Copy(offer.Secret, record.Secret, 32);
            record.WalletId = offer.WalletId;
            record.DeviceId[15] = 0xDD;
            record.HttpsEndpoint = offer.HttpsEndpoint;
            record.FrameEndpoint = "ble";
            record.AnchorCertificate = new byte[] { 0x30, 0x82 };
            Assert.IsTrue(record.Save(store));

            PairingRecord back = new PairingRecord();
            Assert.AreEqual((int)PairingStatus.Ok, (int)PairingRecord.Load(store, back));
            Assert.AreEqual((byte)0xDD, back.DeviceId[15]);
            Assert.AreEqual("ble", back.FrameEndpoint);
            Assert.AreEqual(2, back.AnchorCertificate.Length);

            store.Corrupt(PairingRecord.RecordName, 0, 0xFF);
            Assert.AreEqual((int)PairingStatus.Malformed, (int)PairingRecord.Load(store, back));
        }

        [TestMethod]
        public void CountersCostOneWritePerBlockAndNeverRepeatAcrossPowerCuts()
        {
            MemoryRecordStore store = new MemoryRecordStore();
            CounterStore counters = new CounterStore(store, 64);
            Assert.IsTrue(counters.Load());
            ulong highest = 0;
            for (int i = 0; i < 1000; i++)
            {
                ulong counter;
                Assert.IsTrue(counters.TryNext(out counter));
                Assert.AreEqual(highest + 1, counter);
                highest = counter;
            }

            Assert.AreEqual(16, store.Writes);

            // Power cut at any moment: a new instance resumes above every counter handed out.
            for (int cut = 0; cut < 130; cut++)
            {
                CounterStore rebooted = new CounterStore(store, 64);
                Assert.IsTrue(rebooted.Load());
                ulong next;
                Assert.IsTrue(rebooted.TryNext(out next));
                Assert.IsTrue(next > highest, "reused " + next.ToString());
                highest = next;
                for (int i = 0; i < cut; i++)
                {
                    Assert.IsTrue(rebooted.TryNext(out next));
                    highest = next;
                }
            }
        }

        [TestMethod]
        public void AFailedReservationHandsOutNoCounter()
        {
            MemoryRecordStore store = new MemoryRecordStore();
            CounterStore counters = new CounterStore(store, 2);
            Assert.IsTrue(counters.Load());
            ulong counter;
            Assert.IsTrue(counters.TryNext(out counter));
            Assert.IsTrue(counters.TryNext(out counter));
            store.FailWrites = true;
            Assert.IsFalse(counters.TryNext(out counter));
            Assert.AreEqual(0UL, counter);
            store.FailWrites = false;
            Assert.IsTrue(counters.TryNext(out counter));
            Assert.AreEqual(3UL, counter);

            store.Corrupt(CounterStore.RecordName, 0, 9);
            Assert.IsFalse(new CounterStore(store, 2).Load());
        }

        [TestMethod]
        public void ReceivedHighWaterIsSavedWithTheNextReservationAndWipeForgets()
        {
            MemoryRecordStore store = new MemoryRecordStore();
            CounterStore counters = new CounterStore(store, 4);
            Assert.IsTrue(counters.Reset(2, 2));
            counters.Received(9);
            ulong counter;
            Assert.IsTrue(counters.TryNext(out counter));
            Assert.AreEqual(3UL, counter);
            CounterStore rebooted = new CounterStore(store, 4);
            Assert.IsTrue(rebooted.Load());
            Assert.AreEqual(9UL, rebooted.LastReceived);
            Assert.AreEqual(6UL, rebooted.LastSent);
            Assert.IsTrue(rebooted.Wipe());
            Assert.IsTrue(rebooted.Load());
            Assert.AreEqual(0UL, rebooted.LastSent);
        }

        internal static PairingOffer SampleOffer()
        {
            PairingOffer offer = new PairingOffer();
            for (int i = 0; i < 32; i++)
            {
                offer.Secret[i] = (byte)i;
                offer.AnchorFingerprint[i] = (byte)(0xF0 + i);
            }

            offer.WalletId = TestHex.Decode("a0a1a2a3a4a5a6a7");
            offer.HttpsEndpoint = "https://127.0.0.1:7443/";
            offer.FrameEndpoint = "tcp://127.0.0.1:7444";
            offer.ExpiresUnixSeconds = 1767225600L;
            return offer;
        }

        internal static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
