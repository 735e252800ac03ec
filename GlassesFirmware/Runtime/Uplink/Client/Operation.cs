using GlassesFirmware.Decision;
using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Messages;

namespace GlassesFirmware.Uplink.Client
{
    /// <summary>One queued call of the session: what to send, for which request, and how far it got.</summary>
    internal sealed class Operation
    {
        /// <summary>The session's request id (zeros for pairing).</summary>
        public readonly byte[] RequestId = new byte[PaymentRequest.IdLength];

        /// <summary>What is sent.</summary>
        public OperationKind Kind;

        /// <summary>Payment: 0 for the request, 1 for the authorization.</summary>
        public int Stage;

        /// <summary>An HTTPS keepalive turned this operation into a status poll.</summary>
        public bool Polling;

        /// <summary>Voice: the purpose (<see cref="VoicePurpose"/>).</summary>
        public int Purpose;

        /// <summary>Voice: the chunk's number on the wire.</summary>
        public int Sequence;

        /// <summary>Voice: the utterance's last chunk.</summary>
        public bool Last;

        /// <summary>Voice: the codec of the audio (Confirmation.VoiceCodec), named in the chunk.</summary>
        public int Codec;

        /// <summary>An attempt was made (a voice chunk then takes no more audio).</summary>
        public bool Sent;

        private byte[] _data = new byte[0];
        private int _dataLength;

        /// <summary>Voice: bytes joined so far.</summary>
        public int DataLength
        {
            get { return _dataLength; }
        }

        /// <summary>True for the pairing handshake's steps.</summary>
        public bool IsPairing
        {
            get { return Kind == OperationKind.PairHello || Kind == OperationKind.PairFinish; }
        }

        /// <summary>Makes the slot a fresh call of <paramref name="kind"/> for <paramref name="requestId"/> (null: none).</summary>
        public void Start(OperationKind kind, byte[] requestId)
        {
            Kind = kind;
            Polling = false;
            Sent = false;
            _dataLength = 0;
            if (requestId != null)
            {
                System.Array.Copy(requestId, RequestId, PaymentRequest.IdLength);
            }
            else
            {
                System.Array.Clear(RequestId, 0, PaymentRequest.IdLength);
            }
        }

        /// <summary>Voice: joins <paramref name="count"/> more bytes (growing once to the largest chunk).</summary>
        public void Append(byte[] source, int offset, int count)
        {
            if (_data.Length < _dataLength + count)
            {
                byte[] larger = new byte[UplinkMessage.MaxVoiceLength];
                System.Array.Copy(_data, larger, _dataLength);
                _data = larger;
            }

            System.Array.Copy(source, offset, _data, _dataLength, count);
            _dataLength += count;
        }

        /// <summary>True when the call is about <paramref name="id"/> (compared in fixed time).</summary>
        public bool IsFor(byte[] id)
        {
            return FixedTime.AreEqual(RequestId, 0, id, 0, PaymentRequest.IdLength);
        }

        /// <summary>Writes the message this call sends (not for pairing, whose handshake builds its own).</summary>
        public void Write(UplinkMessage message, PaymentState payment)
        {
            switch (Kind)
            {
                case OperationKind.Payment:
                    payment.Write(message, Stage);
                    break;
                case OperationKind.Voice:
                    message.Reset(MessageType.VoiceChunk);
                    message.Voice.Purpose = Purpose;
                    message.Voice.Sequence = Sequence;
                    message.Voice.Last = Last;
                    message.Voice.Codec = Codec;
                    message.SetData(_data, 0, _dataLength);
                    break;
                case OperationKind.Status:
                    message.Reset(MessageType.Status);
                    break;
                default:
                    message.Reset(MessageType.Cancel);
                    break;
            }

            System.Array.Copy(RequestId, message.RequestId, PaymentRequest.IdLength);
        }
    }
}
