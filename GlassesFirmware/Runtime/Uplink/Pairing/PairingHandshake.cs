using GlassesFirmware.Platform;
using GlassesFirmware.Uplink.Channel;
using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Sealing;

namespace GlassesFirmware.Uplink.Pairing
{
    /// <summary>
    /// The glasses' side of pairing (docs/protocol.md 7.2), transport-agnostic: PairHello (counter 1, glasses
    /// nonce) -> PairProof (the wallet echoes the nonce and adds its own) -> PairFinish (counter 2, echoes the
    /// wallet's nonce) -> PairDone (the wallet stored the pairing; carries its TLS certificate). Each side
    /// proves it holds the secret by sealing under keys only the secret gives and echoing the other's fresh
    /// nonce. <see cref="Record"/> is filled only after PairDone, so nothing is stored before both proofs.
    /// </summary>
    public sealed class PairingHandshake
    {
        private const int StateIdle = 0;
        private const int StateAwaitProof = 1;
        private const int StateAwaitDone = 2;
        private const int StateDone = 3;

        private readonly ICryptoPrimitives _crypto;
        private readonly IRandomSource _random;
        private readonly UplinkMessage _message = new UplinkMessage();
        private readonly byte[] _glassesNonce = new byte[UplinkMessage.IdLength];
        private readonly byte[] _walletNonce = new byte[UplinkMessage.IdLength];
        private VolatileCounters _counters;
        private PairingKeys _keys;

        // The routed message of the current step, sealed once: a retry sends the same bytes, never a counter twice.
        private byte[] _built;
        private int _state;
        private SealStatus _lastSeal;

        /// <summary>Creates an idle handshake.</summary>
        public PairingHandshake(ICryptoPrimitives crypto, IRandomSource random)
        {
            if (crypto == null || random == null)
            {
                throw new System.ArgumentNullException("crypto");
            }

            _crypto = crypto;
            _random = random;
        }

        /// <summary>The pairing to store, once <see cref="AcceptDone"/> returned Ok; null before.</summary>
        public PairingRecord Record
        {
            get { return _state == StateDone ? _keys.Record : null; }
        }

        /// <summary>
        /// The highest wallet counter the handshake accepted (PairDone's, once done): the wallet's answers under the
        /// offer's keys take the offer's next counter, so it is not always 2 (docs/protocol.md 7.2).
        /// </summary>
        public ulong WalletCounter
        {
            get { return _counters == null ? 0 : _counters.LastReceived; }
        }

        /// <summary>The HTTPS endpoint of the offer being paired, or null.</summary>
        public string Endpoint
        {
            get { return _keys == null ? null : _keys.Record.HttpsEndpoint; }
        }

        /// <summary>The anchor fingerprint of the offer being paired, or null.</summary>
        public byte[] Fingerprint
        {
            get { return _keys == null ? null : _keys.Record.AnchorFingerprint; }
        }

        /// <summary>The sealing status behind the last <see cref="PairingStatus.BadProof"/>.</summary>
        public SealStatus LastSealStatus
        {
            get { return _lastSeal; }
        }

        /// <summary>Counter of the PairHello envelope (always 1).</summary>
        public const ulong HelloCounter = 1;

        /// <summary>Counter of the PairFinish envelope (always 2).</summary>
        public const ulong FinishCounter = 2;

        /// <summary>Starts pairing with a parsed offer: draws the device id and the glasses' nonce, derives the keys.</summary>
        public void Begin(PairingOffer offer)
        {
            Abort();
            PairingRecord record = new PairingRecord();
            System.Array.Copy(offer.Secret, record.Secret, 32);
            record.WalletId = (byte[])offer.WalletId.Clone();
            record.HttpsEndpoint = offer.HttpsEndpoint;
            record.FrameEndpoint = offer.FrameEndpoint;
            System.Array.Copy(offer.AnchorFingerprint, record.AnchorFingerprint, 32);
            _random.Fill(record.DeviceId, 0, PairingRecord.DeviceIdLength);
            _random.Fill(_glassesNonce, 0, _glassesNonce.Length);
            _counters = new VolatileCounters(0, 0);
            _keys = new PairingKeys(_crypto, record, _counters);
            _state = StateAwaitProof;
        }

        /// <summary>The routed PairHello to send (again, on a retry: the same bytes).</summary>
        public byte[] BuildHello()
        {
            return _state == StateAwaitProof ? Build(MessageType.PairHello, HelloCounter) : null;
        }

