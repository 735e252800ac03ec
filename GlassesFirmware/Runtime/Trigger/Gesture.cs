
namespace GlassesFirmware.Trigger
{
    /// <summary>A recognised button gesture.</summary>
    public enum Gesture
    {
        /// <summary>Nothing recognised.</summary>
        None = 0,
        /// <summary>One short press, not followed by a second within the double-tap window.</summary>
        Tap = 1,
        /// <summary>Two short presses, the second starting within the double-tap window after the first.</summary>
        DoubleTap = 2,
        /// <summary>A hold reaching the long-press time (reported while still held).</summary>
        LongPress = 3,
        /// <summary>Tap, then press again at once and hold for the combination time: enter pairing mode.</summary>
        PairingMode = 4,
        /// <summary>Double tap, then within the combination window press and hold for the combination time: clear bonds.</summary>
        Unpair = 5,
    }
}
