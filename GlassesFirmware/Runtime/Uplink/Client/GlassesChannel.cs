using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Sealing;

namespace GlassesFirmware.Uplink.Client
{
    /// <summary>
    /// The glasses' end of a pairing at the message level: encodes, seals and routes what the glasses send
    /// (<c>routed = len(device id) (1 byte) | device id | sealed envelope</c>, docs/protocol.md 6.1), and opens,
    /// decodes and matches what the wallet answers: an answer counts only when it is authentic, newer than
    /// any accepted, of a wallet-to-glasses type and its reply-to names the message being answered.
    /// </summary>
    public sealed class GlassesChannel
    {
        /// <summary>Largest plaintext the glasses send (a voice chunk of 4 096 bytes and its keys).</summary>
        public const int MaxPlaintextLength = 4608;

        private readonly SealedChannel _channel;
        private readonly DirectionKeys _send;
        private readonly DirectionKeys _receive;
        private readonly byte[] _deviceId;
        private readonly byte[] _plaintext = new byte[MaxPlaintextLength];

        /// <summary>Derives the keys of a pairing and resumes its counters.</summary>
        public GlassesChannel(ICryptoPrimitives crypto, byte[] secret, byte[] walletId, byte[] deviceId, ulong lastSent, ulong lastReceived)
        {
            _send = KeySchedule.Derive(crypto, secret, walletId, deviceId, SealDirection.GlassesToWallet);
            _receive = KeySchedule.Derive(crypto, secret, walletId, deviceId, SealDirection.WalletToGlasses);
            _channel = new SealedChannel(crypto, _send, _receive, SealDirection.GlassesToWallet, lastSent, lastReceived);
            _deviceId = (byte[])deviceId.Clone();
        }

        /// <summary>The highest counter accepted from the wallet.</summary>
        public ulong LastReceived
        {
            get { return _channel.LastReceivedCounter; }
        }

        /// <summary>
        /// Encodes and seals <paramref name="message"/> under <paramref name="counter"/> with
        /// <paramref name="associatedData"/> (the challenge for payment requests, else null); the routed bytes
        /// go to <paramref name="routed"/>. Fails on a reused counter or a message that does not encode.
        /// </summary>
        public SealStatus Seal(UplinkMessage message, ulong counter, byte[] associatedData, out byte[] routed)
        {
            routed = null;
            int length = MessageCodec.Encode(message, _plaintext, 0, _plaintext.Length);
            if (length < 0)
            {
                return SealStatus.TooLong;
            }

            byte[] sealedMessage;
            SealStatus status = _channel.Seal(counter, _plaintext, 0, length, associatedData, out sealedMessage);
            System.Array.Clear(_plaintext, 0, length);
            if (status != SealStatus.Ok)
            {
                return status;
            }

            routed = new byte[1 + _deviceId.Length + sealedMessage.Length];
            routed[0] = (byte)_deviceId.Length;
            System.Array.Copy(_deviceId, 0, routed, 1, _deviceId.Length);
            System.Array.Copy(sealedMessage, 0, routed, 1 + _deviceId.Length, sealedMessage.Length);
            return SealStatus.Ok;
        }

        /// <summary>
        /// Opens an answer to the message sealed under <paramref name="expectedReplyTo"/> into
        /// <paramref name="into"/>. <paramref name="sealStatus"/> tells why when the result is
        /// <see cref="AnswerStatus.BadSeal"/>.
        /// </summary>
        public AnswerStatus Open(byte[] data, int offset, int count, ulong expectedReplyTo, UplinkMessage into, out SealStatus sealStatus)
        {
            into.Reset(MessageType.None);
            byte[] plaintext;
            ulong counter;
            sealStatus = _channel.Open(data, offset, count, null, out plaintext, out counter);
            if (sealStatus != SealStatus.Ok)
            {
                return AnswerStatus.BadSeal;
            }

            Cbor.CborError cbor;
            MessageStatus decoded = MessageCodec.Decode(plaintext, 0, plaintext.Length, into, out cbor);
            System.Array.Clear(plaintext, 0, plaintext.Length);
            if (decoded != MessageStatus.Ok)
            {
                return AnswerStatus.Malformed;
            }

            if (!IsAnswer(into.Type) || into.ReplyTo != expectedReplyTo)
            {
                into.Reset(MessageType.None);
                return AnswerStatus.NotTheAnswer;
            }

            return AnswerStatus.Ok;
        }

        /// <summary>Overwrites the keys (unpairing or an abandoned handshake).</summary>
        public void Wipe()
        {
            _send.Wipe();
            _receive.Wipe();
        }

        /// <summary>
        /// Splits routed bytes (wallet side): the device id is <paramref name="idLength"/> bytes at
        /// <paramref name="idStart"/>, the envelope starts at <paramref name="envelopeStart"/>. False when the
        /// prefix is impossible (empty id or longer than the data).
        /// </summary>
        public static bool ReadRoute(byte[] data, int offset, int count, out int idStart, out int idLength, out int envelopeStart)
        {
            idStart = offset + 1;
            idLength = count > 0 ? data[offset] : 0;
            envelopeStart = idStart + idLength;
            return count > 0 && idLength > 0 && 1 + idLength <= count;
        }

        private static bool IsAnswer(MessageType type)
        {
            return type == MessageType.Challenge || type == MessageType.Decision || type == MessageType.Keepalive || type == MessageType.Ack
                || type == MessageType.Error || type == MessageType.PairProof || type == MessageType.PairDone;
        }
    }

    /// <summary>Result of <see cref="GlassesChannel.Open"/>.</summary>
    public enum AnswerStatus
    {
        /// <summary>An authentic answer to the awaited message.</summary>
        Ok = 0,
        /// <summary>The envelope failed a sealing check (see the SealStatus).</summary>
        BadSeal = 1,
        /// <summary>Authentic, but not a valid message.</summary>
        Malformed = 2,
        /// <summary>Authentic, but not an answer to the awaited message.</summary>
        NotTheAnswer = 3,
    }
}
