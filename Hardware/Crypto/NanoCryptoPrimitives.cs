using System.Security.Cryptography;
using GlassesFirmware.Uplink.Crypto;

namespace GlassesFirmware.Hardware.Crypto
{
    /// <summary>
    /// <see cref="ICryptoPrimitives"/> on nanoFramework.System.Security.Cryptography (native Mbed TLS). Needs a
    /// firmware image built with that native assembly (the ESP32 BLE and S3 images have it).
    /// </summary>
    public sealed class NanoCryptoPrimitives : ICryptoPrimitives
    {
        /// <summary>HMAC-SHA256 through the static HashData.</summary>
        public byte[] HmacSha256(byte[] key, byte[] message)
        {
            // Not `new HMACSHA256(key)`: that instance keeps the caller's array and Dispose() zeroes it.
            return HMACSHA256.HashData(key, message);
        }

        /// <summary>AES-ECB over whole blocks in one native call.</summary>
        public byte[] AesEcbEncrypt(byte[] key, byte[] blocks)
        {
            Aes aes = new Aes(CipherMode.ECB);
            aes.Key = key;
            return aes.Encrypt(blocks);
        }
    }
}
