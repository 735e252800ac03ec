using GlassesFirmware.Uplink.Crypto;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>
    /// Crypto for device tests of the protocol logic: real HMAC-SHA256 (RFC 2104 over the runtime's managed
    /// SHA-256) and, in place of AES, a keyed stand-in (each block becomes the first 16 bytes of
    /// SHA-256(key | block)). Sealing stays authenticated and keyed, which is what handshake and replay tests
    /// need; the real AES is checked on the host against .NET (Host/Tests/Uplink).
    /// </summary>
    public sealed class TestCrypto : ICryptoPrimitives
    {
        /// <inheritdoc />
        public byte[] HmacSha256(byte[] key, byte[] message)
        {
            byte[] block = new byte[64];
            byte[] k = key.Length > 64 ? Sha256.Hash(key, 0, key.Length) : key;
            System.Array.Copy(k, block, k.Length);
            Sha256 inner = new Sha256();
            byte[] pad = new byte[64];
            for (int i = 0; i < 64; i++)
            {
                pad[i] = (byte)(block[i] ^ 0x36);
            }

            inner.Update(pad, 0, 64);
            inner.Update(message, 0, message.Length);
            byte[] innerHash = new byte[32];
            inner.Final(innerHash, 0);
            Sha256 outer = new Sha256();
            for (int i = 0; i < 64; i++)
            {
                pad[i] = (byte)(block[i] ^ 0x5C);
            }

            outer.Update(pad, 0, 64);
            outer.Update(innerHash, 0, 32);
            byte[] tag = new byte[32];
            outer.Final(tag, 0);
            return tag;
        }

        /// <inheritdoc />
        public byte[] AesEcbEncrypt(byte[] key, byte[] blocks)
        {
            byte[] output = new byte[blocks.Length];
            byte[] input = new byte[key.Length + 16];
            System.Array.Copy(key, input, key.Length);
            for (int b = 0; b < blocks.Length; b += 16)
            {
                System.Array.Copy(blocks, b, input, key.Length, 16);
                byte[] hash = Sha256.Hash(input, 0, input.Length);
                System.Array.Copy(hash, 0, output, b, 16);
            }

            return output;
        }
    }
}
