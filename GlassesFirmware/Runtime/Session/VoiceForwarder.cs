using GlassesFirmware.Confirmation;
using GlassesFirmware.Decision;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// Streams an utterance's blocks to the wallet, under the in-flight request id or an enrolment sample's own id, and
    /// ends it with an empty last chunk; keeps the number of blocks of the last finished utterance for the audit log.
    /// A block the uplink does not take (its queue full on a slow link, the link down) loses the utterance: the rest
    /// is not sent and neither is the last chunk, so the wallet never hears speech with a hole in it.
    /// </summary>
    internal sealed class VoiceForwarder : IVoiceSink
    {
        private static readonly byte[] NoBytes = new byte[0];

        private readonly IWalletClient _wallet;
        private readonly PaymentStore _store;
        private VoicePurpose _purpose;
        private byte[] _sampleId;
        private bool _losing;
        private bool _lastLost;
        private int _lastBlocks;

        /// <summary>Forwards to <paramref name="wallet"/> for the request in flight in <paramref name="store"/>.</summary>
        internal VoiceForwarder(IWalletClient wallet, PaymentStore store)
        {
            _wallet = wallet;
            _store = store;
        }

        /// <summary>Blocks sent for the last finished utterance.</summary>
        internal int LastBlocks
        {
            get { return _lastBlocks; }
        }

        /// <summary>True when the last finished utterance was lost: a block was not taken, nothing ended it at the wallet.</summary>
        internal bool LastLost
        {
            get { return _lastLost; }
        }

        /// <summary>
        /// The next utterance is for <paramref name="purpose"/>: under the in-flight request, or for
        /// <see cref="VoicePurpose.Enrolment"/> under <paramref name="sampleId"/> (the caller's buffer, read while sending).
        /// </summary>
        internal void Begin(VoicePurpose purpose, byte[] sampleId)
        {
            _purpose = purpose;
            _sampleId = sampleId;
            _losing = false;
        }

        /// <inheritdoc />
        public void OnVoiceBlock(byte[] block, int count, int sequence)
        {
            if (!_losing && _wallet.SendVoice(Target, _purpose, sequence, block, 0, count, false) != WalletCallStatus.Queued)
            {
                _losing = true;
            }
        }

        /// <inheritdoc />
        public void OnUtteranceEnd(int blocks, bool truncated)
        {
            if (!_losing && _wallet.SendVoice(Target, _purpose, blocks, NoBytes, 0, 0, true) != WalletCallStatus.Queued)
            {
                _losing = true;
            }
            _lastBlocks = blocks;
            _lastLost = _losing;
            _losing = false;
        }

        private byte[] Target
        {
            get { return _purpose == VoicePurpose.Enrolment ? _sampleId : _store.InFlightId; }
        }
    }
}
