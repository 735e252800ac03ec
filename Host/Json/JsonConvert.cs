using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace nanoFramework.Json
{
    /// <summary>
    /// The nanoFramework.Json 2.2.203 entry points the device tests call, for .NET. System.Text.Json reads the JSON;
    /// <see cref="ObjectPopulator"/> fills the target as the device library does (members by exact name, public field
    /// before settable property, unknown keys skipped, typed arrays) and <see cref="DeviceStrings"/> gives every string
    /// the value the device library gives it. Shapes the host does not mirror throw <see cref="NotSupportedException"/>.
    /// </summary>
    public static class JsonConvert
    {
        /// <summary>Reads <paramref name="value"/> (a JSON object or array) into a new <paramref name="type"/>.</summary>
        public static object DeserializeObject(string value, Type type)
        {
            return Deserialize(Encoding.UTF8.GetBytes(value), type);
        }

        /// <summary>Reads the whole of <paramref name="stream"/> (UTF-8 JSON, an object or array) into a new <paramref name="type"/>.</summary>
        public static object DeserializeObject(Stream stream, Type type)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return Deserialize(copy.ToArray(), type);
        }

        /// <summary>
        /// Writes the public instance properties with a getter of <paramref name="value"/> as one compact JSON object, as
        /// the device library does (fields are not written); the host writes integer, boolean and null values.
        /// </summary>
        public static string SerializeObject(object value)
        {
            return ObjectWriter.Write(value);
        }

        private static object Deserialize(byte[] json, Type type)
        {
            if (type == null)
            {
                throw new DeserializationException("no target type");
            }

            DeviceStrings.CheckEscapes(json);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json);
            }
            catch (JsonException e)
            {
                throw new DeserializationException("malformed JSON: " + e.Message, e);
            }

            using (document)
            {
                JsonValueKind root = document.RootElement.ValueKind;
                if (root != JsonValueKind.Object && root != JsonValueKind.Array)
                {
                    throw new DeserializationException("the root is " + root + "; the device library reads only an object or an array");
                }

                return ObjectPopulator.Populate(document.RootElement, type);
            }
        }
    }
}
