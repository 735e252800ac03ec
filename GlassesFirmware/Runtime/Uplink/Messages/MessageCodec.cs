using GlassesFirmware.Text;
using GlassesFirmware.Uplink.Cbor;

namespace GlassesFirmware.Uplink.Messages
{
    /// <summary>
    /// Encodes and decodes <see cref="UplinkMessage"/> as one deterministic CBOR map with integer keys
    /// (docs/protocol.md 6.2). Every key has one value type and range; each message type has required keys
    /// and a few conditional ones; any other key, a missing key, a value out of range, or a CBOR rule broken
    /// is refused with a typed <see cref="MessageStatus"/>, never an exception.
    /// </summary>
    public static class MessageCodec
    {
        /// <summary>Message-layer version (key 1) this runtime writes and reads.</summary>
        public const int Version = 1;

        /// <summary>Highest key number.</summary>
        public const int MaxKey = 28;

        private const int KindUInt = 0;
        private const int KindUInt64 = 1;
        private const int KindInt = 2;
        private const int KindId = 3;
        private const int KindHash = 4;
        private const int KindPayload = 5;
        private const int KindVoice = 6;
        private const int KindText = 7;
        private const int KindBool = 8;
        private const int KindError = 9;
        private const int KindCertificate = 10;

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
            0, 255, 0, 0, 1, 1, 65535, 0, 0, 7,
            9, 0, 2, 0, 0, 0, 0, Confirmation.VoiceCodec.Highest,
        };

        private const int Common = (1 << 0) | (1 << 1);

        // Keys every message of a type carries (index = MessageType).
        private static readonly int[] Required =
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
        private static readonly int[] Optional =
        {
            0, 0, 0, Bit(14) | Bit(15), Bit(28), 0, 0, 0, 0, Bit(3) | Bit(17), Bit(3), 0, 0, 0, 0, 0,
        };

        /// <summary>
        /// Writes <paramref name="message"/> into <paramref name="buffer"/>; returns the length, or -1 when it
        /// does not fit or a field is out of its range (a programming error in the caller).
        /// </summary>
        public static int Encode(UplinkMessage message, byte[] buffer, int offset, int capacity)
        {
            int type = (int)message.Type;
            if (type < 1 || type >= Required.Length)
            {
                return -1;
            }

            int keys = Required[type] | Conditional(message);
            int pairs = 0;
            for (int k = 0; k <= MaxKey; k++)
            {
                if ((keys & Bit(k)) != 0)
                {
                    pairs++;
                }
            }

            CborWriter writer = new CborWriter(buffer, offset, capacity, 2);
            writer.WriteStartMap(pairs);
            for (int k = 0; k <= MaxKey; k++)
            {
                if ((keys & Bit(k)) != 0)
                {
                    writer.WriteUInt64((ulong)k);
                    if (!WriteValue(writer, message, k))
                    {
                        return -1;
                    }
                }
            }

            return writer.IsComplete ? writer.Length : -1;
        }

        /// <summary>
        /// Reads one message from <paramref name="count"/> bytes at <paramref name="offset"/> into
        /// <paramref name="into"/> (reset first). On failure <paramref name="into"/> is reset to
        /// <see cref="MessageType.None"/> and <paramref name="cborError"/> tells a CBOR failure apart.
        /// </summary>
        public static MessageStatus Decode(byte[] data, int offset, int count, UplinkMessage into, out CborError cborError)
        {
            into.Reset(MessageType.None);
            MessageStatus status = DecodeInto(data, offset, count, into, out cborError);
            if (status != MessageStatus.Ok)
            {
                into.Reset(MessageType.None);
            }

            return status;
        }

        private static MessageStatus DecodeInto(byte[] data, int offset, int count, UplinkMessage into, out CborError cborError)
        {
            cborError = CborError.None;
            if (data == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                return MessageStatus.Malformed;
            }

            CborReader reader = new CborReader(data, offset, count, 2);
            int pairs;
            if (!reader.ReadMapStart(out pairs))
            {
                cborError = reader.Error;
                return MessageStatus.Malformed;
            }

            int present = 0;
            int allowed = -1;
            for (int i = 0; i < pairs; i++)
            {
                ulong key;
                if (!reader.ReadUInt64(out key))
                {
                    cborError = reader.Error;
                    return MessageStatus.Malformed;
                }

                if (key > MaxKey || (allowed != -1 && (allowed & Bit((int)key)) == 0))
                {
                    return MessageStatus.UnexpectedKey;
                }

                MessageStatus value = ReadValue(reader, data, into, (int)key);
                if (value != MessageStatus.Ok)
                {
                    cborError = reader.Error;
                    return value;
                }

                present |= Bit((int)key);
                if (key == 0)
                {
                    int type = (int)into.Type;
                    if (type < 1 || type >= Required.Length)
                    {
                        return MessageStatus.UnknownType;
                    }

                    allowed = Required[type] | Optional[type];
                }
                else if (allowed == -1)
                {
                    // Key 0 sorts first: a map without it is refused at its first key.
                    return MessageStatus.MissingKey;
                }
            }

            if (!reader.Finish())
            {
                cborError = reader.Error;
                return MessageStatus.Malformed;
            }

            if (allowed == -1)
            {
                return MessageStatus.MissingKey;
            }

            if (into.Version != Version)
            {
                return MessageStatus.UnsupportedVersion;
            }

            into.HasRequestId = (present & Bit(3)) != 0;
            int expected = Required[(int)into.Type] | Conditional(into);
            return present == expected ? MessageStatus.Ok : MessageStatus.MissingKey;
        }

