using GlassesFirmware.Uplink.Crypto;

namespace GlassesFirmware.Uplink.Sealing
{
    /// <summary>
    /// Seals and opens one message, version 1 (docs/protocol.md, "Sealing"): AES-256-CTR then HMAC-SHA256
    /// (encrypt-then-MAC) over the device's native primitives.
    /// <code>
    /// message = version (0x01) | direction (1 byte) | counter (uint64 big-endian) | ciphertext | tag (32)
    /// tag     = HMAC-SHA256(mac key, version | direction | counter | uint32-be(len(ad)) | ad | ciphertext)
    /// block i = version | direction | 0x00 0x00 | counter (8, big-endian) | i (uint32 big-endian), i = 0, 1, ...
    /// </code>
    /// Stateless: replay and counter bookkeeping live in <see cref="Channel.UplinkChannel"/>. The associated data
    /// (e.g. the wallet's challenge) is authenticated but not transmitted.
    /// </summary>
    public static class MessageSealer
    {
        /// <summary>The only version this runtime seals and opens.</summary>
        public const byte Version = 1;

        /// <summary>Version, direction and counter.</summary>
        public const int HeaderLength = 10;

        /// <summary>Untruncated HMAC-SHA256.</summary>
        public const int TagLength = 32;

        /// <summary>Bytes a sealed message adds to its plaintext.</summary>
        public const int Overhead = HeaderLength + TagLength;

        /// <summary>Largest plaintext; larger content is split by the message layer.</summary>
        public const int MaxPlaintextLength = 16384;

        private const int AesBlock = 16;

        /// <summary>
        /// Seals <paramref name="count"/> bytes of <paramref name="plaintext"/> under counter
        /// <paramref name="counter"/> (at least 1, never reused with the same keys).
        /// </summary>
        public static SealStatus Seal(ICryptoPrimitives crypto, DirectionKeys keys, SealDirection direction, ulong counter,
            byte[] plaintext, int offset, int count, byte[] associatedData, out byte[] message)
        {
            message = null;
            CheckArguments(crypto, keys, plaintext, offset, count);
            if (counter == 0)
            {
                return SealStatus.InvalidCounter;
            }

            if (count > MaxPlaintextLength)
            {
                return SealStatus.TooLong;
            }

            byte[] sealedMessage = new byte[HeaderLength + count + TagLength];
            WriteHeader(sealedMessage, direction, counter);
            Crypt(crypto, keys, sealedMessage, 0, plaintext, offset, count, sealedMessage, HeaderLength);
            byte[] tag = Tag(crypto, keys, sealedMessage, 0, count, associatedData);
            System.Array.Copy(tag, 0, sealedMessage, HeaderLength + count, TagLength);
            message = sealedMessage;
            return SealStatus.Ok;
        }

        /// <summary>
        /// Checks and decrypts a message sealed for <paramref name="direction"/>. The tag is verified (in fixed
        /// time) before anything is decrypted; on failure <paramref name="plaintext"/> stays null.
        /// </summary>
        public static SealStatus Open(ICryptoPrimitives crypto, DirectionKeys keys, SealDirection direction,
            byte[] message, int offset, int count, byte[] associatedData, out byte[] plaintext, out ulong counter)
        {
            plaintext = null;
            counter = 0;
            CheckArguments(crypto, keys, message, offset, count);
            if (count < Overhead)
            {
                return SealStatus.TooShort;
            }

            int length = count - Overhead;
            if (length > MaxPlaintextLength)
            {
                return SealStatus.TooLong;
            }

            if (message[offset] != Version)
            {
                return SealStatus.UnsupportedVersion;
            }

            if (message[offset + 1] != (byte)direction)
            {
                return SealStatus.WrongDirection;
            }

            byte[] tag = Tag(crypto, keys, message, offset, length, associatedData);
            if (!FixedTime.AreEqual(tag, 0, message, offset + HeaderLength + length, TagLength))
            {
                return SealStatus.TagMismatch;
            }

            ulong sealedCounter = ClaimedCounter(message, offset, count);
            if (sealedCounter == 0)
            {
                return SealStatus.InvalidCounter;
            }

            byte[] opened = new byte[length];
            Crypt(crypto, keys, message, offset, message, offset + HeaderLength, length, opened, 0);
            plaintext = opened;
            counter = sealedCounter;
            return SealStatus.Ok;
        }

