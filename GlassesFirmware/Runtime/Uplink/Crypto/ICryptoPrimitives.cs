namespace GlassesFirmware.Uplink.Crypto
{
    /// <summary>
    /// The port for the primitives the device has natively (Mbed TLS behind nanoFramework's
    /// System.Security.Cryptography): HMAC-SHA256 and AES in ECB mode. Everything else the uplink needs
    /// (SHA-256, HKDF, CTR mode, sealing) is built on this port in portable code. Implementations:
    /// GlassesFirmware.Hardware.Crypto.NanoCryptoPrimitives on the device, DotNetCryptoPrimitives on the host.
    /// Wrong key or block lengths are programming errors and throw; the port never sees untrusted lengths.
    /// </summary>
    public interface ICryptoPrimitives
    {
        /// <summary>HMAC-SHA256 (RFC 2104) of the whole of <paramref name="message"/>; returns 32 new bytes.</summary>
        byte[] HmacSha256(byte[] key, byte[] message);

        /// <summary>
        /// AES encryption (FIPS 197) of each 16-byte block of <paramref name="blocks"/> independently (ECB),
        /// under a 16- or 32-byte key; returns a new array of the same length. Several blocks per call keep
        /// the number of native calls per message at one.
        /// </summary>
        byte[] AesEcbEncrypt(byte[] key, byte[] blocks);
    }
}
