using GlassesFirmware.Text;

namespace GlassesFirmware.Uplink.Cbor
{
    /// <summary>Names of <see cref="CborError"/> values (enum ToString prints a number on the device).</summary>
    public static class CborErrors
    {
        private static readonly string[] Names =
        {
            "None", "Truncated", "NonCanonical", "IndefiniteLength", "TrailingBytes", "NestingTooDeep",
            "LengthBeyondBuffer", "InvalidUtf8", "UnsupportedType", "Malformed", "DuplicateMapKey",
            "MapKeysNotSorted", "MapKeyNotInteger", "UnexpectedType", "IntegerOverflow", "BufferTooSmall",
            "InvalidState"
        };

        /// <summary>The stable name of <paramref name="error"/>, or its number when unknown.</summary>
        public static string Name(CborError error)
        {
            return EnumNames.Of(Names, (int)error);
        }
    }
}
