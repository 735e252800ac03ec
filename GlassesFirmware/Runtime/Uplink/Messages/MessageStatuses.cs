using GlassesFirmware.Text;

namespace GlassesFirmware.Uplink.Messages
{
    /// <summary>Stable names of <see cref="MessageStatus"/>.</summary>
    public static class MessageStatuses
    {
        private static readonly string[] Names = { "Ok", "Malformed", "UnsupportedVersion", "UnknownType", "UnexpectedKey", "MissingKey", "BadValue" };

        /// <summary>Name of <paramref name="status"/>.</summary>
        public static string Name(MessageStatus status)
        {
            return EnumNames.Of(Names, (int)status);
        }
    }
}
