using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Tag names and value excerpts the EMV checks put into findings, shared by every check so that
    /// each one words its findings alike.
    /// </summary>
    internal static class EmvText
    {
        /// <summary>Characters in [start, end): the byte count when the range is ASCII, counted otherwise.</summary>
        public static int Chars(EmvTlv tlv, byte[] b, int start, int end)
        {
            return tlv.IsAscii(start, end) ? end - start : Utf8.CountChars(b, start, end);
        }

        /// <summary>The value of object <paramref name="index"/>, cut to 32 characters, for a finding's message.</summary>
        public static string Value(EmvTlv tlv, byte[] b, int index)
        {
            return Utf8.GetString(b, tlv.Start[index], tlv.End[index], 32);
        }

        /// <summary>Tag code of sub-object <paramref name="id"/> in template <paramref name="parent"/> (text "62.09").</summary>
        public static int Nested(int parent, int id)
        {
            return 10000 + parent * 100 + id;
        }

        /// <summary>"59" for a root tag code, "62.09" for a nested one; built only when a finding needs it.</summary>
        public static string TagText(int tagCode)
        {
            return tagCode < 10000 ? Tag(tagCode) : Tag((tagCode - 10000) / 100) + "." + Tag(tagCode % 100);
        }

        /// <summary>The two-digit text of a data object ID ("05").</summary>
        public static string Tag(int id)
        {
            return new string(new[] { (char)('0' + id / 10), (char)('0' + id % 10) });
        }
    }
}
