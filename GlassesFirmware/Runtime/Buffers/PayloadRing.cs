namespace GlassesFirmware.Buffers
{
    /// <summary>
    /// A fixed ring of byte payloads, for adapters that receive whole messages faster than the main loop takes
    /// them (scanner codes, BLE fragments). A payload longer than a slot is kept as a <see cref="TooLong"/>
    /// marker, never truncated; when the ring is full the oldest payload is dropped and counted. Allocated once;
    /// not thread-safe (callers that fill it from an event thread hold their own lock).
    /// </summary>
    public sealed class PayloadRing
    {
        /// <summary>What <see cref="Take"/> returns for a payload that did not fit (the ports' TooLong values are -1 too).</summary>
        public const int TooLong = -1;

        private readonly byte[][] _slots;
        private readonly int[] _lengths;
        private int _head;
        private int _count;

        /// <summary>Creates <paramref name="slots"/> slots of <paramref name="slotBytes"/> bytes.</summary>
        public PayloadRing(int slots, int slotBytes)
        {
            if (slots < 1 || slotBytes < 1)
            {
                throw new System.ArgumentOutOfRangeException("slots");
            }

            _slots = new byte[slots][];
            for (int i = 0; i < slots; i++)
            {
                _slots[i] = new byte[slotBytes];
            }

            _lengths = new int[slots];
        }

        /// <summary>Payloads waiting.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Payloads dropped because the ring was full, since creation.</summary>
        public int Dropped { get; private set; }

        /// <summary>Appends <paramref name="count"/> bytes, or a <see cref="TooLong"/> marker when they exceed a slot.</summary>
        public void Put(byte[] data, int offset, int count)
        {
            int tail = Reserve();
            if (count > _slots[tail].Length)
            {
                _lengths[tail] = TooLong;
                return;
            }

            System.Array.Copy(data, offset, _slots[tail], 0, count);
            _lengths[tail] = count;
        }

        /// <summary>Appends a <see cref="TooLong"/> marker (the payload was dropped before it was stored).</summary>
        public void PutTooLong()
        {
            _lengths[Reserve()] = TooLong;
        }

        /// <summary>
        /// Copies the oldest payload into <paramref name="buffer"/> at <paramref name="offset"/> and returns its
        /// length; 0 when none waits; <see cref="TooLong"/> when it was a marker or exceeds <paramref name="capacity"/>
        /// (it is dropped either way).
        /// </summary>
        public int Take(byte[] buffer, int offset, int capacity)
        {
            if (_count == 0)
            {
                return 0;
            }

            int length = _lengths[_head];
            byte[] slot = _slots[_head];
            _head = (_head + 1) % _slots.Length;
            _count--;
            if (length < 0 || length > capacity)
            {
                return TooLong;
            }

            System.Array.Copy(slot, 0, buffer, offset, length);
            return length;
        }

        /// <summary>Drops every waiting payload.</summary>
        public void Clear()
        {
            _head = 0;
            _count = 0;
        }

        // The slot for the next payload, dropping the oldest when full.
        private int Reserve()
        {
            if (_count == _slots.Length)
            {
                _head = (_head + 1) % _slots.Length;
                _count--;
                Dropped++;
            }

            int tail = (_head + _count) % _slots.Length;
            _count++;
            return tail;
        }
    }
}
