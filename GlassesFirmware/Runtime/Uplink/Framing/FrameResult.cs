namespace GlassesFirmware.Uplink.Framing
{
    /// <summary>Result of feeding a fragment to <see cref="FrameAssembler"/>.</summary>
    public enum FrameResult
    {
        /// <summary>The frame is not complete yet (or nothing happened).</summary>
        NeedMore = 0,
        /// <summary>A whole frame is in <see cref="FrameAssembler.Data"/>.</summary>
        Complete = 1,
        /// <summary>The partial frame was dropped; see <see cref="FrameAssembler.Error"/>.</summary>
        Error = 2,
    }
}
