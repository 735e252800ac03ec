using System;
using System.Formats.Cbor;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CborError = GlassesFirmware.Uplink.Cbor.CborError;
using GlassesFirmware.Payload;
using GlassesFirmware.Uplink.Messages;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// The message examples of docs/protocol.md 6.3: System.Formats.Cbor (Ctap2Canonical) accepts each as one
    /// map with integer keys, the runtime decodes it and re-encodes the very same bytes, and the document
    /// carries exactly these bytes.
    /// </summary>
    public class MessageDocumentTests
    {
        public static readonly TheoryData<string, MessageType> Examples = new()
        {
            { "a200010101", MessageType.Hello },
            { "a50002010102050450c0c1c2c3c4c5c6c7c8c9cacbcccdcecf05197530", MessageType.Challenge },
            { "ab000301010350101112131415161718191a1b1c1d1e1f0600076a4361666520416c706861081904e2091902be0a5820d252db068473fa45eb6c3f7ec4bb6d6a971f35a6351e79a22ee07b851fca509d0b4e30303032303130313032313232360c010df5", MessageType.PaymentRequest },
            { "ad000301010350101112131415161718191a1b1c1d1e1f0601076a4361666520416c706861081904e2091902be0a5820d252db068473fa45eb6c3f7ec4bb6d6a971f35a6351e79a22ee07b851fca509d0b4e30303032303130313032313232360c010df50e5820fef78be9fd56f066cd2ac38cff29bf9f76dac2a6a4a38fe599222df4c5e229d60f00", MessageType.PaymentRequest },
            { "a90005010102060350101112131415161718191a1b1c1d1e1f081904e2091902be1401150016724361666520416c70686120507465204c7464", MessageType.Decision },
            { "a7000401010350101112131415161718191a1b1c1d1e1f1001110012f5134401020304", MessageType.VoiceChunk },
            { "a8000401010350101112131415161718191a1b1c1d1e1f1001110012f5134401020304181c01", MessageType.VoiceChunk },
            { "a8000401010350101112131415161718191a1b1c1d1e1f1001110012f5134401020304181c02", MessageType.VoiceChunk },
            { "a50007010102080350101112131415161718191a1b1c1d1e1f1702", MessageType.Keepalive },
            { "a3000801010350101112131415161718191a1b1c1d1e1f", MessageType.Status },
            { "a5000a010102070350101112131415161718191a1b1c1d1e1f181808", MessageType.Error },
        };

        [Theory]
        [MemberData(nameof(Examples))]
        public void ExampleIsCanonicalCborAndRoundTrips(string hex, MessageType type)
        {
            byte[] bytes = Convert.FromHexString(hex);
            CborReader reference = new CborReader(bytes, CborConformanceMode.Ctap2Canonical);
            int? pairs = reference.ReadStartMap();
            Assert.True(pairs > 1);
            Assert.Equal(0UL, reference.ReadUInt64());
            Assert.Equal((ulong)type, reference.ReadUInt64());

            UplinkMessage message = new UplinkMessage();
            Assert.Equal(MessageStatus.Ok, MessageCodec.Decode(bytes, 0, bytes.Length, message, out CborError cbor));
            Assert.Equal(type, message.Type);
            byte[] again = new byte[bytes.Length + 16];
            int length = MessageCodec.Encode(message, again, 0, again.Length);
            Assert.Equal(hex, Convert.ToHexStringLower(again, 0, length));
        }

        [Fact]
        public void TheReadbackExampleIsTheVectorsSentence()
        {
            // One readback format in the document: the 6.3 example's key 14 hashes the sentence of the vectors file.
            string sentence = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "protocol-vectors.json")))
                .RootElement.GetProperty("readback").GetString();
            Assert.Contains("readback `\"" + sentence + "\"`", Document());
            byte[] stage1 = Convert.FromHexString(Examples.Select(row => (string)row[0]).First(hex => hex.StartsWith("ad0003", StringComparison.Ordinal)));
            UplinkMessage message = new UplinkMessage();
            Assert.Equal(MessageStatus.Ok, MessageCodec.Decode(stage1, 0, stage1.Length, message, out _));
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sentence)), message.Payment.ReadbackHash);
        }

        [Fact]
        public void PayloadKindTableIsTheEnum()
        {
            // The rows "| value | kind | ..." of the payload-kind table of 6.2, against GlassesFirmware.Payload.PayloadKind.
            string table = Document().Split("**Payload kinds**")[1].Split("**Voice codecs**")[0];
            MatchCollection rows = Regex.Matches(table, @"^\| (\d+) \| (\w+) \|", RegexOptions.Multiline);
            PayloadKind[] kinds = Enum.GetValues<PayloadKind>();
            Assert.Equal(kinds.Length, rows.Count);
            foreach (Match row in rows)
            {
                Assert.Equal(row.Groups[2].Value, ((PayloadKind)int.Parse(row.Groups[1].Value)).ToString());
            }
        }

        [Fact]
        public void TheEnrolmentPhrasesAreTheScript()
        {
            // The quoted phrases of 6.2's "Enrolment samples" paragraph, in order, against EnrolmentScript.Phrases.
            string paragraph = Document().Split("**Enrolment samples**")[1].Split("\n\n")[0];
            string[] quoted = Regex.Matches(paragraph, "\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
            Assert.Equal(GlassesFirmware.Confirmation.EnrolmentScript.Phrases, quoted);
        }

        private static string Document() => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "protocol.md"));

        [Theory]
        [MemberData(nameof(Examples))]
        public void DocumentCarriesTheExample(string hex, MessageType type)
        {
            string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "protocol.md"));
            string joined = Regex.Replace(doc, @"\n\s+", string.Empty);
            Assert.True(joined.Contains(hex), MessageNames.Of(type) + " example missing from docs/protocol.md 6.3");
        }
    }
}
