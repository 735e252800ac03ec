using GlassesFirmware.Decision;

namespace GlassesFirmware.Uplink.Client
{
    /// <summary>
    /// What the client has to tell the session, in order, until it polls: a fixed ring of reusable
    /// <see cref="WalletEvent"/>s. When full it keeps the oldest (decisions) and drops the newest.
    /// </summary>
    internal sealed class EventQueue
    {
        private readonly WalletEvent[] _events;
        private int _head;
        private int _count;

        /// <summary>Creates a queue of <paramref name="capacity"/> events.</summary>
        public EventQueue(int capacity)
        {
            _events = new WalletEvent[capacity];
            for (int i = 0; i < capacity; i++)
            {
                _events[i] = new WalletEvent();
            }
        }

        /// <summary>
        /// Adds a cleared event of <paramref name="kind"/> for <paramref name="requestId"/> (null: none) and returns
        /// it for the caller to complete; null when the queue is full.
        /// </summary>
        public WalletEvent Emit(WalletEventKind kind, byte[] requestId)
        {
            if (_count == _events.Length)
            {
                // The session stopped polling: keep the oldest events (decisions) rather than overwrite them.
                return null;
            }

            WalletEvent e = _events[(_head + _count) % _events.Length];
            e.Clear();
            e.Kind = kind;
            if (requestId != null)
            {
                System.Array.Copy(requestId, e.RequestId, PaymentRequest.IdLength);
            }

            _count++;
            return e;
        }

        /// <summary>Copies the oldest event into <paramref name="into"/> and removes it; false when there is none.</summary>
        public bool TryTake(WalletEvent into)
        {
            if (_count == 0)
            {
                return false;
            }

            WalletEvent e = _events[_head];
            into.Kind = e.Kind;
            System.Array.Copy(e.RequestId, into.RequestId, PaymentRequest.IdLength);
            into.Outcome = e.Outcome;
            into.Reason = e.Reason;
            into.ResolvedPayee = e.ResolvedPayee;
            into.AmountMinor = e.AmountMinor;
            into.CurrencyNumeric = e.CurrencyNumeric;
            _head = (_head + 1) % _events.Length;
            _count--;
            return true;
        }
    }
}
