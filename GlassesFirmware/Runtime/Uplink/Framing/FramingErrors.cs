using GlassesFirmware.Text;

namespace GlassesFirmware.Uplink.Framing
{
    /// <summary>Stable names of <see cref="FramingError"/>.</summary>
    public static class FramingErrors
    {
        // The enum has gaps (wire codes): values and names side by side.
        private static readonly int[] Values = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x10, 0x11, 0x7F };

        private static readonly string[] Names =
        {
            "None", "InvalidCommand", "InvalidParameter", "InvalidLength", "InvalidSequence", "Timeout", "Busy",
            "UnknownDevice", "PairingRefused", "Other",
        };

        /// <summary>Name of <paramref name="error"/>, or its number.</summary>
        public static string Name(FramingError error)
        {
            return EnumNames.Of(Values, Names, (int)error);
        }
    }
}