        // The optional keys a message must carry given its other fields.
        private static int Conditional(UplinkMessage message)
        {
            switch (message.Type)
            {
                case MessageType.PaymentRequest:
                    return message.Stage == 1 ? Bit(14) | Bit(15) : 0;
                case MessageType.VoiceChunk:
                    // IMA ADPCM (codec 0) travels without key 28, as before the key existed.
                    return message.Codec != Confirmation.VoiceCodec.ImaAdpcm16k ? Bit(28) : 0;
                case MessageType.Ack:
                    return message.HasRequestId ? Bit(3) | Bit(17) : 0;
                case MessageType.Error:
                    return message.HasRequestId ? Bit(3) : 0;
                default:
                    return 0;
            }
        }

        private static bool WriteValue(CborWriter writer, UplinkMessage m, int key)
        {
            switch (Kinds[key])
            {
                case KindUInt:
                    int value = UIntField(m, key);
                    if (value < 0 || value > Maxima[key])
                    {
                        return false;
                    }

                    return writer.WriteUInt64((ulong)value);
                case KindUInt64:
                    return writer.WriteUInt64(m.ReplyTo);
                case KindInt:
                    return writer.WriteInt64(key == 8 ? m.AmountMinor : m.CurrencyNumeric);
                case KindId:
                    byte[] id = key == 3 ? m.RequestId : key == 4 ? m.Challenge : key == 25 ? m.GlassesNonce : m.WalletNonce;
                    return writer.WriteByteString(id, 0, id.Length);
                case KindHash:
                    byte[] hash = key == 10 ? m.PayloadHash : m.ReadbackHash;
                    return writer.WriteByteString(hash, 0, hash.Length);
                case KindPayload:
                case KindVoice:
                case KindCertificate:
                    return m.DataLength <= DataLimit(key) && writer.WriteByteString(m.Data, 0, m.DataLength);
                case KindText:
                    string text = key == 7 ? m.Payee : m.ResolvedPayee;
                    if (text == null)
                    {
                        return writer.WriteNull();
                    }

                    if (text.Length > UplinkMessage.MaxTextLength)
                    {
                        return false;
                    }

                    byte[] utf8 = Utf8.Encode(text);
                    return writer.WriteTextString(utf8, 0, utf8.Length);
                case KindBool:
                    return writer.WriteBoolean(key == 13 ? m.Dynamic : m.Last);
                default:
                    int code = (int)m.ErrorCode;
                    return code > 0 && writer.WriteUInt64((ulong)code);
            }
        }

        private static MessageStatus ReadValue(CborReader reader, byte[] data, UplinkMessage m, int key)
        {
            switch (Kinds[key])
            {
                case KindUInt:
                case KindError:
                    ulong value;
                    if (!reader.ReadUInt64(out value))
                    {
                        return MessageStatus.Malformed;
                    }

                    int maximum = Kinds[key] == KindError ? 255 : Maxima[key];
                    if (value > (ulong)maximum || (value == 0 && (Kinds[key] == KindError || key == 28)))
                    {
                        return MessageStatus.BadValue;
                    }

                    SetUIntField(m, key, (int)value);
                    return MessageStatus.Ok;
                case KindUInt64:
                    return reader.ReadUInt64(out m.ReplyTo) ? MessageStatus.Ok : MessageStatus.Malformed;
                case KindInt:
                    long number;
                    if (!reader.ReadInt64(out number))
                    {
                        return MessageStatus.Malformed;
                    }

                    if (key == 8)
                    {
                        if (number < -1)
                        {
                            return MessageStatus.BadValue;
                        }

                        m.AmountMinor = number;
                    }
                    else
                    {
                        if (number < -1 || number > 999)
                        {
                            return MessageStatus.BadValue;
                        }

                        m.CurrencyNumeric = (int)number;
                    }

                    return MessageStatus.Ok;
                case KindId:
                    byte[] id = key == 3 ? m.RequestId : key == 4 ? m.Challenge : key == 25 ? m.GlassesNonce : m.WalletNonce;
                    return ReadFixed(reader, data, id);
                case KindHash:
                    return ReadFixed(reader, data, key == 10 ? m.PayloadHash : m.ReadbackHash);
                case KindPayload:
                case KindVoice:
                case KindCertificate:
                    int start;
                    int length;
                    if (!reader.ReadByteString(out start, out length))
                    {
                        return MessageStatus.Malformed;
                    }

                    if (length > DataLimit(key))
                    {
                        return MessageStatus.BadValue;
                    }

                    m.SetData(data, start, length);
                    return MessageStatus.Ok;
                case KindText:
                    return ReadText(reader, m, key);
                default:
                    bool flag;
                    if (!reader.ReadBoolean(out flag))
                    {
                        return MessageStatus.Malformed;
                    }

                    if (key == 13)
                    {
                        m.Dynamic = flag;
                    }
                    else
                    {
                        m.Last = flag;
                    }

                    return MessageStatus.Ok;
            }
        }

