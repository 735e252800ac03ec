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

        public static int Encode(UplinkMessage message, byte[] buffer, int offset, int capacity)
        {
            int type = (int)message.Type;
            if (type < 1 || type >= MessageKeys.TypeCount)
            {
                return -1;
            }

            int keys = MessageKeys.Required(type) | MessageKeys.Conditional(message);
            int pairs = 0;
            for (int k = 0; k <= MaxKey; k++)
            {
                if ((keys & MessageKeys.Bit(k)) != 0)
                {
                    pairs++;
                }
            }

            CborWriter writer = new CborWriter(buffer, offset, capacity, 2);
            writer.WriteStartMap(pairs);
            for (int k = 0; k <= MaxKey; k++)
            {
                if ((keys & MessageKeys.Bit(k)) != 0)
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

                if (key > MaxKey || (allowed != -1 && (allowed & MessageKeys.Bit((int)key)) == 0))
                {
                    return MessageStatus.UnexpectedKey;
                }

                MessageStatus value = ReadValue(reader, data, into, (int)key);
                if (value != MessageStatus.Ok)
                {
                    cborError = reader.Error;
                    return value;
                }

                present |= MessageKeys.Bit((int)key);
                if (key == 0)
                {
                    int type = (int)into.Type;
                    if (type < 1 || type >= MessageKeys.TypeCount)
                    {
                        return MessageStatus.UnknownType;
                    }

                    allowed = MessageKeys.Required(type) | MessageKeys.Optional(type);
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

            into.HasRequestId = (present & MessageKeys.Bit(3)) != 0;
            int expected = MessageKeys.Required((int)into.Type) | MessageKeys.Conditional(into);
            return present == expected ? MessageStatus.Ok : MessageStatus.MissingKey;
        }

        private static bool WriteValue(CborWriter writer, UplinkMessage m, int key)
        {
            switch (MessageKeys.Kind(key))
            {
                case MessageKeys.KindUInt:
                    int value = UIntField(m, key);
                    if (value < 0 || value > MessageKeys.Maximum(key))
                    {
                        return false;
                    }

                    return writer.WriteUInt64((ulong)value);
                case MessageKeys.KindUInt64:
                    return writer.WriteUInt64(m.ReplyTo);
                case MessageKeys.KindInt:
                    return writer.WriteInt64(key == 8 ? m.AmountMinor : m.CurrencyNumeric);
                case MessageKeys.KindId:
                    byte[] id = key == 3 ? m.RequestId : key == 4 ? m.Challenge : key == 25 ? m.Nonces.Glasses : m.Nonces.Wallet;
                    return writer.WriteByteString(id, 0, id.Length);
                case MessageKeys.KindHash:
                    byte[] hash = key == 10 ? m.Payment.PayloadHash : m.Payment.ReadbackHash;
                    return writer.WriteByteString(hash, 0, hash.Length);
                case MessageKeys.KindPayload:
                case MessageKeys.KindVoice:
                case MessageKeys.KindCertificate:
                    return m.DataLength <= MessageKeys.DataLimit(key) && writer.WriteByteString(m.Data, 0, m.DataLength);
                case MessageKeys.KindText:
                    string text = key == 7 ? m.Payment.Payee : m.Decision.ResolvedPayee;
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
                case MessageKeys.KindBool:
                    return writer.WriteBoolean(key == 13 ? m.Payment.Dynamic : m.Voice.Last);
                default:
                    int code = (int)m.ErrorCode;
                    return code > 0 && writer.WriteUInt64((ulong)code);
            }
        }

        private static MessageStatus ReadValue(CborReader reader, byte[] data, UplinkMessage m, int key)
        {
            switch (MessageKeys.Kind(key))
            {
                case MessageKeys.KindUInt:
                case MessageKeys.KindError:
                    ulong value;
                    if (!reader.ReadUInt64(out value))
                    {
                        return MessageStatus.Malformed;
                    }

                    int maximum = MessageKeys.Kind(key) == MessageKeys.KindError ? 255 : MessageKeys.Maximum(key);
                    if (value > (ulong)maximum || (value == 0 && (MessageKeys.Kind(key) == MessageKeys.KindError || key == 28)))
                    {
                        return MessageStatus.BadValue;
                    }

                    SetUIntField(m, key, (int)value);
                    return MessageStatus.Ok;
                case MessageKeys.KindUInt64:
                    return reader.ReadUInt64(out m.ReplyTo) ? MessageStatus.Ok : MessageStatus.Malformed;
                case MessageKeys.KindInt:
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
                case MessageKeys.KindId:
                    byte[] id = key == 3 ? m.RequestId : key == 4 ? m.Challenge : key == 25 ? m.Nonces.Glasses : m.Nonces.Wallet;
                    return ReadFixed(reader, data, id);
                case MessageKeys.KindHash:
                    return ReadFixed(reader, data, key == 10 ? m.Payment.PayloadHash : m.Payment.ReadbackHash);
                case MessageKeys.KindPayload:
                case MessageKeys.KindVoice:
                case MessageKeys.KindCertificate:
                    int start;
                    int length;
                    if (!reader.ReadByteString(out start, out length))
                    {
                        return MessageStatus.Malformed;
                    }

                    if (length > MessageKeys.DataLimit(key))
                    {
                        return MessageStatus.BadValue;
                    }

                    m.SetData(data, start, length);
                    return MessageStatus.Ok;
                case MessageKeys.KindText:
                    return ReadText(reader, m, key);
                default:
                    bool flag;
                    if (!reader.ReadBoolean(out flag))
                    {
                        return MessageStatus.Malformed;
                    }

                    if (key == 13)
                    {
                        m.Payment.Dynamic = flag;
                    }
                    else
                    {
                        m.Voice.Last = flag;
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
                m.Payment.Payee = text;
            }
            else
            {
                m.Decision.ResolvedPayee = text;
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

        private static int UIntField(UplinkMessage m, int key)
        {
            switch (key)
            {
                case 0: return (int)m.Type;
                case 1: return m.Version;
                case 5: return m.TtlMs;
                case 6: return m.Payment.Stage;
                case 12: return m.Payment.PayloadKind;
                case 15: return m.Payment.Method;
                case 16: return m.Voice.Purpose;
                case 17: return m.Voice.Sequence;
                case 20: return m.Decision.Outcome;
                case 21: return m.Decision.Reason;
                case 28: return m.Voice.Codec;
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
                case 6: m.Payment.Stage = value; break;
                case 12: m.Payment.PayloadKind = value; break;
                case 15: m.Payment.Method = value; break;
                case 16: m.Voice.Purpose = value; break;
                case 17: m.Voice.Sequence = value; break;
                case 20: m.Decision.Outcome = value; break;
                case 21: m.Decision.Reason = value; break;
                case 23: m.KeepaliveStatus = value; break;
                case 28: m.Voice.Codec = value; break;
                default: m.ErrorCode = (WireError)value; break;
            }
        }
    }
}
