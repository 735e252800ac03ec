namespace GlassesFirmware.Uplink
{
    /// <summary>Name tables for the uplink's status enums: enum ToString prints a number on the device.</summary>
    internal static class CodeNames
    {
        /// <summary>names[code], or the code's number when the table has no such entry.</summary>
        internal static string Of(string[] names, int code)
        {
            return code >= 0 && code < names.Length ? names[code] : code.ToString();
        }
    }
}
