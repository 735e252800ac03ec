using System;
using System.Runtime.ExceptionServices;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// One routed message on its way through <see cref="WalletProtocol.HandleBatch"/>: what came in, and once its batch
    /// committed, its answer or the failure to give its caller.
    /// </summary>
    public sealed class PeerMessage
    {
        /// <summary>A message from the glasses with its HTTPS idempotency key (null over the frame link).</summary>
        public PeerMessage(byte[] routed, string idempotencyKey)
        {
            Routed = routed;
            IdempotencyKey = idempotencyKey;
        }

        /// <summary>The routed message (length byte, device id, sealed envelope).</summary>
        public byte[] Routed { get; }

        /// <summary>The HTTPS Idempotency-Key header, or null.</summary>
        public string IdempotencyKey { get; }

        /// <summary>The answer, set only once the transaction holding the message's effects committed.</summary>
        public PeerAnswer Answer { get; private set; }

        /// <summary>True once the message has an answer or a failure.</summary>
        public bool IsDone { get; private set; }

        /// <summary>Why there is no answer (the message's effects were undone, or its batch never committed).</summary>
        public ExceptionDispatchInfo Failure { get; private set; }

        /// <summary>Records the answer (after the commit).</summary>
        public void Answered(PeerAnswer answer)
        {
            Answer = answer;
            IsDone = true;
        }

        /// <summary>Records a failure, unless the message already has an outcome.</summary>
        public void Failed(Exception exception)
        {
            if (!IsDone)
            {
                Failure = ExceptionDispatchInfo.Capture(exception);
                IsDone = true;
            }
        }

        /// <summary>The answer, or the failure rethrown.</summary>
        public PeerAnswer Result()
        {
            Failure?.Throw();
            return Answer;
        }
    }
}
