namespace GlassesFirmware.Uplink.Messages
{
    /// <summary>
    /// The key tables of the message layer (docs/protocol.md 6.2): each key's value type and range, the keys
    /// each message type requires or may carry, and the keys a message's own fields make required.
    /// Key sets are bit masks over keys 0..<see cref="MessageCodec.MaxKey"/>.
    /// </summary>
    internal static class MessageKeys
    {
        /// <summary>Value type: an unsigned int up to the key's maximum.</summary>
        public const int KindUInt = 0;
        /// <summary>Value type: an unsigned 64-bit counter.</summary>
        public const int KindUInt64 = 1;
        /// <summary>Value type: a signed int.</summary>
        public const int KindInt = 2;
        /// <summary>Value type: an identifier.</summary>
        public const int KindId = 3;
        /// <summary>Value type: a hash.</summary>
        public const int KindHash = 4;
        /// <summary>Value type: the payload bytes.</summary>
        public const int KindPayload = 5;
        /// <summary>Value type: voice bytes.</summary>
        public const int KindVoice = 6;
        /// <summary>Value type: UTF-8 text.</summary>
        public const int KindText = 7;
        /// <summary>Value type: a boolean.</summary>
        public const int KindBool = 8;
        /// <summary>Value type: a wire error code.</summary>
        public const int KindError = 9;
        /// <summary>Value type: certificate bytes.</summary>
        public const int KindCertificate = 10;

        // Value type of each key 0..28.
        private static readonly int[] Kinds =
        {
            KindUInt, KindUInt, KindUInt64, KindId, KindId, KindUInt, KindUInt, KindText, KindInt, KindInt, KindHash,
            KindPayload, KindUInt, KindBool, KindHash, KindUInt, KindUInt, KindUInt, KindBool, KindVoice, KindUInt,
            KindUInt, KindText, KindUInt, KindError, KindId, KindId, KindCertificate, KindUInt,
        };

        // Largest value of each unsigned key (0 where the kind is not KindUInt).
        private static readonly int[] Maxima =
        {
            255, 255, 0, 0, 0, 600000, 1, 0, 0, 0, 0,
            0, 255, 0, 0, 1, 2, 65535, 0, 0, 7,
            9, 0, 2, 0, 0, 0, 0, Confirmation.VoiceCodec.Highest,
        };

        private const int Common = (1 << 0) | (1 << 1);

        // Keys every message of a type carries (index = MessageType).
        private static readonly int[] RequiredKeys =
        {
            0,
            Common,                                                                                  // Hello
            Common | Bit(2) | Bit(4) | Bit(5),                                                       // Challenge
            Common | Bit(3) | Bit(6) | Bit(7) | Bit(8) | Bit(9) | Bit(10) | Bit(11) | Bit(12) | Bit(13), // PaymentRequest
            Common | Bit(3) | Bit(16) | Bit(17) | Bit(18) | Bit(19),                                 // VoiceChunk
            Common | Bit(2) | Bit(3) | Bit(8) | Bit(9) | Bit(20) | Bit(21) | Bit(22),                 // Decision
            Common | Bit(3),                                                                         // Cancel
            Common | Bit(2) | Bit(3) | Bit(23),                                                      // Keepalive
            Common | Bit(3),                                                                         // Status
            Common | Bit(2),                                                                         // Ack
            Common | Bit(2) | Bit(24),                                                               // Error
            Common | Bit(25),                                                                        // PairHello
            Common | Bit(2) | Bit(25) | Bit(26),                                                     // PairProof
            Common | Bit(26),                                                                        // PairFinish
            Common | Bit(2) | Bit(27),                                                               // PairDone
            Common,                                                                                  // Unpair
        };

        // Keys a type may carry in addition (conditions checked in Consistent).
        private static readonly int[] OptionalKeys =
        {
            0, 0, 0, Bit(14) | Bit(15), Bit(28), 0, 0, 0, 0, Bit(3) | Bit(17), Bit(3), 0, 0, 0, 0, 0,
        };

        /// <summary>
        /// Writes <paramref name="message"/> into <paramref name="buffer"/>; returns the length, or -1 when it
        /// does not fit or a field is out of its range (a programming error in the caller).

        /// <summary>The optional keys <paramref name="message"/> must carry given its other fields.</summary>
        public static int Conditional(UplinkMessage message)
        {
            switch (message.Type)
            {
                case MessageType.PaymentRequest:
                    return message.Payment.Stage == 1 ? Bit(14) | Bit(15) : 0;
                case MessageType.VoiceChunk:
                    // IMA ADPCM (codec 0) travels without key 28, as before the key existed.
                    return message.Voice.Codec != Confirmation.VoiceCodec.ImaAdpcm16k ? Bit(28) : 0;
                case MessageType.Ack:
                    return message.HasRequestId ? Bit(3) | Bit(17) : 0;
                case MessageType.Error:
                    return message.HasRequestId ? Bit(3) : 0;
                default:
                    return 0;
            }
        }

        /// <summary>Largest length of byte-string key <paramref name="key"/> (payload, voice or certificate).</summary>
        public static int DataLimit(int key)
        {
            return Kinds[key] == KindPayload ? UplinkMessage.MaxPayloadLength
                : Kinds[key] == KindVoice ? UplinkMessage.MaxVoiceLength : UplinkMessage.MaxCertificateLength;
        }

        /// <summary>The bit of <paramref name="key"/> in a key set.</summary>
        public static int Bit(int key)
        {
            return 1 << key;
        }

        /// <summary>Number of message type codes (valid types are 1 to TypeCount - 1).</summary>
        public static int TypeCount
        {
            get { return RequiredKeys.Length; }
        }

        /// <summary>Value type (one of the Kind constants) of <paramref name="key"/>.</summary>
        public static int Kind(int key)
        {
            return Kinds[key];
        }

        /// <summary>Largest value of unsigned key <paramref name="key"/> (0 where the kind is not <see cref="KindUInt"/>).</summary>
        public static int Maximum(int key)
        {
            return Maxima[key];
        }

        /// <summary>Keys every message of type code <paramref name="type"/> carries.</summary>
        public static int Required(int type)
        {
            return RequiredKeys[type];
        }

        /// <summary>Keys a message of type code <paramref name="type"/> may carry in addition.</summary>
        public static int Optional(int type)
        {
            return OptionalKeys[type];
        }
    }
}
