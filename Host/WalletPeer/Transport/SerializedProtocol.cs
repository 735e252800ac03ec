using System.Threading;
using System.Threading.Tasks;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// The protocol behind both listeners, one message at a time. Waiting callers queue on an asynchronous gate
    /// instead of blocking a thread-pool thread on the protocol's lock, so a burst of connections never starves the
    /// pool that runs the sockets (the cause of the multi-second stalls under 8-way load, docs/performance.md).
    /// </summary>
    public sealed class SerializedProtocol
    {
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);

        /// <summary>Serializes <paramref name="protocol"/>.</summary>
        public SerializedProtocol(WalletProtocol protocol) => Protocol = protocol;

        /// <summary>The protocol itself.</summary>
        public WalletProtocol Protocol { get; }

        /// <summary><see cref="WalletProtocol.Handle"/> once the gate is free.</summary>
        public async Task<PeerAnswer> HandleAsync(byte[] routed, string idempotencyKey = null)
        {
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                return Protocol.Handle(routed, idempotencyKey);
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary><see cref="WalletProtocol.AnswerWait"/> once the gate is free.</summary>
        public async Task<PeerAnswer> AnswerWaitAsync(PeerAnswer wait, bool cancelled)
        {
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                return Protocol.AnswerWait(wait, cancelled);
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}
