using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Sealing;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// Sealing version 1 with real crypto (the host adapter): the published vectors of docs/protocol.md, an
    /// independent re-implementation on .NET's HKDF, AES and HMAC, and every kind of tampering ending in its typed
    /// status. Counters, replays and the two ends' roles are the channel's (<see cref="UplinkChannelTests"/>).
    /// </summary>
    public class SealingTests
    {
        private static readonly ICryptoPrimitives Crypto = new DotNetCryptoPrimitives();
        private static readonly byte[] Secret = Range(0x00, 32);
        private static readonly byte[] WalletId = Range(0xA0, 16);
        private static readonly byte[] DeviceId = Range(0xD0, 16);
        private static readonly byte[] Challenge = Range(0xC0, 16);

        // Vector 1: glasses -> wallet, counter 1, CBOR {0: 1, 1: "hello"}, the challenge as associated data.
        private const string Vector1Plaintext = "a20001016568656c6c6f";
        private const string Vector1Sealed = "010100000000000000016f17b1fba9f28b03f491d8dc87714171f62183b96950f5c2d3f8b44311237c08816a59d106d2459ff3bf";

        // Vector 2: wallet -> glasses, counter 7, CBOR {0: 2, 1: h'000102..1f'} (three AES blocks), no associated data.
        private const string Vector2Plaintext = "a20002015820000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
        private const string Vector2Sealed = "01020000000000000007fcbf07166b76ad250a29e5f9ba64779f921290f5dda49e574df63d5f35efe5226a42952a99007e46eb7526b5cca17c93129cc0067772d5f8d677366c29fddc1dcba8e3538c41";

        [Theory]
        [InlineData(KeySchedule.GlassesToWalletEncryption, "a5ed8d1cd945bcea9a7163cd7a8b79246b280728c97cbfd8cc5801b6481fb649")]
        [InlineData(KeySchedule.GlassesToWalletMac, "813cd19a8db9585be5022725dda3fb75d3307e23e43f62c0cb48b6513f02be3f")]
        [InlineData(KeySchedule.WalletToGlassesEncryption, "9625b8572d18e70e93a4efa11c763e07c0629705da37efa851a81765364504d1")]
        [InlineData(KeySchedule.WalletToGlassesMac, "a8d00e957544ca0765fde5aa5689365c14ce50e26c91099c237e927d2ab15adb")]
        public void KeyScheduleVectorsMatchTheRuntimeAndDotNetHkdf(string label, string expected)
        {
            Assert.Equal(expected, Convert.ToHexStringLower(KeySchedule.DeriveKey(Crypto, Secret, WalletId, DeviceId, label)));
            Assert.Equal(expected, Convert.ToHexStringLower(ReferenceKey(label, WalletId, DeviceId)));
        }

        [Fact]
        public void PseudoRandomKeyVectorMatchesDotNetHkdf()
        {
            byte[] salt = Encoding.ASCII.GetBytes(KeySchedule.Salt);
            const string Prk = "435f6e0fae97fc787b592de02657f6d49a3e51253dd1a3ca6456d4e9dff892f8";
            Assert.Equal(Prk, Hex(Hkdf.Extract(Crypto, salt, Secret)));
            Assert.Equal(Prk, Hex(HKDF.Extract(HashAlgorithmName.SHA256, Secret, salt)));
        }

        [Fact]
        public void ProtocolDocumentPublishesTheseVectors()
        {
            // docs/protocol.md is what other implementations copy: it must carry exactly what the tests check.
            string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "protocol.md"));
            foreach (string value in new[]
            {
                Vector1Plaintext, Vector1Sealed, Vector2Plaintext, Vector2Sealed,
                Hex(KeySchedule.DeriveKey(Crypto, Secret, WalletId, DeviceId, KeySchedule.GlassesToWalletEncryption)),
                Hex(KeySchedule.DeriveKey(Crypto, Secret, WalletId, DeviceId, KeySchedule.GlassesToWalletMac)),
                Hex(KeySchedule.DeriveKey(Crypto, Secret, WalletId, DeviceId, KeySchedule.WalletToGlassesEncryption)),
                Hex(KeySchedule.DeriveKey(Crypto, Secret, WalletId, DeviceId, KeySchedule.WalletToGlassesMac)),
                Hex(KeySchedule.Info(KeySchedule.GlassesToWalletEncryption, WalletId, DeviceId)),
            })
            {
                Assert.Contains(value, doc);
            }
        }

        [Fact]
        public void SealingVectorsAreReproducedByteForByte()
        {
            Assert.Equal(Vector1Sealed, Hex(Seal(SealDirection.GlassesToWallet, 1, Convert.FromHexString(Vector1Plaintext), Challenge)));
            Assert.Equal(Vector2Sealed, Hex(Seal(SealDirection.WalletToGlasses, 7, Convert.FromHexString(Vector2Plaintext), null)));
            Assert.Equal(Vector1Sealed, Hex(ReferenceSeal(SealDirection.GlassesToWallet, 1, Convert.FromHexString(Vector1Plaintext), Challenge)));
            Assert.Equal(Vector2Sealed, Hex(ReferenceSeal(SealDirection.WalletToGlasses, 7, Convert.FromHexString(Vector2Plaintext), Array.Empty<byte>())));
        }

        [Fact]
        public void VectorsOpenAtTheOtherEnd()
        {
            (SealerEnd glasses, SealerEnd wallet) = Pair();
            byte[] v1 = Convert.FromHexString(Vector1Sealed);
            Assert.Equal(SealStatus.Ok, wallet.Open(v1, 0, v1.Length, Challenge, out byte[] plaintext, out ulong counter));
            Assert.Equal(Vector1Plaintext, Hex(plaintext));
            Assert.Equal(1UL, counter);

            byte[] v2 = Convert.FromHexString(Vector2Sealed);
            Assert.Equal(SealStatus.Ok, glasses.Open(v2, 0, v2.Length, null, out plaintext, out counter));
            Assert.Equal(Vector2Plaintext, Hex(plaintext));
            Assert.Equal(7UL, counter);
        }

        [Fact]
        public void RandomMessagesMatchTheReferenceAndRoundTrip()
        {
            var random = new Random(3610);
            (SealerEnd glasses, SealerEnd wallet) = Pair();
            ulong counter = 0;
            for (int i = 0; i < 300; i++)
            {
                byte[] plaintext = new byte[random.Next(0, 200)];
                random.NextBytes(plaintext);
                byte[] ad = random.Next(2) == 0 ? null : Range((byte)i, random.Next(0, 40));
                counter += (ulong)random.Next(1, 1000);

                Assert.Equal(SealStatus.Ok, glasses.Seal(counter, plaintext, 0, plaintext.Length, ad, out byte[] message));
                Assert.Equal(MessageSealer.Overhead + plaintext.Length, message.Length);
                Assert.Equal(Hex(ReferenceSeal(SealDirection.GlassesToWallet, counter, plaintext, ad ?? Array.Empty<byte>())), Hex(message));

                Assert.Equal(SealStatus.Ok, wallet.Open(message, 0, message.Length, ad, out byte[] opened, out ulong received));
                Assert.Equal(Hex(plaintext), Hex(opened));
                Assert.Equal(counter, received);
            }
        }

        [Fact]
        public void FlippingAnyBitOfASealedMessageIsDetected()
        {
            (SealerEnd glasses, SealerEnd wallet) = Pair();
            byte[] plaintext = Encoding.UTF8.GetBytes("pay 12.50 SGD to Kopi Corner");
            Assert.Equal(SealStatus.Ok, glasses.Seal(5, plaintext, 0, plaintext.Length, Challenge, out byte[] message));

            for (int i = 0; i < message.Length; i++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    byte[] tampered = (byte[])message.Clone();
                    tampered[i] ^= (byte)(1 << bit);
                    SealStatus status = wallet.Open(tampered, 0, tampered.Length, Challenge, out byte[] opened, out _);
                    SealStatus expected = i == 0 ? SealStatus.UnsupportedVersion : i == 1 ? SealStatus.WrongDirection : SealStatus.TagMismatch;
                    Assert.True(expected == status, "byte " + i + " bit " + bit + ": " + SealStatuses.Name(status));
                    Assert.Null(opened);
                }
            }

            Assert.Equal(SealStatus.Ok, wallet.Open(message, 0, message.Length, Challenge, out byte[] genuine, out _));
            Assert.Equal(plaintext, genuine);
        }

        [Fact]
        public void RandomBytesNeverOpenAndNeverThrow()
        {
            var random = new Random(8949);
            (_, SealerEnd wallet) = Pair();
            for (int i = 0; i < 2000; i++)
            {
                byte[] junk = new byte[random.Next(0, 120)];
                random.NextBytes(junk);
                if (junk.Length > 1 && random.Next(2) == 0)
                {
                    junk[0] = MessageSealer.Version;
                    junk[1] = (byte)SealDirection.GlassesToWallet; // reach the tag check
                }

                SealStatus status = wallet.Open(junk, 0, junk.Length, null, out byte[] opened, out _);
                Assert.NotEqual(SealStatus.Ok, status);
                Assert.Null(opened);
            }
        }

        [Fact]
        public void AnotherChallengeTruncationOrExtensionIsRefused()
        {
            (SealerEnd glasses, SealerEnd wallet) = Pair();
            Assert.Equal(SealStatus.Ok, glasses.Seal(1, Challenge, 0, 16, Challenge, out byte[] message));

            byte[] otherChallenge = (byte[])Challenge.Clone();
            otherChallenge[15] ^= 1;
            Assert.Equal(SealStatus.TagMismatch, wallet.Open(message, 0, message.Length, otherChallenge, out _, out _));
            Assert.Equal(SealStatus.TagMismatch, wallet.Open(message, 0, message.Length, null, out _, out _));
            Assert.Equal(SealStatus.TagMismatch, wallet.Open(message, 0, message.Length - 1, Challenge, out _, out _));
            Assert.Equal(SealStatus.TooShort, wallet.Open(message, 0, MessageSealer.Overhead - 1, Challenge, out _, out _));

            byte[] longer = message.Concat(new byte[] { 0 }).ToArray();
            Assert.Equal(SealStatus.TagMismatch, wallet.Open(longer, 0, longer.Length, Challenge, out _, out _));

            // The same bytes inside a larger buffer open from their offset.
            byte[] framed = new byte[] { 0xEE }.Concat(message).Concat(new byte[] { 0xEE }).ToArray();
            Assert.Equal(SealStatus.Ok, wallet.Open(framed, 1, message.Length, Challenge, out byte[] opened, out _));
            Assert.Equal(Challenge, opened);
        }

        [Fact]
        public void AuthenticCounterZeroIsRefused()
        {
            // Only a holder of the keys can make one; it is still refused, since 0 means "nothing yet".
            byte[] forged = ReferenceSeal(SealDirection.WalletToGlasses, 0, new byte[] { 9 }, Array.Empty<byte>());
            (SealerEnd glasses, _) = Pair();
            Assert.Equal(SealStatus.InvalidCounter, glasses.Open(forged, 0, forged.Length, null, out _, out _));
            Assert.Equal(SealStatus.InvalidCounter, glasses.Seal(0, new byte[] { 9 }, 0, 1, null, out byte[] message));
            Assert.Null(message);
        }

        [Fact]
        public void OversizedPlaintextIsRefusedAndTheLimitFits()
        {
            (SealerEnd glasses, SealerEnd wallet) = Pair();
            byte[] big = new byte[MessageSealer.MaxPlaintextLength + 1];
            Assert.Equal(SealStatus.TooLong, glasses.Seal(1, big, 0, big.Length, null, out byte[] refused));
            Assert.Null(refused);
            Assert.Equal(SealStatus.Ok, glasses.Seal(1, big, 0, MessageSealer.MaxPlaintextLength, null, out byte[] message));
            Assert.Equal(SealStatus.Ok, wallet.Open(message, 0, message.Length, null, out byte[] opened, out _));
            Assert.Equal(MessageSealer.MaxPlaintextLength, opened.Length);

            byte[] oversized = new byte[MessageSealer.Overhead + MessageSealer.MaxPlaintextLength + 1];
            Assert.Equal(SealStatus.TooLong, wallet.Open(oversized, 0, oversized.Length, null, out _, out _));
        }

        [Fact]
        public void WipedKeysOpenNothing()
        {
            DirectionKeys sending = Keys(SealDirection.GlassesToWallet);
            DirectionKeys receiving = Keys(SealDirection.GlassesToWallet);
            Assert.Equal(SealStatus.Ok, MessageSealer.Seal(Crypto, sending, SealDirection.GlassesToWallet, 1, Challenge, 0, 16, null, out byte[] message));
            receiving.Wipe();
            Assert.Equal(SealStatus.TagMismatch, MessageSealer.Open(Crypto, receiving, SealDirection.GlassesToWallet, message, 0, message.Length, null, out _, out _));
        }

        private static (SealerEnd Glasses, SealerEnd Wallet) Pair() =>
            (new SealerEnd(SealDirection.GlassesToWallet), new SealerEnd(SealDirection.WalletToGlasses));

        private static DirectionKeys Keys(SealDirection direction) => KeySchedule.Derive(Crypto, Secret, WalletId, DeviceId, direction);

        private static byte[] Seal(SealDirection direction, ulong counter, byte[] plaintext, byte[] ad)
        {
            Assert.Equal(SealStatus.Ok, MessageSealer.Seal(Crypto, Keys(direction), direction, counter, plaintext, 0, plaintext.Length, ad, out byte[] message));
            return message;
        }

        // Sealing v1 written again from docs/protocol.md on .NET's own HKDF, AES and HMAC.
        private static byte[] ReferenceSeal(SealDirection direction, ulong counter, byte[] plaintext, byte[] ad)
        {
            string prefix = direction == SealDirection.GlassesToWallet ? "g2w" : "w2g";
            byte[] encryptionKey = ReferenceKey(prefix + " enc", WalletId, DeviceId);
            byte[] macKey = ReferenceKey(prefix + " mac", WalletId, DeviceId);

            byte[] header = new byte[10];
            header[0] = 1;
            header[1] = (byte)direction;
            BinaryPrimitives.WriteUInt64BigEndian(header.AsSpan(2), counter);

            using Aes aes = Aes.Create();
            aes.Key = encryptionKey;
            byte[] ciphertext = new byte[plaintext.Length];
            for (int block = 0; block * 16 < plaintext.Length; block++)
            {
                byte[] counterBlock = new byte[16];
                counterBlock[0] = 1;
                counterBlock[1] = (byte)direction;
                BinaryPrimitives.WriteUInt64BigEndian(counterBlock.AsSpan(4), counter);
                BinaryPrimitives.WriteUInt32BigEndian(counterBlock.AsSpan(12), (uint)block);
                byte[] keystream = aes.EncryptEcb(counterBlock, PaddingMode.None);
                for (int i = block * 16; i < Math.Min(plaintext.Length, block * 16 + 16); i++)
                {
                    ciphertext[i] = (byte)(plaintext[i] ^ keystream[i - block * 16]);
                }
            }

            byte[] adLength = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(adLength, (uint)ad.Length);
            byte[] tag = HMACSHA256.HashData(macKey, header.Concat(adLength).Concat(ad).Concat(ciphertext).ToArray());
            return header.Concat(ciphertext).Concat(tag).ToArray();
        }

        private static byte[] ReferenceKey(string label, byte[] walletId, byte[] deviceId)
        {
            byte[] info = Encoding.ASCII.GetBytes(label).Concat(new byte[] { 0, (byte)walletId.Length }).Concat(walletId)
                .Concat(new byte[] { (byte)deviceId.Length }).Concat(deviceId).ToArray();
            return HKDF.DeriveKey(HashAlgorithmName.SHA256, Secret, 32, Encoding.ASCII.GetBytes("GlassesFirmware uplink v1"), info);
        }

        private static byte[] Range(byte first, int count) => Enumerable.Range(first, count).Select(i => (byte)i).ToArray();

        private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

        // One end at the byte level: seals with its direction's keys, opens the other direction's (the sealer is
        // stateless; counters and replay are the channel's, see UplinkChannelTests).
        private sealed class SealerEnd
        {
            private readonly SealDirection _send;
            private readonly SealDirection _receive;

            public SealerEnd(SealDirection send)
            {
                _send = send;
                _receive = send == SealDirection.GlassesToWallet ? SealDirection.WalletToGlasses : SealDirection.GlassesToWallet;
            }

            public SealStatus Seal(ulong counter, byte[] plaintext, int offset, int count, byte[] ad, out byte[] message) =>
                MessageSealer.Seal(Crypto, Keys(_send), _send, counter, plaintext, offset, count, ad, out message);

            public SealStatus Open(byte[] message, int offset, int count, byte[] ad, out byte[] plaintext, out ulong counter) =>
                MessageSealer.Open(Crypto, Keys(_receive), _receive, message, offset, count, ad, out plaintext, out counter);
        }
    }
}
