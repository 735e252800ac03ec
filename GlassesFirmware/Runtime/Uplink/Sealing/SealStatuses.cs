using GlassesFirmware.Text;

namespace GlassesFirmware.Uplink.Sealing
{
    /// <summary>Names of <see cref="SealStatus"/> values (enum ToString prints a number on the device).</summary>
    public static class SealStatuses
    {
        private static readonly string[] Names =
        {
            "Ok", "TooShort", "TooLong", "UnsupportedVersion", "WrongDirection", "TagMismatch", "Replayed",
            "CounterReuse", "InvalidCounter"
        };

        /// <summary>The stable name of <paramref name="status"/>, or its number when unknown.</summary>
        public static string Name(SealStatus status)
        {
            return EnumNames.Of(Names, (int)status);
        }
    }
}
