using GlassesFirmware.Text;

namespace GlassesFirmware.Trigger
{
    /// <summary>Stable names for logs (enum ToString prints numbers on the device).</summary>
    public static class Gestures
    {
        private static readonly string[] Names = { "none", "tap", "doubleTap", "longPress", "pairingMode", "unpair" };

        /// <summary>The name of <paramref name="gesture"/>, or its number when it has none.</summary>
        public static string Name(Gesture gesture)
        {
            return EnumNames.Of(Names, (int)gesture);
        }
    }
}
