using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// The protocol behind both listeners, one batch at a time. Waiting callers queue on an asynchronous gate
    /// instead of blocking a thread-pool thread on the protocol's lock, so a burst of connections never starves the
    /// pool that runs the sockets (the cause of the multi-second stalls under 8-way load, docs/performance.md).
    /// Messages that arrive while a batch is being handled and made durable are handled together in the next one
    /// (<see cref="WalletProtocol.HandleBatch"/>: one fsync for all of them), which is what lets the peer go faster
    /// than one synchronous disk write per message.
    /// </summary>
    public sealed class SerializedProtocol
    {
        /// <summary>The most messages one transaction holds (bounds the wait of the last one in a burst).</summary>
        public const int MaxBatch = 32;

        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
        private readonly Queue<PeerMessage> _waiting = new Queue<PeerMessage>();
        private bool _closed;

        /// <summary>Serializes <paramref name="protocol"/>.</summary>
        public SerializedProtocol(WalletProtocol protocol) => Protocol = protocol;

        /// <summary>The protocol itself.</summary>
        public WalletProtocol Protocol { get; }

        /// <summary>
        /// <see cref="WalletProtocol.Handle"/>, in the first batch that takes the message once the gate is free (the
        /// caller holding the gate handles what is queued, its own message or others').
        /// </summary>
        public async Task<PeerAnswer> HandleAsync(byte[] routed, string idempotencyKey = null)
        {
            PeerMessage message = new PeerMessage(routed, idempotencyKey);
            lock (_waiting)
            {
                _waiting.Enqueue(message);
            }

            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                ThrowIfClosed();
                while (!message.IsDone)
                {
                    HandleBatch(TakeBatch());
                }
            }
            finally
            {
                _gate.Release();
            }

            return message.Result();
        }

        /// <summary><see cref="WalletProtocol.AnswerWait"/> once the gate is free.</summary>
        public async Task<PeerAnswer> AnswerWaitAsync(PeerAnswer wait, bool cancelled)
        {
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                ThrowIfClosed();
                return Protocol.AnswerWait(wait, cancelled);
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>
        /// Waits for the batch in hand to be done, then runs <paramref name="close"/> (the store's Dispose): a listener
        /// that has stopped accepting may still be handling a message, whose transaction must not meet a closed
        /// database. Messages that reach the gate afterwards get <see cref="ObjectDisposedException"/>.
        /// </summary>
        public async Task CloseAsync(Action close)
        {
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                _closed = true;
                close();
            }
            finally
            {
                _gate.Release();
            }
        }

        private void ThrowIfClosed()
        {
            if (_closed)
            {
                throw new ObjectDisposedException(nameof(SerializedProtocol), "the wallet peer has stopped");
            }
        }

        private PeerMessage[] TakeBatch()
        {
            lock (_waiting)
            {
                PeerMessage[] batch = new PeerMessage[Math.Min(_waiting.Count, MaxBatch)];
                for (int i = 0; i < batch.Length; i++)
                {
                    batch[i] = _waiting.Dequeue();
                }

                return batch;
            }
        }

        private void HandleBatch(PeerMessage[] batch)
        {
            try
            {
                Protocol.HandleBatch(batch);
            }
            catch (Exception failure)
            {
                // Nothing of the batch committed: every message in it gets the failure.
                foreach (PeerMessage message in batch)
                {
                    message.Failed(failure);
                }
            }
        }
    }
}
