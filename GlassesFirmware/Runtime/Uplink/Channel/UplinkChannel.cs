using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Sealing;

namespace GlassesFirmware.Uplink.Channel
{
    /// <summary>
    /// One end of a pairing at the message level, the same class at both ends (docs/protocol.md 6): holds the
    /// two direction keys of the pairing for its <see cref="ChannelRole"/>, encodes and seals what this end sends
    /// under a counter reserved from an <see cref="IChannelCounters"/> port (the glasses' envelopes routed by
    /// device id, see <see cref="RoutedEnvelope"/>), and opens and decodes what the other end sent: authentic,
    /// newer than any accepted, valid. Opening changes no state; the caller records an accepted counter.
    /// </summary>
    public sealed class UplinkChannel
    {
        /// <summary>Largest encoded message (a voice chunk of 4 096 bytes and its keys; a PairDone's certificate).</summary>
        public const int MaxPlaintextLength = 4608;

        private readonly ICryptoPrimitives _crypto;
        private readonly IChannelCounters _counters;
        private readonly DirectionKeys _send;
        private readonly DirectionKeys _receive;
        private readonly SealDirection _sendDirection;
        private readonly SealDirection _receiveDirection;
        private readonly byte[] _deviceId;
        private readonly byte[] _plaintext = new byte[MaxPlaintextLength];
        private ulong _lastSent;
        private ulong _lastCounter;
        private int _lastAssociatedData;
        private SealStatus _lastSeal;

        /// <summary>Derives the keys of the pairing (secret, wallet id, device id) for <paramref name="role"/>.</summary>
        public UplinkChannel(ICryptoPrimitives crypto, byte[] secret, byte[] walletId, byte[] deviceId, ChannelRole role, IChannelCounters counters)
        {
            if (crypto == null || counters == null || deviceId == null)
            {
                throw new System.ArgumentNullException("crypto");
            }

            bool glasses = role == ChannelRole.Glasses;
            _crypto = crypto;
            _counters = counters;
            _sendDirection = glasses ? SealDirection.GlassesToWallet : SealDirection.WalletToGlasses;
            _receiveDirection = glasses ? SealDirection.WalletToGlasses : SealDirection.GlassesToWallet;
            _send = KeySchedule.Derive(crypto, secret, walletId, deviceId, _sendDirection);
            _receive = KeySchedule.Derive(crypto, secret, walletId, deviceId, _receiveDirection);
            _deviceId = glasses ? (byte[])deviceId.Clone() : null;
        }

        /// <summary>Why the last open failed a sealing check (Ok after an authentic envelope; Replayed for an old counter).</summary>
        public SealStatus LastSealStatus
        {
            get { return _lastSeal; }
        }

        /// <summary>
        /// The counter of the last envelope opened: the authentic one, or after a failed check the one its header
        /// claims (0 when too short to have one), so a refusal can name the message it refuses.
        /// </summary>
        public ulong LastCounter
        {
            get { return _lastCounter; }
        }

        /// <summary>Which of the associated-data candidates the last opened envelope was sealed with; -1 for none.</summary>
        public int LastAssociatedData
        {
            get { return _lastAssociatedData; }
        }

        /// <summary>
        /// Encodes <paramref name="message"/> and seals it with <paramref name="associatedData"/> (the challenge for
        /// a payment request, else null) under the next counter of the port, returned in <paramref name="counter"/>.
        /// <paramref name="output"/> is what goes on the wire: routed for the glasses, the bare envelope for the
        /// wallet. TooLong when the message does not encode; InvalidCounter when no counter could be reserved;
        /// CounterReuse when the port handed out one not above the last sealed (a keystream would repeat).
        /// </summary>
        public SealStatus Seal(UplinkMessage message, byte[] associatedData, out ulong counter, out byte[] output)
        {
            counter = 0;
            output = null;
            int length = MessageCodec.Encode(message, _plaintext, 0, _plaintext.Length);
            if (length < 0)
            {
                return SealStatus.TooLong;
            }

            if (!_counters.TryNext(out counter) || counter <= _lastSent)
            {
                System.Array.Clear(_plaintext, 0, length);
                return counter == 0 ? SealStatus.InvalidCounter : SealStatus.CounterReuse;
            }

            byte[] envelope;
            SealStatus status = MessageSealer.Seal(_crypto, _send, _sendDirection, counter, _plaintext, 0, length, associatedData, out envelope);
            System.Array.Clear(_plaintext, 0, length);
            if (status != SealStatus.Ok)
            {
                return status;
            }

            _lastSent = counter;
            output = _deviceId == null ? envelope : RoutedEnvelope.Wrap(_deviceId, envelope);
            return SealStatus.Ok;
        }

