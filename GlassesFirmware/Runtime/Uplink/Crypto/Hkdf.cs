namespace GlassesFirmware.Uplink.Crypto
{
    /// <summary>HKDF with HMAC-SHA256 (RFC 5869), on the device's native HMAC through <see cref="ICryptoPrimitives"/>.</summary>
    public static class Hkdf
    {
        /// <summary>Longest output RFC 5869 allows with SHA-256: 255 blocks of 32 bytes.</summary>
        public const int MaxOutputLength = 255 * Sha256.HashLength;

        /// <summary>HKDF-Extract: PRK = HMAC(salt, ikm); a null or empty salt means 32 zero bytes.</summary>
        public static byte[] Extract(ICryptoPrimitives crypto, byte[] salt, byte[] inputKeyMaterial)
        {
            if (crypto == null || inputKeyMaterial == null)
            {
                throw new System.ArgumentNullException("inputKeyMaterial");
            }

            if (salt == null || salt.Length == 0)
            {
                salt = new byte[Sha256.HashLength];
            }

            return crypto.HmacSha256(salt, inputKeyMaterial);
        }

        /// <summary>HKDF-Expand: <paramref name="length"/> bytes of T(1) | T(2) | ..., T(i) = HMAC(prk, T(i-1) | info | i).</summary>
        public static byte[] Expand(ICryptoPrimitives crypto, byte[] pseudoRandomKey, byte[] info, int length)
        {
            if (crypto == null || pseudoRandomKey == null)
            {
                throw new System.ArgumentNullException("pseudoRandomKey");
            }

            if (length < 0 || length > MaxOutputLength)
            {
                throw new System.ArgumentOutOfRangeException("length");
            }

            int infoLength = info == null ? 0 : info.Length;
            byte[] output = new byte[length];

            // T(1) = HMAC(prk, info | 1); T(i) = HMAC(prk, T(i-1) | info | i) in one reused buffer.
            byte[] first = new byte[infoLength + 1];
            byte[] next = new byte[Sha256.HashLength + infoLength + 1];
            if (infoLength > 0)
            {
                System.Array.Copy(info, 0, first, 0, infoLength);
                System.Array.Copy(info, 0, next, Sha256.HashLength, infoLength);
            }

            first[infoLength] = 1;
            byte[] block = null;
            for (int produced = 0, round = 1; produced < length; round++)
            {
                if (block == null)
                {
                    block = crypto.HmacSha256(pseudoRandomKey, first);
                }
                else
                {
                    System.Array.Copy(block, 0, next, 0, Sha256.HashLength);
                    next[next.Length - 1] = (byte)round;
                    block = crypto.HmacSha256(pseudoRandomKey, next);
                }

                int take = length - produced < Sha256.HashLength ? length - produced : Sha256.HashLength;
                System.Array.Copy(block, 0, output, produced, take);
                produced += take;
            }

            return output;
        }

        /// <summary>Extract then expand.</summary>
        public static byte[] DeriveKey(ICryptoPrimitives crypto, byte[] inputKeyMaterial, byte[] salt, byte[] info, int length)
        {
            return Expand(crypto, Extract(crypto, salt, inputKeyMaterial), info, length);
        }
    }
}
