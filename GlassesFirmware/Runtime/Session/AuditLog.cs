namespace GlassesFirmware.Session
{
    /// <summary>
    /// A bounded ring of the last <see cref="Capacity"/> session events, for diagnostics. Entries hold only
    /// numbers (time, state, event, detail): never payload text, request ids, amounts, names or audio, so the
    /// log can be read over an unauthenticated diagnostics channel. Allocated once; the oldest entry is
    /// overwritten when full.
    /// </summary>
    public sealed class AuditLog
    {
        /// <summary>Entries kept.</summary>
        public const int Capacity = 64;

        private readonly long[] _at = new long[Capacity];
        private readonly byte[] _state = new byte[Capacity];
        private readonly byte[] _event = new byte[Capacity];
        private readonly int[] _detail = new int[Capacity];
        private int _next;
        private int _count;
        private int _total;

        /// <summary>Entries held (at most <see cref="Capacity"/>).</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Entries ever added (older ones beyond <see cref="Capacity"/> are gone).</summary>
        public int Total
        {
            get { return _total; }
        }

        /// <summary>Adds an entry.</summary>
        public void Add(long atMs, SessionState state, AuditEvent what, int detail)
        {
            _at[_next] = atMs;
            _state[_next] = (byte)state;
            _event[_next] = (byte)what;
            _detail[_next] = detail;
            _next = (_next + 1) % Capacity;
            if (_count < Capacity)
            {
                _count++;
            }
            _total++;
        }

        /// <summary>Entry <paramref name="index"/>, 0 = oldest held.</summary>
        public AuditEvent Get(int index, out long atMs, out SessionState state, out int detail)
        {
            int i = (_next - _count + index + Capacity) % Capacity;
            atMs = _at[i];
            state = (SessionState)_state[i];
            detail = _detail[i];
            return (AuditEvent)_event[i];
        }

        /// <summary>How many held entries record <paramref name="what"/> with <paramref name="detail"/>.</summary>
        public int CountOf(AuditEvent what, int detail)
        {
            int n = 0;
            for (int k = 0; k < _count; k++)
            {
                long at;
                SessionState s;
                int d;
                if (Get(k, out at, out s, out d) == what && d == detail)
                {
                    n++;
                }
            }
            return n;
        }
    }
}
