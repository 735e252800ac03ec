using System.IO;
using GlassesFirmware.Text;
using nanoFramework.Json;

namespace GlassesFirmware.Tests.PayloadVectors
{
    /// <summary>
    /// The shared payment vectors (../shared/payments/emvqr-vectors.json) read at test time with nanoFramework.Json, so
    /// the same tests run all 65 on the host and on a device (deploy the file to I:\ with nanoff --filedeployment,
    /// docs/payloads.md).
    /// </summary>
    internal static class SharedVectorFile
    {
        /// <summary>Where the file is looked for: the device's internal flash, then the host test's output folder.</summary>
        internal static readonly string[] Candidates = { "I:\\emvqr-vectors.json", "emvqr-vectors.json" };

        /// <summary>The vectors of the first candidate that exists; null when none does.</summary>
        internal static SharedVector[] Load()
        {
            for (int i = 0; i < Candidates.Length; i++)
            {
                if (File.Exists(Candidates[i]))
                {
                    using (FileStream stream = new FileStream(Candidates[i], FileMode.Open, FileAccess.Read))
                    {
                        return (SharedVector[])JsonConvert.DeserializeObject(stream, typeof(SharedVector[]));
                    }
                }
            }

            return null;
        }

        /// <summary>The vectors of a JSON array; throws <see cref="DeserializationException"/> on what the library cannot read.</summary>
        internal static SharedVector[] Parse(string json)
        {
            return (SharedVector[])JsonConvert.DeserializeObject(json, typeof(SharedVector[]));
        }

        /// <summary>The payload as the UTF-8 bytes the decoder hands the analyzer.</summary>
        internal static byte[] PayloadBytes(SharedVector vector)
        {
            return Utf8.Encode(vector.payload);
        }
    }
}
