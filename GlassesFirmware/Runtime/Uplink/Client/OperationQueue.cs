namespace GlassesFirmware.Uplink.Client
{
    /// <summary>The client's calls in order, a fixed ring of reusable <see cref="Operation"/> slots (no allocation per call).</summary>
    internal sealed class OperationQueue
    {
        private readonly Operation[] _slots;
        private int _head;
        private int _count;

        /// <summary>Creates a queue of <paramref name="capacity"/> slots.</summary>
        public OperationQueue(int capacity)
        {
            _slots = new Operation[capacity];
            for (int i = 0; i < capacity; i++)
            {
                _slots[i] = new Operation();
            }
        }

        /// <summary>Calls waiting, the one in progress included.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>True when no slot is free.</summary>
        public bool IsFull
        {
            get { return _count == _slots.Length; }
        }

        /// <summary>The call in progress (the oldest); null when empty.</summary>
        public Operation Head
        {
            get { return _count == 0 ? null : _slots[_head]; }
        }

        /// <summary>The newest call; null when empty.</summary>
        public Operation Tail
        {
            get { return _count == 0 ? null : _slots[(_head + _count - 1) % _slots.Length]; }
        }

        /// <summary>Appends a call of <paramref name="kind"/> for <paramref name="requestId"/>; null when full.</summary>
        public Operation Enqueue(OperationKind kind, byte[] requestId)
        {
            if (IsFull)
            {
                return null;
            }

            Operation op = _slots[(_head + _count) % _slots.Length];
            op.Start(kind, requestId);
            _count++;
            return op;
        }

        /// <summary>Drops the call in progress.</summary>
        public void Dequeue()
        {
            if (_count == 0)
            {
                return;
            }

            _slots[_head].Kind = OperationKind.None;
            _head = (_head + 1) % _slots.Length;
            _count--;
        }

        /// <summary>Drops every call.</summary>
        public void Clear()
        {
            while (_count > 0)
            {
                Dequeue();
            }
        }
    }
}
