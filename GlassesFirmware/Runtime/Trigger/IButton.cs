namespace GlassesFirmware.Trigger
{
    /// <summary>One raw edge of the trigger button, stamped by the adapter with <see cref="Time.IClock.NowMs"/>.</summary>
    public struct ButtonEdge
    {
        /// <summary>True for press (contact closed), false for release.</summary>
        public bool Pressed;

        /// <summary>When the edge happened, in clock milliseconds (the same clock the session uses).</summary>
        public long AtMs;
    }

    /// <summary>
    /// The trigger button as raw, timestamped edges, including contact bounce: debouncing and gesture
    /// recognition are portable (GestureRecognizer), so they are tested without hardware. The
    /// adapter queues edges from its GPIO interrupt (a bounded queue; when it overflows it drops the oldest
    /// edges) and hands them out in time order. Implementations must not throw.
    /// </summary>
    public interface IButton
    {
        /// <summary>Takes the oldest queued edge; false when none is waiting.</summary>
        bool TryTakeEdge(out ButtonEdge edge);
    }
}