        /// <summary>
        /// The counter a sealed message's header names (bytes 2..9, big-endian), authentic or not; 0 when
        /// <paramref name="count"/> is shorter than the header.
        /// </summary>
        public static ulong ClaimedCounter(byte[] message, int offset, int count)
        {
            ulong counter = 0;
            for (int i = 0; count >= HeaderLength && i < 8; i++)
            {
                counter = (counter << 8) | message[offset + 2 + i];
            }

            return counter;
        }

        private static void CheckArguments(ICryptoPrimitives crypto, DirectionKeys keys, byte[] data, int offset, int count)
        {
            if (crypto == null || keys == null || data == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new System.ArgumentException("crypto, keys and a buffer range are required");
            }
        }

        private static void WriteHeader(byte[] message, SealDirection direction, ulong counter)
        {
            message[0] = Version;
            message[1] = (byte)direction;
            for (int i = 0; i < 8; i++)
            {
                message[2 + i] = (byte)(counter >> (56 - 8 * i));
            }
        }

        // CTR: XORs `count` bytes of source with the keystream of the header at header[headerAt], into destination.
        private static void Crypt(ICryptoPrimitives crypto, DirectionKeys keys, byte[] header, int headerAt,
            byte[] source, int sourceOffset, int count, byte[] destination, int destinationOffset)
        {
            if (count == 0)
            {
                return;
            }

            int blocks = (count + AesBlock - 1) / AesBlock;
            byte[] counterBlocks = new byte[blocks * AesBlock];
            for (int b = 0; b < blocks; b++)
            {
                int p = b * AesBlock;
                counterBlocks[p] = header[headerAt];
                counterBlocks[p + 1] = header[headerAt + 1];
                System.Array.Copy(header, headerAt + 2, counterBlocks, p + 4, 8);
                counterBlocks[p + 12] = (byte)(b >> 24);
                counterBlocks[p + 13] = (byte)(b >> 16);
                counterBlocks[p + 14] = (byte)(b >> 8);
                counterBlocks[p + 15] = (byte)b;
            }

            byte[] keystream = crypto.AesEcbEncrypt(keys.EncryptionKey, counterBlocks);
            for (int i = 0; i < count; i++)
            {
                destination[destinationOffset + i] = (byte)(source[sourceOffset + i] ^ keystream[i]);
            }

            System.Array.Clear(keystream, 0, keystream.Length);
        }

        // HMAC over header | uint32-be(len(ad)) | ad | ciphertext of the message starting at `offset`.
        private static byte[] Tag(ICryptoPrimitives crypto, DirectionKeys keys, byte[] message, int offset, int length, byte[] associatedData)
        {
            int adLength = associatedData == null ? 0 : associatedData.Length;
            byte[] input = new byte[HeaderLength + 4 + adLength + length];
            System.Array.Copy(message, offset, input, 0, HeaderLength);
            input[HeaderLength] = (byte)(adLength >> 24);
            input[HeaderLength + 1] = (byte)(adLength >> 16);
            input[HeaderLength + 2] = (byte)(adLength >> 8);
            input[HeaderLength + 3] = (byte)adLength;
            if (adLength > 0)
            {
                System.Array.Copy(associatedData, 0, input, HeaderLength + 4, adLength);
            }

            System.Array.Copy(message, offset + HeaderLength, input, HeaderLength + 4 + adLength, length);
            return crypto.HmacSha256(keys.MacKey, input);
        }
    }
}