        /// <summary>Checks the wallet's PairProof.</summary>
        public PairingStatus AcceptProof(byte[] data, int offset, int count)
        {
            if (_state != StateAwaitProof)
            {
                return PairingStatus.WrongState;
            }

            PairingStatus status = Accept(data, offset, count, HelloCounter, MessageType.PairProof);
            if (status != PairingStatus.Ok)
            {
                return status;
            }

            if (!FixedTime.AreEqual(_message.Nonces.Glasses, 0, _glassesNonce, 0, _glassesNonce.Length))
            {
                return PairingStatus.BadProof;
            }

            System.Array.Copy(_message.Nonces.Wallet, _walletNonce, _walletNonce.Length);
            _built = null;
            _state = StateAwaitDone;
            return PairingStatus.Ok;
        }

        /// <summary>The routed PairFinish to send after an accepted proof.</summary>
        public byte[] BuildFinish()
        {
            return _state == StateAwaitDone ? Build(MessageType.PairFinish, FinishCounter) : null;
        }

        /// <summary>Checks PairDone and the anchor certificate it carries against the QR's fingerprint.</summary>
        public PairingStatus AcceptDone(byte[] data, int offset, int count)
        {
            if (_state != StateAwaitDone)
            {
                return PairingStatus.WrongState;
            }

            PairingStatus status = Accept(data, offset, count, FinishCounter, MessageType.PairDone);
            if (status != PairingStatus.Ok)
            {
                return status;
            }

            byte[] fingerprint = Sha256.Hash(_message.Data, 0, _message.DataLength);
            PairingRecord record = _keys.Record;
            if (!FixedTime.AreEqual(fingerprint, 0, record.AnchorFingerprint, 0, 32))
            {
                return PairingStatus.AnchorMismatch;
            }

            record.AnchorCertificate = new byte[_message.DataLength];
            System.Array.Copy(_message.Data, record.AnchorCertificate, _message.DataLength);
            _keys.Channel.Wipe();
            _state = StateDone;
            return PairingStatus.Ok;
        }

        /// <summary>
        /// Hands the finished pairing's record over to its new owner (the pairing in force): the handshake keeps no
        /// reference to it, so a later <see cref="Abort"/> or <see cref="Begin"/> cannot wipe it. Returns to idle.
        /// </summary>
        public PairingRecord Release()
        {
            PairingRecord record = Record;
            if (record != null)
            {
                // The handshake channel's keys were wiped in AcceptDone; the record now belongs to the caller.
                _keys = null;
                Abort();
            }

            return record;
        }

        /// <summary>Forgets everything of an unfinished (or finished but unstored) handshake and wipes its keys.</summary>
        public void Abort()
        {
            if (_keys != null)
            {
                _keys.Wipe();
                _keys = null;
            }

            System.Array.Clear(_glassesNonce, 0, _glassesNonce.Length);
            System.Array.Clear(_walletNonce, 0, _walletNonce.Length);
            _counters = null;
            _built = null;
            _state = StateIdle;
        }

        private byte[] Build(MessageType type, ulong counter)
        {
            if (_built != null)
            {
                return _built;
            }

            _message.Reset(type);
            System.Array.Copy(_glassesNonce, _message.Nonces.Glasses, _glassesNonce.Length);
            System.Array.Copy(_walletNonce, _message.Nonces.Wallet, _walletNonce.Length);
            ulong sealedUnder;
            byte[] routed;
            if (_keys.Channel.Seal(_message, null, out sealedUnder, out routed) == SealStatus.Ok && sealedUnder == counter)
            {
                _built = routed;
            }

            return _built;
        }

        private PairingStatus Accept(byte[] data, int offset, int count, ulong replyTo, MessageType expected)
        {
            UplinkChannel channel = _keys.Channel;
            OpenStatus answer = channel.OpenAnswer(data, offset, count, replyTo, _message);
            _lastSeal = channel.LastSealStatus;
            if (answer != OpenStatus.Ok)
            {
                return PairingStatus.BadProof;
            }

            _counters.Received(channel.LastCounter);
            if (_message.Type == MessageType.Error)
            {
                return PairingStatus.Refused;
            }

            return _message.Type == expected ? PairingStatus.Ok : PairingStatus.BadProof;
        }
    }
}
