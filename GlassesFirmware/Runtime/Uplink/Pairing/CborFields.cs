using GlassesFirmware.Text;
using GlassesFirmware.Uplink.Cbor;

namespace GlassesFirmware.Uplink.Pairing
{
    /// <summary>Key-value steps of the fixed-layout CBOR maps of pairing (offer, stored record): one key, one value.</summary>
    internal static class CborFields
    {
        /// <summary>Writes <paramref name="key"/> and a byte string.</summary>
        internal static void Bytes(CborWriter writer, ulong key, byte[] data)
        {
            writer.WriteUInt64(key);
            writer.WriteByteString(data, 0, data.Length);
        }

        /// <summary>Writes <paramref name="key"/> and a text string (a configured endpoint, encoded once).</summary>
        internal static void Text(CborWriter writer, ulong key, string text)
        {
            byte[] utf8 = Utf8.Encode(text);
            writer.WriteUInt64(key);
            writer.WriteTextString(utf8, 0, utf8.Length);
        }

        /// <summary>Reads key <paramref name="expectedKey"/> and a byte string (a slice of the reader's buffer).</summary>
        internal static bool ReadBytes(CborReader reader, ulong expectedKey, out int start, out int count)
        {
            start = 0;
            count = 0;
            ulong key;
            return reader.ReadUInt64(out key) && key == expectedKey && reader.ReadByteString(out start, out count);
        }

        /// <summary>Reads key <paramref name="expectedKey"/> and a text string of at most <paramref name="maxLength"/> characters.</summary>
        internal static bool ReadText(CborReader reader, ulong expectedKey, int maxLength, out string text)
        {
            text = null;
            ulong key;
            return reader.ReadUInt64(out key) && key == expectedKey && reader.ReadTextString(out text) && text.Length <= maxLength;
        }
    }
}
