using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Uplink.Framing;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;
using GlassesFirmware.Uplink.Sealing;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// docs/protocol-vectors.json, the machine-readable vectors other implementations test against: the runtime
    /// reproduces every key, sealed message, routed envelope, pairing QR text and fragment byte for byte, an
    /// independent implementation of protocol.md section 4 on .NET's AES and HMAC agrees, and every plaintext is
    /// canonical CBOR for System.Formats.Cbor.
    /// </summary>
    public class ProtocolVectorTests
    {
        private static readonly DotNetCryptoPrimitives Crypto = new DotNetCryptoPrimitives();
        private static readonly JsonNode Vectors = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "protocol-vectors.json")));

        public static IEnumerable<object[]> Messages() =>
            Vectors["messages"].AsArray().Select((node, index) => new object[] { index, (string)node["name"] });

        [Fact]
        public void KeysAreReproduced()
        {
            JsonNode keys = Vectors["keys"];
            byte[] secret = Hex(keys["secret"]), wallet = Hex(keys["walletId"]), device = Hex(keys["deviceId"]);
            Assert.Equal((string)keys["g2wEnc"], Convert.ToHexStringLower(KeySchedule.DeriveKey(Crypto, secret, wallet, device, KeySchedule.GlassesToWalletEncryption)));
            Assert.Equal((string)keys["g2wMac"], Convert.ToHexStringLower(KeySchedule.DeriveKey(Crypto, secret, wallet, device, KeySchedule.GlassesToWalletMac)));
            Assert.Equal((string)keys["w2gEnc"], Convert.ToHexStringLower(KeySchedule.DeriveKey(Crypto, secret, wallet, device, KeySchedule.WalletToGlassesEncryption)));
            Assert.Equal((string)keys["w2gMac"], Convert.ToHexStringLower(KeySchedule.DeriveKey(Crypto, secret, wallet, device, KeySchedule.WalletToGlassesMac)));
        }

        [Theory]
        [MemberData(nameof(Messages))]
        public void SealedMessageIsReproducedByteForByte(int index, string name)
        {
            JsonNode v = Vectors["messages"][index];
            Assert.Equal(name, (string)v["name"]);
            JsonNode keys = Vectors["keys"];
            bool toWallet = (string)v["direction"] == "g2w";
            SealDirection direction = toWallet ? SealDirection.GlassesToWallet : SealDirection.WalletToGlasses;
            DirectionKeys sealKeys = KeySchedule.Derive(Crypto, Hex(keys["secret"]), Hex(keys["walletId"]), Hex(keys["deviceId"]), direction);
            byte[] plaintext = Hex(v["plaintext"]);
            byte[] ad = ((string)v["associatedData"]).Length == 0 ? null : Hex(v["associatedData"]);
            ulong counter = (ulong)v["counter"];

            Assert.Equal(SealStatus.Ok, MessageSealer.Seal(Crypto, sealKeys, direction, counter, plaintext, 0, plaintext.Length, ad, out byte[] sealedBytes));
            Assert.Equal((string)v["sealed"], Convert.ToHexStringLower(sealedBytes));
            Assert.Equal((string)v["sealed"], Convert.ToHexStringLower(ReferenceSeal(keys, toWallet, counter, plaintext, ad ?? Array.Empty<byte>())));
            Assert.Equal(SealStatus.Ok, MessageSealer.Open(Crypto, sealKeys, direction, sealedBytes, 0, sealedBytes.Length, ad, out byte[] opened, out ulong openedCounter));
            Assert.Equal(plaintext, opened);
            Assert.Equal(counter, openedCounter);
            if (toWallet)
            {
                Assert.Equal("10" + (string)keys["deviceId"] + (string)v["sealed"], (string)v["routed"]);
            }

            UplinkMessage message = new UplinkMessage();
            Assert.Equal(MessageStatus.Ok, MessageCodec.Decode(plaintext, 0, plaintext.Length, message, out _));
            Assert.Equal((string)v["type"], MessageNames.Of(message.Type));
            byte[] again = new byte[plaintext.Length];
            Assert.Equal(plaintext.Length, MessageCodec.Encode(message, again, 0, again.Length));
            Assert.Equal(plaintext, again);
            System.Formats.Cbor.CborReader reference = new System.Formats.Cbor.CborReader(plaintext, System.Formats.Cbor.CborConformanceMode.Ctap2Canonical);
            reference.SkipValue();
            Assert.Equal(0, reference.BytesRemaining);
        }

        [Fact]
        public void StageOneBindsTheReadbackSentence()
        {
            JsonNode stageOne = Vectors["messages"].AsArray().First(v => ((string)v["name"]).Contains("stage 1"));
            byte[] plaintext = Hex(stageOne["plaintext"]);
            UplinkMessage message = new UplinkMessage();
            Assert.Equal(MessageStatus.Ok, MessageCodec.Decode(plaintext, 0, plaintext.Length, message, out _));
            Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes((string)Vectors["readback"])), message.Payment.ReadbackHash);
        }

        [Fact]
        public void PairingOfferTextIsReproduced()
        {
            JsonNode v = Vectors["pairingOffer"];
            PairingOffer offer = new PairingOffer
            {
                WalletId = Hex(v["walletId"]),
                HttpsEndpoint = (string)v["httpsEndpoint"],
                FrameEndpoint = (string)v["frameEndpoint"],
                ExpiresUnixSeconds = (long)v["expiresUnixSeconds"],
            };
            Hex(v["secret"]).CopyTo(offer.Secret, 0);
            Hex(v["anchorFingerprint"]).CopyTo(offer.AnchorFingerprint, 0);
            Assert.Equal((string)v["text"], offer.ToText());
            byte[] text = Encoding.ASCII.GetBytes((string)v["text"]);
            PairingOffer parsed = new PairingOffer();
            Assert.Equal(PairingStatus.Ok, PairingOffer.Parse(text, 0, text.Length, parsed));
            Assert.Equal((string)v["secret"], Convert.ToHexStringLower(parsed.Secret));
        }

        [Fact]
        public void FragmentsAreReproducedAndReassembled()
        {
            JsonNode v = Vectors["fragments"];
            int cpl = (int)v["controlPointLength"];
            byte[] data = Hex(Vectors["messages"][2]["routed"]);
            string[] expected = v["fragments"].AsArray().Select(f => (string)f).ToArray();
            Assert.Equal(expected.Length, FrameSplitter.FragmentCount(data.Length, cpl));
            FrameAssembler assembler = new FrameAssembler(FrameCommand.MaxFrameLength);
            byte[] fragment = new byte[cpl];
            FrameResult result = FrameResult.NeedMore;
            for (int i = 0; i < expected.Length; i++)
            {
                int n = FrameSplitter.Fragment((byte)(int)v["command"], data, 0, data.Length, i, cpl, fragment);
                Assert.Equal(expected[i], Convert.ToHexStringLower(fragment, 0, n));
                result = assembler.Accept(fragment, 0, n, cpl, i);
            }

            Assert.Equal(FrameResult.Complete, result);
            Assert.Equal(data, assembler.Data.AsSpan(0, assembler.Length).ToArray());
        }

        // protocol.md section 4, written from the text on .NET's primitives, sharing nothing with the runtime.
        private static byte[] ReferenceSeal(JsonNode keys, bool toWallet, ulong counter, byte[] plaintext, byte[] ad)
        {
            byte[] enc = Hex(keys[toWallet ? "g2wEnc" : "w2gEnc"]);
            byte[] mac = Hex(keys[toWallet ? "g2wMac" : "w2gMac"]);
            byte[] header = new byte[10];
            header[0] = 1;
            header[1] = (byte)(toWallet ? 1 : 2);
            BinaryPrimitives.WriteUInt64BigEndian(header.AsSpan(2), counter);
            int blocks = (plaintext.Length + 15) / 16;
            byte[] counterBlocks = new byte[blocks * 16];
            for (int i = 0; i < blocks; i++)
            {
                counterBlocks[i * 16] = header[0];
                counterBlocks[i * 16 + 1] = header[1];
                header.AsSpan(2, 8).CopyTo(counterBlocks.AsSpan(i * 16 + 4));
                BinaryPrimitives.WriteUInt32BigEndian(counterBlocks.AsSpan(i * 16 + 12), (uint)i);
            }

            using Aes aes = Aes.Create();
            aes.Key = enc;
            byte[] keystream = aes.EncryptEcb(counterBlocks, PaddingMode.None);
            byte[] ciphertext = plaintext.Select((b, i) => (byte)(b ^ keystream[i])).ToArray();
            byte[] adLength = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(adLength, (uint)ad.Length);
            byte[] tag = HMACSHA256.HashData(mac, header.Concat(adLength).Concat(ad).Concat(ciphertext).ToArray());
            return header.Concat(ciphertext).Concat(tag).ToArray();
        }

        private static byte[] Hex(JsonNode node) => Convert.FromHexString((string)node);
    }
}
