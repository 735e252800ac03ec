namespace GlassesFirmware.Trigger
{
    /// <summary>
    /// Button gestures as a pure function of timestamped edges (the shape of Omi's button_gesture): feed raw
    /// edges with <see cref="Edge"/> and the passing of time with <see cref="Advance"/>, take recognised
    /// gestures with <see cref="Take"/>. No clock, no threads, no allocation after construction.
    /// <para>
    /// Debounce: a level counts once it has been stable for <see cref="GestureTiming.DebounceMs"/>; its time is
    /// the time of its last raw edge. So bounce collapses into one edge and pulses shorter than the debounce
    /// time are ignored. Then: press + release shorter than the long-press time = a tap, reported when the
    /// double-tap window has passed without a second press; a second short press within the window = double
    /// tap (reported on release); a plain hold = long press (reported while held). Tap then hold for the
    /// combination time = pairing mode; double tap, then within the combination window a hold for the
    /// combination time = unpair. A hold in a combination that is released early reports a long press on
    /// release instead.
    /// </para>
    /// </summary>
    public sealed class GestureRecognizer
    {
        private const int QueueSize = 8;
        private const long Never = long.MaxValue;

        private enum PressKind
        {
            Plain,
            AfterTap,
            AfterDoubleTap,
        }

        private readonly GestureTiming _timing;
        private readonly Gesture[] _queue = new Gesture[QueueSize];
        private readonly long[] _queueAt = new long[QueueSize];
        private int _head;
        private int _count;

        private bool _rawDown;
        private long _rawAt = long.MinValue;
        private bool _down;
        private long _pressAt;
        private PressKind _kind;
        private bool _holdReported;
        private long _tapExpiry = Never;
        private long _comboWindowEnd = long.MinValue;
        private long _now = long.MinValue;

        /// <summary>Creates a recognizer with the given timing (kept by reference; do not change it while in use).</summary>
        public GestureRecognizer(GestureTiming timing)
        {
            _timing = timing;
        }

        /// <summary>True while a debounced press is in progress.</summary>
        public bool IsDown
        {
            get { return _down; }
        }

        /// <summary>
        /// One raw edge: <paramref name="pressed"/> true for press, at <paramref name="atMs"/>. Edges must come in
        /// time order; an edge older than the last one is taken as happening at the last time seen. A repeated
        /// level (two presses in a row) is ignored.
        /// </summary>
        public void Edge(bool pressed, long atMs)
        {
            Advance(atMs);
            if (atMs < _now)
            {
                atMs = _now;
            }
            if (pressed == _rawDown)
            {
                return;
            }
            _rawDown = pressed;
            _rawAt = atMs;
        }

        /// <summary>Lets time pass up to <paramref name="nowMs"/>: settles debounced edges and fires timed gestures in time order.</summary>
        public void Advance(long nowMs)
        {
            if (nowMs > _now)
            {
                _now = nowMs;
            }
            while (true)
            {
                // A raw edge still settling happened at _rawAt: timers due from then on wait for it, so a
                // press just inside the double-tap window or a release just before the long-press time counts.
                bool pending = _rawDown != _down;
                long horizon = pending ? _rawAt : Never;
                long settle = pending ? _rawAt + _timing.DebounceMs : Never;
                long tapDue = _tapExpiry < horizon ? _tapExpiry : Never;
                long holdDue = Never;
                if (_down && !_holdReported)
                {
                    holdDue = _pressAt + (_kind == PressKind.Plain ? _timing.LongPressMs : _timing.ComboHoldMs);
                    if (holdDue >= horizon)
                    {
                        holdDue = Never;
                    }
                }
                long next = settle;
                if (tapDue < next)
                {
                    next = tapDue;
                }
                if (holdDue < next)
                {
                    next = holdDue;
                }
                if (next == Never || next > _now)
                {
                    return;
                }
                if (next == tapDue)
                {
                    _tapExpiry = Never;
                    Emit(Gesture.Tap, next);
                }
                else if (next == holdDue)
                {
                    _holdReported = true;
                    Emit(_kind == PressKind.Plain ? Gesture.LongPress : _kind == PressKind.AfterTap ? Gesture.PairingMode : Gesture.Unpair, next);
                }
                else
                {
                    Settle();
                }
            }
        }

        /// <summary>
        /// Takes the oldest recognised gesture and its time in <paramref name="atMs"/>; <see cref="Gesture.None"/>
        /// when there is none. Call <see cref="Advance"/> first so timed gestures are due.
        /// </summary>
        public Gesture Take(out long atMs)
        {
            if (_count == 0)
            {
                atMs = 0;
                return Gesture.None;
            }
            Gesture g = _queue[_head];
            atMs = _queueAt[_head];
            _head = (_head + 1) % QueueSize;
            _count--;
            return g;
        }

        /// <summary>Forgets every edge, sequence and queued gesture (for example after the session consumed a cancel).</summary>
        public void Reset()
        {
            _count = 0;
            _head = 0;
            _down = _rawDown;
            _pressAt = _now;
            _holdReported = true;
            _kind = PressKind.Plain;
            _tapExpiry = Never;
            _comboWindowEnd = long.MinValue;
        }

        private void Settle()
        {
            long at = _rawAt;
            _down = _rawDown;
            if (_down)
            {
                _pressAt = at;
                _holdReported = false;
                if (_tapExpiry != Never)
                {
                    _tapExpiry = Never;
                    _kind = PressKind.AfterTap;
                }
                else
                {
                    _kind = at <= _comboWindowEnd ? PressKind.AfterDoubleTap : PressKind.Plain;
                }
                return;
            }

            long held = at - _pressAt;
            if (_holdReported)
            {
                _comboWindowEnd = long.MinValue;
                return;
            }
            if (held >= _timing.LongPressMs)
            {
                // Only combination holds get here: a plain hold already reported its long press.
                _comboWindowEnd = long.MinValue;
                Emit(Gesture.LongPress, at);
                return;
            }
            if (_kind == PressKind.AfterTap)
            {
                _comboWindowEnd = at + _timing.ComboWindowMs;
                Emit(Gesture.DoubleTap, at);
                return;
            }
            _comboWindowEnd = long.MinValue;
            _tapExpiry = at + _timing.DoubleTapMs;
        }

        private void Emit(Gesture gesture, long atMs)
        {
            if (_count == QueueSize)
            {
                // The consumer stopped taking gestures: drop the oldest, the newest matters most.
                _head = (_head + 1) % QueueSize;
                _count--;
            }
            int tail = (_head + _count) % QueueSize;
            _queue[tail] = gesture;
            _queueAt[tail] = atMs;
            _count++;
        }
    }
}
