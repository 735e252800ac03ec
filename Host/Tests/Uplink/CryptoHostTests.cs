using System;
using System.Linq;
using System.Security.Cryptography;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Uplink.Crypto;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// The crypto the protocol stands on, on the host: the managed SHA-256 against .NET's and the long FIPS
    /// vector, the host adapter of the crypto port against FIPS 197 and RFC 4231, and HKDF against RFC 5869
    /// and .NET's HKDF.
    /// </summary>
    public class CryptoHostTests
    {
        private static readonly ICryptoPrimitives Crypto = new DotNetCryptoPrimitives();

        [Fact]
        public void Sha256OfAMillionAIsTheFipsValue()
        {
            byte[] chunk = Enumerable.Repeat((byte)'a', 1000).ToArray();
            var sha = new Sha256();
            for (int i = 0; i < 1000; i++)
            {
                sha.Update(chunk, 0, chunk.Length);
            }

            byte[] digest = new byte[32];
            sha.Final(digest, 0);
            Assert.Equal("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Convert.ToHexStringLower(digest));
        }

        [Fact]
        public void Sha256MatchesDotNetForEveryLengthAndSplit()
        {
            var random = new Random(5869);
            for (int length = 0; length <= 1100; length++)
            {
                byte[] data = new byte[length];
                random.NextBytes(data);
                var sha = new Sha256();
                int offset = 0;
                while (offset < length)
                {
                    int take = Math.Min(length - offset, random.Next(0, 150));
                    sha.Update(data, offset, take);
                    offset += take;
                }

                byte[] digest = new byte[32];
                sha.Final(digest, 0);
                Assert.Equal(Convert.ToHexString(SHA256.HashData(data)), Convert.ToHexString(digest));
            }
        }

        [Theory]
        [InlineData("000102030405060708090a0b0c0d0e0f", "00112233445566778899aabbccddeeff", "69c4e0d86a7b0430d8cdb78070b4c55a")] // FIPS 197 C.1
        [InlineData("2b7e151628aed2a6abf7158809cf4f3c", "3243f6a8885a308d313198a2e0370734", "3925841d02dc09fbdc118597196a0b32")] // FIPS 197 B
        [InlineData("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "00112233445566778899aabbccddeeff", "8ea2b7ca516745bfeafc49904b496089")] // FIPS 197 C.3
        public void HostAdapterAesMatchesFips197(string key, string plaintext, string ciphertext)
        {
            byte[] twoBlocks = Convert.FromHexString(plaintext + plaintext);
            byte[] result = Crypto.AesEcbEncrypt(Convert.FromHexString(key), twoBlocks);
            Assert.Equal(ciphertext + ciphertext, Convert.ToHexStringLower(result));
        }

        [Theory]
        [InlineData("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "4869205468657265", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")] // RFC 4231 TC1
        [InlineData("4a656665", "7768617420646f2079612077616e7420666f72206e6f7468696e673f", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")] // RFC 4231 TC2
        public void HostAdapterHmacMatchesRfc4231(string key, string data, string mac)
        {
            Assert.Equal(mac, Convert.ToHexStringLower(Crypto.HmacSha256(Convert.FromHexString(key), Convert.FromHexString(data))));
        }

        [Fact]
        public void HostAdapterRefusesWhatTheDeviceCannotDo()
        {
            Assert.Throws<ArgumentException>(() => Crypto.AesEcbEncrypt(new byte[24], new byte[16]));
            Assert.Throws<ArgumentException>(() => Crypto.AesEcbEncrypt(new byte[16], new byte[15]));
        }

        [Theory]
        [InlineData("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "000102030405060708090a0b0c", "f0f1f2f3f4f5f6f7f8f9", 42,
            "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5",
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865")]
        [InlineData(
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f",
            "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeaf",
            "b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
            82,
            "06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244",
            "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87")]
        [InlineData("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "", "", 42,
            "19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04",
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8")]
        public void HkdfMatchesRfc5869AppendixA(string ikm, string salt, string info, int length, string prk, string okm)
        {
            byte[] extracted = Hkdf.Extract(Crypto, Convert.FromHexString(salt), Convert.FromHexString(ikm));
            Assert.Equal(prk, Convert.ToHexStringLower(extracted));
            Assert.Equal(okm, Convert.ToHexStringLower(Hkdf.Expand(Crypto, extracted, Convert.FromHexString(info), length)));
        }

        [Fact]
        public void HkdfMatchesDotNetForRandomInputs()
        {
            var random = new Random(20261126);
            for (int i = 0; i < 300; i++)
            {
                byte[] ikm = RandomBytes(random, random.Next(1, 80));
                byte[] salt = RandomBytes(random, random.Next(0, 80));
                byte[] info = RandomBytes(random, random.Next(0, 80));
                int length = random.Next(0, 400);
                byte[] expected = HKDF.DeriveKey(HashAlgorithmName.SHA256, ikm, length, salt, info);
                Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(Hkdf.DeriveKey(Crypto, ikm, salt, info, length)));
            }
        }

        [Fact]
        public void HkdfRefusesMoreThan255Blocks()
        {
            byte[] prk = new byte[32];
            Assert.Equal(Hkdf.MaxOutputLength, Hkdf.Expand(Crypto, prk, null, Hkdf.MaxOutputLength).Length);
            Assert.Throws<ArgumentOutOfRangeException>(() => Hkdf.Expand(Crypto, prk, null, Hkdf.MaxOutputLength + 1));
        }

        private static byte[] RandomBytes(Random random, int length)
        {
            byte[] bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }
    }
}
