namespace GlassesFirmware.Uplink.Sealing
{
    /// <summary>The two keys of one direction: AES-256 for CTR encryption and an HMAC-SHA256 key for the tag.</summary>
    public sealed class DirectionKeys
    {
        /// <summary>Length of each key in bytes.</summary>
        public const int KeyLength = 32;

        private readonly byte[] _encryptionKey;
        private readonly byte[] _macKey;

        /// <summary>Keeps copies of both 32-byte keys.</summary>
        public DirectionKeys(byte[] encryptionKey, byte[] macKey)
        {
            if (encryptionKey == null || encryptionKey.Length != KeyLength || macKey == null || macKey.Length != KeyLength)
            {
                throw new System.ArgumentException("keys must be 32 bytes");
            }

            _encryptionKey = (byte[])encryptionKey.Clone();
            _macKey = (byte[])macKey.Clone();
        }

        /// <summary>The AES-256 key (the instance's own array: do not modify).</summary>
        internal byte[] EncryptionKey
        {
            get { return _encryptionKey; }
        }

        /// <summary>The HMAC key (the instance's own array: do not modify).</summary>
        internal byte[] MacKey
        {
            get { return _macKey; }
        }

        /// <summary>Overwrites both keys with zeros (unpairing); the instance then seals and opens nothing valid.</summary>
        public void Wipe()
        {
            System.Array.Clear(_encryptionKey, 0, KeyLength);
            System.Array.Clear(_macKey, 0, KeyLength);
        }
    }
}
