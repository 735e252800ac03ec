namespace GlassesFirmware.Trigger
{
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
