using System;
using GlassesFirmware.Decision;
using GlassesFirmware.Uplink.Messages;

namespace GlassesFirmware.Host.Simulator.Demo
{
    /// <summary>
    /// Sits between the session and the uplink and joins the session's voice blocks (one 164-byte IMA ADPCM block
    /// per 20 ms) into chunks of up to <see cref="UplinkMessage.MaxVoiceLength"/> bytes, numbered 0, 1, 2, ... The
    /// session calls <c>SendVoice</c> once per block and the uplink sends one sealed message per call from a queue
    /// of <see cref="Uplink.Client.WalletClient.QueueCapacity"/>; the 200 ms pre-roll alone is 11 calls in one
    /// step, so blocks were refused as Busy and the wallet saw a gap (no utterance: declined IntentMismatch). The
    /// wallet concatenates chunk data, so it receives the same bytes. A confirmation waits (Busy) until the last
    /// chunk is queued, so the wallet never decides before the utterance is complete.
    /// Host composition only: the runtime itself has no such batching yet (reported in issue 6's host work).
    /// </summary>
    public sealed class VoiceChunking : IWalletClient
    {
        private readonly IWalletClient _inner;
        private readonly byte[] _chunk = new byte[UplinkMessage.MaxVoiceLength];
        private readonly byte[] _requestId = new byte[PaymentRequest.IdLength];
        private VoicePurpose _purpose;
        private int _length;
        private int _sequence;
        private bool _last;
        private bool _due;

        public VoiceChunking(IWalletClient inner)
        {
            _inner = inner;
        }

        /// <inheritdoc />
        public bool IsLinkUp => _inner.IsLinkUp;

        /// <inheritdoc />
        public WalletCallStatus Submit(PaymentRequest request) => _inner.Submit(request);

        /// <inheritdoc />
        public WalletCallStatus SendVoice(byte[] requestId, VoicePurpose purpose, int sequence, byte[] data, int offset, int count, bool last)
        {
            if (sequence == 0 && !last)
            {
                // A new utterance: anything left of an earlier one is dropped with it.
                Array.Copy(requestId, _requestId, _requestId.Length);
                _purpose = purpose;
                _length = 0;
                _sequence = 0;
                _last = false;
                _due = false;
            }
            if (_due && Flush() != WalletCallStatus.Queued)
            {
                return WalletCallStatus.Busy;
            }
            if (_length + count > _chunk.Length)
            {
                _due = true;
                WalletCallStatus s = Flush();
                if (s != WalletCallStatus.Queued)
                {
                    return s;
                }
            }
            Array.Copy(data, offset, _chunk, _length, count);
            _length += count;
            if (last)
            {
                _last = true;
                _due = true;
                Flush();
            }
            return WalletCallStatus.Queued;
        }

        /// <inheritdoc />
        public WalletCallStatus Confirm(byte[] requestId, ConfirmationMethod method, string readback)
        {
            return _due && Flush() != WalletCallStatus.Queued ? WalletCallStatus.Busy : _inner.Confirm(requestId, method, readback);
        }

        /// <inheritdoc />
        public WalletCallStatus QueryStatus(byte[] requestId) => _inner.QueryStatus(requestId);

        /// <inheritdoc />
        public WalletCallStatus Cancel(byte[] requestId) => _inner.Cancel(requestId);

        /// <inheritdoc />
        public bool Poll(WalletEvent into)
        {
            if (_due)
            {
                Flush();
            }
            return _inner.Poll(into);
        }

        // Queues the chunk collected so far; it stays due while the uplink is busy.
        private WalletCallStatus Flush()
        {
            WalletCallStatus s = _inner.SendVoice(_requestId, _purpose, _sequence, _chunk, 0, _length, _last);
            if (s == WalletCallStatus.Queued)
            {
                _sequence++;
                _length = 0;
                _due = false;
            }
            return s;
        }
    }
}