        /// <summary>
        /// Opens an envelope from the other end into <paramref name="into"/>: sealed without associated data, or,
        /// when that tag does not verify, with one of <paramref name="associatedData"/> (may be null; the one that
        /// verified is <see cref="LastAssociatedData"/>). Nothing is recorded: the caller notes
        /// <see cref="LastCounter"/> as received once it accepts the message.
        /// </summary>
        public OpenStatus Open(byte[] data, int offset, int count, byte[][] associatedData, UplinkMessage into)
        {
            into.Reset(MessageType.None);
            _lastCounter = MessageSealer.ClaimedCounter(data, offset, count);
            _lastAssociatedData = -1;
            byte[] plaintext;
            ulong counter;
            _lastSeal = MessageSealer.Open(_crypto, _receive, _receiveDirection, data, offset, count, null, out plaintext, out counter);
            for (int i = 0; _lastSeal == SealStatus.TagMismatch && associatedData != null && i < associatedData.Length; i++)
            {
                _lastSeal = MessageSealer.Open(_crypto, _receive, _receiveDirection, data, offset, count, associatedData[i], out plaintext, out counter);
                _lastAssociatedData = _lastSeal == SealStatus.Ok ? i : -1;
            }

            if (_lastSeal != SealStatus.Ok)
            {
                return OpenStatus.BadSeal;
            }

            OpenStatus status = OpenStatus.Ok;
            if (counter <= _counters.LastReceived)
            {
                _lastSeal = SealStatus.Replayed;
                status = OpenStatus.Replayed;
            }
            else
            {
                Cbor.CborError cbor;
                MessageStatus decoded = MessageCodec.Decode(plaintext, 0, plaintext.Length, into, out cbor);
                status = decoded == MessageStatus.Ok ? OpenStatus.Ok : decoded == MessageStatus.UnsupportedVersion ? OpenStatus.UnsupportedVersion : OpenStatus.Malformed;
            }

            System.Array.Clear(plaintext, 0, plaintext.Length);
            if (status != OpenStatus.Ok)
            {
                into.Reset(MessageType.None);
            }

            return status;
        }

        /// <summary>
        /// The glasses' end: opens the wallet's answer to the message sealed under <paramref name="replyTo"/>. Ok only
        /// when <see cref="Open"/> is and the message is a wallet-to-glasses type replying to that message.
        /// </summary>
        public OpenStatus OpenAnswer(byte[] data, int offset, int count, ulong replyTo, UplinkMessage into)
        {
            OpenStatus status = Open(data, offset, count, null, into);
            if (status == OpenStatus.Ok && (!IsAnswer(into.Type) || into.ReplyTo != replyTo))
            {
                into.Reset(MessageType.None);
                return OpenStatus.NotTheAnswer;
            }

            return status;
        }

        /// <summary>Overwrites both keys (unpairing, a finished or abandoned handshake); nothing opens after.</summary>
        public void Wipe()
        {
            _send.Wipe();
            _receive.Wipe();
        }

        private static bool IsAnswer(MessageType type)
        {
            return type == MessageType.Challenge || type == MessageType.Decision || type == MessageType.Keepalive || type == MessageType.Ack
                || type == MessageType.Error || type == MessageType.PairProof || type == MessageType.PairDone;
        }
    }
}
