using GlassesFirmware.Uplink.Crypto;

namespace GlassesFirmware.Uplink.Sealing
{
    /// <summary>
    /// One end of a paired link: seals with this side's keys and opens with the peer's, and keeps the two
    /// counters. Sending refuses a counter not above the last one used (a reused counter reuses keystream);
    /// receiving accepts only authentic messages whose counter is above the last one accepted, so replays and
    /// rollbacks are refused. A refused message changes no state. Counters start from the values the caller
    /// restores from storage (high-water marks); persisting them is the caller's job.
    /// </summary>
    public sealed class SealedChannel
    {
        private readonly ICryptoPrimitives _crypto;
        private readonly DirectionKeys _sendKeys;
        private readonly DirectionKeys _receiveKeys;
        private readonly SealDirection _sendDirection;
        private readonly SealDirection _receiveDirection;
        private ulong _lastSent;
        private ulong _lastReceived;

        /// <summary>
        /// Creates the glasses' end (<paramref name="sendDirection"/> = GlassesToWallet) or the wallet's end.
        /// <paramref name="lastSent"/> and <paramref name="lastReceived"/> are 0 for a fresh pairing.
        /// </summary>
        public SealedChannel(ICryptoPrimitives crypto, DirectionKeys sendKeys, DirectionKeys receiveKeys, SealDirection sendDirection, ulong lastSent, ulong lastReceived)
        {
            if (crypto == null || sendKeys == null || receiveKeys == null)
            {
                throw new System.ArgumentNullException("crypto");
            }

            _crypto = crypto;
            _sendKeys = sendKeys;
            _receiveKeys = receiveKeys;
            _sendDirection = sendDirection;
            _receiveDirection = sendDirection == SealDirection.GlassesToWallet ? SealDirection.WalletToGlasses : SealDirection.GlassesToWallet;
            _lastSent = lastSent;
            _lastReceived = lastReceived;
        }

        /// <summary>The highest counter sealed so far (0 before the first message).</summary>
        public ulong LastSentCounter
        {
            get { return _lastSent; }
        }

        /// <summary>The highest counter accepted from the peer (0 before the first message).</summary>
        public ulong LastReceivedCounter
        {
            get { return _lastReceived; }
        }

        /// <summary>Seals under <paramref name="counter"/>, which must be above <see cref="LastSentCounter"/>.</summary>
        public SealStatus Seal(ulong counter, byte[] plaintext, int offset, int count, byte[] associatedData, out byte[] message)
        {
            message = null;
            if (counter <= _lastSent)
            {
                return counter == 0 ? SealStatus.InvalidCounter : SealStatus.CounterReuse;
            }

            SealStatus status = MessageSealer.Seal(_crypto, _sendKeys, _sendDirection, counter, plaintext, offset, count, associatedData, out message);
            if (status == SealStatus.Ok)
            {
                _lastSent = counter;
            }

            return status;
        }

        /// <summary>Opens a message from the peer: authentic, for this side, and newer than any accepted before.</summary>
        public SealStatus Open(byte[] message, int offset, int count, byte[] associatedData, out byte[] plaintext, out ulong counter)
        {
            SealStatus status = MessageSealer.Open(_crypto, _receiveKeys, _receiveDirection, message, offset, count, associatedData, out plaintext, out counter);
            if (status != SealStatus.Ok)
            {
                return status;
            }

            if (counter <= _lastReceived)
            {
                System.Array.Clear(plaintext, 0, plaintext.Length);
                plaintext = null;
                return SealStatus.Replayed;
            }

            _lastReceived = counter;
            return SealStatus.Ok;
        }
    }
}
