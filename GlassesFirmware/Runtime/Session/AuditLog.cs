namespace GlassesFirmware.Session
{
    /// <summary>What an <see cref="AuditLog"/> entry records.</summary>
    public enum AuditEvent
    {
        /// <summary>State changed; detail = the new <see cref="SessionState"/>.</summary>
        Entered = 0,
        /// <summary>A trigger armed the session; detail = <see cref="Decision.TriggerSource"/>.</summary>
        Triggered = 1,
        /// <summary>Payment codes seen in one look; detail = how many different ones.</summary>
        CodesSeen = 2,
        /// <summary>A code was classified; detail = <see cref="Payload.PayloadKind"/>.</summary>
        Classified = 3,
        /// <summary>The in-flight record was stored and the request submitted; detail = low 31 bits of the counter.</summary>
        Submitted = 4,
        /// <summary>A wallet decision arrived; detail = <see cref="Decision.WalletOutcome"/> * 100 + <see cref="Decision.DeclineReason"/>.</summary>
        WalletAnswer = 5,
        /// <summary>The wallet sent a keepalive.</summary>
        Keepalive = 6,
        /// <summary>The wallet link went down (detail 0) or came back (detail 1).</summary>
        Link = 7,
        /// <summary>The wearer confirmed; detail = <see cref="Decision.ConfirmationMethod"/>.</summary>
        Confirmed = 8,
        /// <summary>An utterance was streamed; detail = number of 20 ms blocks.</summary>
        Voice = 9,
        /// <summary>The session ended; detail = <see cref="SessionOutcome"/> * 100 + <see cref="SessionError"/>.</summary>
        Ended = 10,
        /// <summary>A request from before (reboot, timeout, cancel) was settled; detail as <see cref="WalletAnswer"/>.</summary>
        Settled = 11,
        /// <summary>A system gesture (pairing mode 4, unpair 5) was passed on; detail = <see cref="Trigger.Gesture"/>.</summary>
        System = 12,
        /// <summary>An exception was caught and the session reset; detail = the state it happened in.</summary>
        Fault = 13,
    }

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