        private static MessageStatus ReadText(CborReader reader, UplinkMessage m, int key)
        {
            CborType type;
            if (!reader.PeekType(out type))
            {
                return MessageStatus.Malformed;
            }

            string text = null;
            if (type == CborType.Null)
            {
                if (!reader.ReadNull())
                {
                    return MessageStatus.Malformed;
                }
            }
            else if (!reader.ReadTextString(out text))
            {
                return MessageStatus.Malformed;
            }
            else if (text.Length > UplinkMessage.MaxTextLength)
            {
                return MessageStatus.BadValue;
            }

            if (key == 7)
            {
                m.Payee = text;
            }
            else
            {
                m.ResolvedPayee = text;
            }

            return MessageStatus.Ok;
        }

        private static MessageStatus ReadFixed(CborReader reader, byte[] data, byte[] into)
        {
            int start;
            int length;
            if (!reader.ReadByteString(out start, out length))
            {
                return MessageStatus.Malformed;
            }

            if (length != into.Length)
            {
                return MessageStatus.BadValue;
            }

            System.Array.Copy(data, start, into, 0, length);
            return MessageStatus.Ok;
        }

        private static int DataLimit(int key)
        {
            return Kinds[key] == KindPayload ? UplinkMessage.MaxPayloadLength
                : Kinds[key] == KindVoice ? UplinkMessage.MaxVoiceLength : UplinkMessage.MaxCertificateLength;
        }

        private static int UIntField(UplinkMessage m, int key)
        {
            switch (key)
            {
                case 0: return (int)m.Type;
                case 1: return m.Version;
                case 5: return m.TtlMs;
                case 6: return m.Stage;
                case 12: return m.PayloadKind;
                case 15: return m.Method;
                case 16: return m.Purpose;
                case 17: return m.Sequence;
                case 20: return m.Outcome;
                case 21: return m.Reason;
                case 28: return m.Codec;
                default: return m.KeepaliveStatus;
            }
        }

        private static void SetUIntField(UplinkMessage m, int key, int value)
        {
            switch (key)
            {
                case 0: m.Type = (MessageType)value; break;
                case 1: m.Version = value; break;
                case 5: m.TtlMs = value; break;
                case 6: m.Stage = value; break;
                case 12: m.PayloadKind = value; break;
                case 15: m.Method = value; break;
                case 16: m.Purpose = value; break;
                case 17: m.Sequence = value; break;
                case 20: m.Outcome = value; break;
                case 21: m.Reason = value; break;
                case 23: m.KeepaliveStatus = value; break;
                case 28: m.Codec = value; break;
                default: m.ErrorCode = (WireError)value; break;
            }
        }

        private static int Bit(int key)
        {
            return 1 << key;
        }
    }

    /// <summary>Result of <see cref="MessageCodec.Decode"/>.</summary>
    public enum MessageStatus
    {
        /// <summary>A valid message.</summary>
        Ok = 0,
        /// <summary>The CBOR is invalid or not deterministic, or a value has the wrong CBOR type.</summary>
        Malformed = 1,
        /// <summary>Key 1 is not a version this runtime reads.</summary>
        UnsupportedVersion = 2,
        /// <summary>Key 0 names no known type.</summary>
        UnknownType = 3,
        /// <summary>A key the type does not have.</summary>
        UnexpectedKey = 4,
        /// <summary>A key the type requires is missing (or a conditional key's partner).</summary>
        MissingKey = 5,
        /// <summary>A value is out of its range or of the wrong length.</summary>
        BadValue = 6,
    }

    /// <summary>Stable names of <see cref="MessageStatus"/>.</summary>
    public static class MessageStatuses
    {
        private static readonly string[] Names = { "Ok", "Malformed", "UnsupportedVersion", "UnknownType", "UnexpectedKey", "MissingKey", "BadValue" };

        /// <summary>Name of <paramref name="status"/>.</summary>
        public static string Name(MessageStatus status)
        {
            return EnumNames.Of(Names, (int)status);
        }
    }
}
