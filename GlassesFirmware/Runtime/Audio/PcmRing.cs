namespace GlassesFirmware.Audio
{
    /// <summary>
    /// The microphone adapter's ring of raw PCM slots (<see cref="Confirmation.IMicrophone"/>): a capture thread
    /// appends whole DMA reads with <see cref="Write"/> and the main loop drains them with <see cref="Read"/>.
    /// Both move bytes with at most two Array.Copy calls, never sample by sample, because at 16 kHz any
    /// per-sample loop in IL costs a large share of the interpreter. When the reader falls behind, the oldest
    /// slots are overwritten and counted in <see cref="Overruns"/>. Thread-safe through one lock; never
    /// allocates after construction.
    /// </summary>
    public sealed class PcmRing
    {
        private readonly byte[] _bytes;
        private readonly int _slot;
        private readonly object _lock = new object();
        private int _head;
        private int _count;
        private int _overruns;

        /// <summary>Creates a ring of <paramref name="samples"/> slots of <paramref name="slotBytes"/> bytes (2 or 4).</summary>
        public PcmRing(int samples, int slotBytes)
        {
            if (samples < 1)
            {
                throw new System.ArgumentOutOfRangeException("samples");
            }

            if (!Confirmation.AudioFormat.IsSlotSize(slotBytes))
            {
                throw new System.ArgumentOutOfRangeException("slotBytes");
            }

            _slot = slotBytes;
            _bytes = new byte[samples * slotBytes];
        }

        /// <summary>Bytes per slot.</summary>
        public int SlotBytes
        {
            get { return _slot; }
        }

        /// <summary>Bytes waiting (whole slots).</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Samples dropped because the reader was too slow, since the last <see cref="Clear"/>.</summary>
        public int Overruns
        {
            get { return _overruns; }
        }

        /// <summary>
        /// Appends the whole slots among <paramref name="count"/> bytes of <paramref name="raw"/> from
        /// <paramref name="offset"/> (a trailing partial slot is ignored). When they do not fit, the oldest
        /// waiting slots are dropped; when they exceed the ring, only the newest ones are kept.
        /// </summary>
        public void Write(byte[] raw, int offset, int count)
        {
            count -= count % _slot;
            if (count <= 0)
            {
                return;
            }

            int capacity = _bytes.Length;
            lock (_lock)
            {
                if (count > capacity)
                {
                    _overruns += (_count + count - capacity) / _slot;
                    offset += count - capacity;
                    count = capacity;
                    _head = 0;
                    _count = 0;
                }
                else if (_count + count > capacity)
                {
                    int drop = _count + count - capacity;
                    _overruns += drop / _slot;
                    _head = (_head + drop) % capacity;
                    _count -= drop;
                }

                int tail = (_head + _count) % capacity;
                int first = capacity - tail < count ? capacity - tail : count;
                System.Array.Copy(raw, offset, _bytes, tail, first);
                if (first < count)
                {
                    System.Array.Copy(raw, offset + first, _bytes, 0, count - first);
                }

                _count += count;
            }
        }

        /// <summary>
        /// Copies up to <paramref name="count"/> bytes (whole slots) of the oldest audio into <paramref name="into"/>
        /// at <paramref name="offset"/>; returns how many bytes.
        /// </summary>
        public int Read(byte[] into, int offset, int count)
        {
            lock (_lock)
            {
                int n = count < _count ? count : _count;
                n -= n % _slot;
                int capacity = _bytes.Length;
                int first = capacity - _head < n ? capacity - _head : n;
                System.Array.Copy(_bytes, _head, into, offset, first);
                if (first < n)
                {
                    System.Array.Copy(_bytes, 0, into, offset + first, n - first);
                }

                _head = (_head + n) % capacity;
                _count -= n;
                return n;
            }
        }

        /// <summary>Drops every sample and resets <see cref="Overruns"/>.</summary>
        public void Clear()
        {
            lock (_lock)
            {
                _head = 0;
                _count = 0;
                _overruns = 0;
            }
        }
    }
}
