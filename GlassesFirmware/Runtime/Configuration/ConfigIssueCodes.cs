using GlassesFirmware.Text;

namespace GlassesFirmware.Configuration
{
    /// <summary>Stable kebab-case names of <see cref="ConfigIssueCode"/> values, as `glasses-sim config check` prints them.</summary>
    public static class ConfigIssueCodes
    {
        private static readonly int[] Values = { 1, 2, 3, 4, 5, 6, 7 };

        private static readonly string[] Names =
        {
            "syntax", "unknown-key", "duplicate-key", "wrong-type", "out-of-range", "pin-conflict", "missing-key",
        };

        /// <summary>The stable name, such as "unknown-key", or the value's number when it has none.</summary>
        public static string Name(ConfigIssueCode code)
        {
            return EnumNames.Of(Values, Names, (int)code);
        }
    }
}
