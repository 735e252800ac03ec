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
}
