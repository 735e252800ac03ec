using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>Stable text names of <see cref="CodeContent"/> values (enum names are absent on the device).</summary>
    public static class CodeContents
    {
        private static readonly string[] Names =
        {
            "none", "webLink", "wifi", "contactCard", "phone", "email", "textMessage", "location", "calendarEvent",
        };

        /// <summary>The stable text name, such as "webLink", or the value's number when it has none.</summary>
        public static string Name(CodeContent content)
        {
            return EnumNames.Of(Names, (int)content);
        }
    }
}
