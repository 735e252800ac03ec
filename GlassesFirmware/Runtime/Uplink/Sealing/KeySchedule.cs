using GlassesFirmware.Uplink.Crypto;

namespace GlassesFirmware.Uplink.Sealing
{
    /// <summary>
    /// Derives the sealing keys from the pairing secret with HKDF-SHA256 (RFC 5869), as docs/protocol.md
    /// specifies: PRK = Extract(salt = "GlassesFirmware uplink v1", IKM = secret); each key is
    /// Expand(PRK, label | 0x00 | len(wallet id) | wallet id | len(device id) | device id, 32). Binding both
    /// identities into every key means keys from one pairing are useless in any other.
    /// </summary>
    public static class KeySchedule
    {
        /// <summary>HKDF salt (ASCII).</summary>
        public const string Salt = "GlassesFirmware uplink v1";

        /// <summary>Label of the glasses-to-wallet AES-256 key.</summary>
        public const string GlassesToWalletEncryption = "g2w enc";

        /// <summary>Label of the glasses-to-wallet HMAC key.</summary>
        public const string GlassesToWalletMac = "g2w mac";

        /// <summary>Label of the wallet-to-glasses AES-256 key.</summary>
        public const string WalletToGlassesEncryption = "w2g enc";

        /// <summary>Label of the wallet-to-glasses HMAC key.</summary>
        public const string WalletToGlassesMac = "w2g mac";

        /// <summary>Length of the pairing secret in bytes (256 bits).</summary>
        public const int SecretLength = 32;

        /// <summary>Longest wallet or device identifier in bytes (its length travels in one byte).</summary>
        public const int MaxIdLength = 255;

        /// <summary>The encryption and MAC keys of one direction.</summary>
        public static DirectionKeys Derive(ICryptoPrimitives crypto, byte[] secret, byte[] walletId, byte[] deviceId, SealDirection direction)
        {
            byte[] prk = Extract(crypto, secret);
            bool toWallet = direction == SealDirection.GlassesToWallet;
            byte[] encryption = Hkdf.Expand(crypto, prk, Info(toWallet ? GlassesToWalletEncryption : WalletToGlassesEncryption, walletId, deviceId), DirectionKeys.KeyLength);
            byte[] mac = Hkdf.Expand(crypto, prk, Info(toWallet ? GlassesToWalletMac : WalletToGlassesMac, walletId, deviceId), DirectionKeys.KeyLength);
            DirectionKeys keys = new DirectionKeys(encryption, mac);
            System.Array.Clear(prk, 0, prk.Length);
            System.Array.Clear(encryption, 0, encryption.Length);
            System.Array.Clear(mac, 0, mac.Length);
            return keys;
        }

        /// <summary>One 32-byte key for <paramref name="label"/> (published so other implementations can check each step).</summary>
        public static byte[] DeriveKey(ICryptoPrimitives crypto, byte[] secret, byte[] walletId, byte[] deviceId, string label)
        {
            byte[] prk = Extract(crypto, secret);
            byte[] key = Hkdf.Expand(crypto, prk, Info(label, walletId, deviceId), DirectionKeys.KeyLength);
            System.Array.Clear(prk, 0, prk.Length);
            return key;
        }

        /// <summary>The HKDF info bytes for <paramref name="label"/>: label | 0x00 | len | wallet id | len | device id.</summary>
        public static byte[] Info(string label, byte[] walletId, byte[] deviceId)
        {
            if (label == null || walletId == null || deviceId == null || walletId.Length == 0 || deviceId.Length == 0
                || walletId.Length > MaxIdLength || deviceId.Length > MaxIdLength)
            {
                throw new System.ArgumentException("label and identifiers of 1..255 bytes are required");
            }

            byte[] info = new byte[label.Length + 3 + walletId.Length + deviceId.Length];
            int n = 0;
            for (int i = 0; i < label.Length; i++)
            {
                char c = label[i];
                if (c < 0x20 || c > 0x7E)
                {
                    throw new System.ArgumentException("labels are printable ASCII");
                }

                info[n++] = (byte)c;
            }

            info[n++] = 0;
            info[n++] = (byte)walletId.Length;
            System.Array.Copy(walletId, 0, info, n, walletId.Length);
            n += walletId.Length;
            info[n++] = (byte)deviceId.Length;
            System.Array.Copy(deviceId, 0, info, n, deviceId.Length);
            return info;
        }

        private static byte[] Extract(ICryptoPrimitives crypto, byte[] secret)
        {
            if (secret == null || secret.Length != SecretLength)
            {
                throw new System.ArgumentException("the pairing secret is 32 bytes");
            }

            byte[] salt = new byte[Salt.Length];
            for (int i = 0; i < salt.Length; i++)
            {
                salt[i] = (byte)Salt[i];
            }

            return Hkdf.Extract(crypto, salt, secret);
        }
    }
}
