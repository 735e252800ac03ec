using GlassesFirmware.Confirmation;
using GlassesFirmware.Decision;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// Streams an utterance's blocks to the wallet under the in-flight request id, and ends it with an empty last
    /// chunk; keeps the number of blocks of the last finished utterance for the audit log.
    /// </summary>
    internal sealed class VoiceForwarder : IVoiceSink
    {
        private static readonly byte[] NoBytes = new byte[0];

        private readonly IWalletClient _wallet;
        private readonly PaymentStore _store;
        private VoicePurpose _purpose;
        private int _lastBlocks;

        /// <summary>Forwards to <paramref name="wallet"/> for the request in flight in <paramref name="store"/>.</summary>
        internal VoiceForwarder(IWalletClient wallet, PaymentStore store)
        {
            _wallet = wallet;
            _store = store;
        }

        /// <summary>What the wallet is to make of the utterance (a spoken amount or the confirmation).</summary>
        internal VoicePurpose Purpose
        {
            get { return _purpose; }
            set { _purpose = value; }
        }

        /// <summary>Blocks sent for the last finished utterance.</summary>
        internal int LastBlocks
        {
            get { return _lastBlocks; }
        }

        /// <inheritdoc />
        public void OnVoiceBlock(byte[] block, int count, int sequence)
        {
            _wallet.SendVoice(_store.InFlightId, _purpose, sequence, block, 0, count, false);
        }

        /// <inheritdoc />
        public void OnUtteranceEnd(int blocks, bool truncated)
        {
            _wallet.SendVoice(_store.InFlightId, _purpose, blocks, NoBytes, 0, 0, true);
            _lastBlocks = blocks;
        }
    }
}
