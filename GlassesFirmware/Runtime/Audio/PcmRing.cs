namespace GlassesFirmware.Audio
{
    /// <summary>
    /// The microphone adapter's sample ring: a capture thread converts raw I2S/PDM reads into 16-bit samples
    /// (<see cref="WriteFrom16"/>, <see cref="WriteFrom32"/>) and the main loop drains them with
    /// <see cref="Read"/>, the <see cref="Confirmation.IMicrophone"/> contract. When the reader falls behind the
    /// oldest samples are overwritten and counted in <see cref="Overruns"/>. Thread-safe through one lock; never
    /// allocates after construction.
    /// </summary>
    public sealed class PcmRing
    {
        private readonly short[] _samples;
        private readonly object _lock = new object();
        private int _head;
        private int _count;
        private int _overruns;

        /// <summary>Creates a ring of <paramref name="capacity"/> samples.</summary>
        public PcmRing(int capacity)
        {
            if (capacity < 1)
            {
                throw new System.ArgumentOutOfRangeException("capacity");
            }

            _samples = new short[capacity];
        }

        /// <summary>Samples waiting.</summary>
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
        /// Appends 16-bit little-endian samples (PDM and 16-bit I2S reads): <paramref name="count"/> bytes from
        /// <paramref name="offset"/>, one sample every <paramref name="stride"/> bytes (2 for mono, 4 to take the
        /// left of interleaved stereo).
        /// </summary>
        public void WriteFrom16(byte[] raw, int offset, int count, int stride)
        {
            lock (_lock)
            {
                int end = offset + count - 1;
                for (int i = offset; i < end; i += stride)
                {
                    Put((short)(raw[i] | (raw[i + 1] << 8)));
                }
            }
        }

        /// <summary>
        /// Appends samples from 32-bit little-endian I2S slots (INMP441 class MEMS microphones put 24 bits
        /// left-justified in 32): each sample is the slot shifted right by <paramref name="shift"/> (16 keeps
        /// the top 16 bits; less adds gain), clipped to 16 bits. One sample every <paramref name="stride"/> bytes.
        /// </summary>
        public void WriteFrom32(byte[] raw, int offset, int count, int stride, int shift)
        {
            lock (_lock)
            {
                int end = offset + count - 3;
                for (int i = offset; i < end; i += stride)
                {
                    int slot = raw[i] | (raw[i + 1] << 8) | (raw[i + 2] << 16) | (raw[i + 3] << 24);
                    int value = slot >> shift;
                    if (value > short.MaxValue)
                    {
                        value = short.MaxValue;
                    }
                    else if (value < short.MinValue)
                    {
                        value = short.MinValue;
                    }

                    Put((short)value);
                }
            }
        }

        /// <summary>Copies up to <paramref name="count"/> of the oldest samples into <paramref name="into"/>; returns how many.</summary>
        public int Read(short[] into, int offset, int count)
        {
            lock (_lock)
            {
                int n = count < _count ? count : _count;
                for (int i = 0; i < n; i++)
                {
                    into[offset + i] = _samples[_head];
                    _head = _head + 1 == _samples.Length ? 0 : _head + 1;
                }

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

        private void Put(short sample)
        {
            int tail = _head + _count;
            if (tail >= _samples.Length)
            {
                tail -= _samples.Length;
            }

            _samples[tail] = sample;
            if (_count == _samples.Length)
            {
                _head = _head + 1 == _samples.Length ? 0 : _head + 1;
                _overruns++;
            }
            else
            {
                _count++;
            }
        }
    }
}
