using System;
using System.Security.Cryptography;
using GlassesFirmware.Uplink.Crypto;

namespace GlassesFirmware.Host.Adapters.Crypto
{
    /// <summary>
    /// <see cref="ICryptoPrimitives"/> on .NET's System.Security.Cryptography, with the device's limits: AES keys
    /// of 16 or 32 bytes, whole 16-byte blocks only, so code that works here works on the glasses.
    /// </summary>
    public sealed class DotNetCryptoPrimitives : ICryptoPrimitives
    {
        public byte[] HmacSha256(byte[] key, byte[] message)
        {
            ArgumentNullException.ThrowIfNull(key);
            ArgumentNullException.ThrowIfNull(message);
            return HMACSHA256.HashData(key, message);
        }

        public byte[] AesEcbEncrypt(byte[] key, byte[] blocks)
        {
            ArgumentNullException.ThrowIfNull(key);
            ArgumentNullException.ThrowIfNull(blocks);
            if (key.Length != 16 && key.Length != 32)
            {
                throw new ArgumentException("AES keys are 16 or 32 bytes", nameof(key));
            }

            if (blocks.Length % 16 != 0)
            {
                throw new ArgumentException("ECB input must be whole 16-byte blocks", nameof(blocks));
            }

            using Aes aes = Aes.Create();
            aes.Key = key;
            return aes.EncryptEcb(blocks, PaddingMode.None);
        }
    }
}
