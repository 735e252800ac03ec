using GlassesFirmware.Confirmation;
using GlassesFirmware.Uplink.Cbor;
using GlassesFirmware.Uplink.Messages;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Uplink.Messages
{
    /// <summary>The message registry of docs/protocol.md 6.2: exact bytes, round trips, and every refusal typed.</summary>
    [TestClass]
    public class MessageCodecTests
    {
        [TestMethod]
        public void HelloAndCancelHaveTheirPublishedBytes()
        {
            UplinkMessage m = new UplinkMessage();
            m.Reset(MessageType.Hello);
            Assert.AreEqual("a200010101", Encode(m));

            m.Reset(MessageType.Cancel);
            Fill(m.RequestId, 0x00);
            Assert.AreEqual("a3000601010350000102030405060708090a0b0c0d0e0f", Encode(m));
        }

        [TestMethod]
        public void PaymentRequestRoundTripsInBothStages()
        {
            UplinkMessage m = SamplePayment();
            string resolve = Encode(m);
            m.Payment.Stage = 1;
            m.Payment.Method = 0;
            Fill(m.Payment.ReadbackHash, 0x40);
            string authorize = Encode(m);
            Assert.AreNotEqual(resolve, authorize);

            UplinkMessage back = new UplinkMessage();
            Assert.AreEqual((int)MessageStatus.Ok, (int)Decode(authorize, back));
            Assert.AreEqual((int)MessageType.PaymentRequest, (int)back.Type);
            Assert.AreEqual(1, back.Payment.Stage);
            Assert.AreEqual("Cafe \u00e9t\u00e9", back.Payment.Payee);
            Assert.AreEqual(12345L, back.AmountMinor);
            Assert.AreEqual(702, back.CurrencyNumeric);
            Assert.AreEqual(5, back.DataLength);
            Assert.AreEqual((byte)0x40, back.Payment.ReadbackHash[0]);
            Assert.AreEqual(authorize, Encode(back));

            Assert.AreEqual((int)MessageStatus.Ok, (int)Decode(resolve, back));
            Assert.AreEqual(0, back.Payment.Stage);
            Assert.AreEqual(resolve, Encode(back));
        }

        [TestMethod]
        public void DecisionWithNullPayeeRoundTrips()
        {
            UplinkMessage m = new UplinkMessage();
            m.Reset(MessageType.Decision);
            m.ReplyTo = 0x1122334455L;
            m.Decision.Outcome = 2;
            m.Decision.Reason = 7;
            string hex = Encode(m);
            UplinkMessage back = new UplinkMessage();
            Assert.AreEqual((int)MessageStatus.Ok, (int)Decode(hex, back));
            Assert.IsNull(back.Decision.ResolvedPayee);
            Assert.AreEqual(-1L, back.AmountMinor);
            Assert.AreEqual((ulong)0x1122334455L, back.ReplyTo);
            Assert.AreEqual(7, back.Decision.Reason);
        }

        [TestMethod]
        public void ConditionalKeysTravelTogether()
        {
            UplinkMessage m = new UplinkMessage();
            m.Reset(MessageType.Ack);
            m.ReplyTo = 3;
            Assert.AreEqual("a30009010102" + "03", Encode(m));
            m.HasRequestId = true;
            m.Voice.Sequence = 2;
            string withId = Encode(m);
            UplinkMessage back = new UplinkMessage();
            Assert.AreEqual((int)MessageStatus.Ok, (int)Decode(withId, back));
            Assert.IsTrue(back.HasRequestId);
            Assert.AreEqual(2, back.Voice.Sequence);

            // An Ack carrying a request id without its sequence number is incomplete.
            Assert.AreEqual((int)MessageStatus.MissingKey, (int)Decode("a40009010102030350000102030405060708090a0b0c0d0e0f", back));
            Assert.AreEqual((int)MessageType.None, (int)back.Type);
        }

        [DataRow("a8000401010350101112131415161718191a1b1c1d1e1f1001110012f5134401020304181c00", 6)] // codec 0 is written without key 28
        [DataRow("a8000401010350101112131415161718191a1b1c1d1e1f1001110012f5134401020304181c03", 6)] // codec 3 is unknown
        [DataRow("a4000601010350101112131415161718191a1b1c1d1e1f181c01", 4)] // key 28 on a Cancel
        [DataRow("a100010101", 1)]                     // {0: 1} followed by stray bytes
        [DataRow("a200010102", 2)]                     // version 2
        [DataRow("a200100101", 3)]                     // type 16 is unknown
        [DataRow("a1000f", 5)]                         // Unpair without key 1 (version)
        [DataRow("a30001010103f6", 4)]                 // Hello does not have key 3
        [DataRow("a3000601010341ff", 6)]               // request id of 1 byte
        [DataRow("a201010000", 5)]                     // key 0 missing: key 1 comes first
        [DataRow("a3000201010201", 5)]                 // Challenge without keys 4 and 5
        [DataRow("a3000a01010218", 1)]                 // truncated inside key 2's value
        [DataRow("a3000a01010201", 5)]                 // Error without its code
        [DataRow("a4000a010102011818f6", 1)]           // key 24 given as null: wrong CBOR type
        public void BadMessagesAreRefusedWithTheirStatus(string hex, int expected)
        {
            UplinkMessage back = new UplinkMessage();
            MessageStatus status = Decode(hex, back);
            Assert.AreEqual(expected, (int)status, MessageStatuses.Name(status));
            Assert.AreEqual((int)MessageType.None, (int)back.Type);
        }

        [TestMethod]
        public void VoiceChunkNamesItsCodecOnlyWhenNotImaAdpcm()
        {
            UplinkMessage m = new UplinkMessage();
            m.Reset(MessageType.VoiceChunk);
            m.Voice.Purpose = 1;
            m.Voice.Last = true;
            m.SetData(new byte[] { 1, 2, 3, 4 }, 0, 4);
            for (int i = 0; i < 16; i++)
            {
                m.RequestId[i] = (byte)(0x10 + i);
            }

            Assert.AreEqual("a7000401010350101112131415161718191a1b1c1d1e1f1001110012f5134401020304", Encode(m));
            m.Voice.Codec = VoiceCodec.MuLaw8k;
            string muLaw = Encode(m);
            Assert.AreEqual("a8000401010350101112131415161718191a1b1c1d1e1f1001110012f5134401020304181c01", muLaw);
            UplinkMessage back = new UplinkMessage();
            Assert.AreEqual((int)MessageStatus.Ok, (int)Decode(muLaw, back));
            Assert.AreEqual(VoiceCodec.MuLaw8k, back.Voice.Codec);
            Assert.AreEqual((int)MessageStatus.Ok, (int)Decode("a7000401010350101112131415161718191a1b1c1d1e1f1001110012f5134401020304", back));
            Assert.AreEqual(VoiceCodec.ImaAdpcm16k, back.Voice.Codec);
            m.Voice.Codec = VoiceCodec.MuLaw16k;
            string wide = Encode(m);
            Assert.AreEqual("a8000401010350101112131415161718191a1b1c1d1e1f1001110012f5134401020304181c02", wide);
            Assert.AreEqual((int)MessageStatus.Ok, (int)Decode(wide, back));
            Assert.AreEqual(VoiceCodec.MuLaw16k, back.Voice.Codec);
            m.Voice.Codec = VoiceCodec.Highest + 1;
            Assert.AreEqual(-1, MessageCodec.Encode(m, new byte[64], 0, 64));
        }

        [TestMethod]
        public void OutOfRangeFieldsAreNotEncoded()
        {
            UplinkMessage m = SamplePayment();
            m.Payment.Method = 5;
            m.Payment.Stage = 1;
            Assert.AreEqual(-1, MessageCodec.Encode(m, new byte[2048], 0, 2048));
            m = SamplePayment();
            Assert.AreEqual(-1, MessageCodec.Encode(m, new byte[20], 0, 20));
        }

        [TestMethod]
        public void NamesAreStable()
        {
            Assert.AreEqual("PaymentRequest", MessageNames.Of(MessageType.PaymentRequest));
            Assert.AreEqual("ChallengeUsed", MessageNames.Of(WireError.ChallengeUsed));
            Assert.AreEqual("99", MessageNames.Of((WireError)99));
            Assert.AreEqual("MissingKey", MessageStatuses.Name(MessageStatus.MissingKey));
        }

        internal static UplinkMessage SamplePayment()
        {
            UplinkMessage m = new UplinkMessage();
            m.Reset(MessageType.PaymentRequest);
            Fill(m.RequestId, 0x10);
            m.Payment.Payee = "Cafe \u00e9t\u00e9";
            m.AmountMinor = 12345;
            m.CurrencyNumeric = 702;
            Fill(m.Payment.PayloadHash, 0x20);
            m.SetData(new byte[] { 0x30, 0x30, 0x30, 0x32, 0x30 }, 0, 5);
            m.Payment.PayloadKind = 1;
            m.Payment.Dynamic = true;
            return m;
        }

        internal static void Fill(byte[] data, int first)
        {
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(first + i);
            }
        }

        private static string Encode(UplinkMessage m)
        {
            byte[] buffer = new byte[8192];
            int length = MessageCodec.Encode(m, buffer, 0, buffer.Length);
            Assert.IsTrue(length > 0);
            return TestHex.Encode(buffer, 0, length);
        }

        private static MessageStatus Decode(string hex, UplinkMessage into)
        {
            byte[] data = TestHex.Decode(hex);
            CborError cbor;
            return MessageCodec.Decode(data, 0, data.Length, into, out cbor);
        }
    }
}
