using System;
using System.IO;

namespace GlassesFirmware.Hardware.Storage
{
    /// <summary>
    /// Reads nf.config from the internal flash file system, where
    /// <c>nanoff --filedeployment</c> puts it (docs/configuration.md).
    /// </summary>
    public static class ConfigFile
    {
        /// <summary>Where the file lives on the device (drive I: is the internal SPIFFS/littlefs partition).</summary>
        public const string DevicePath = "I:\\nf.config";

        // Larger than any sane configuration; refusing bigger files keeps a corrupt partition from exhausting the heap.
        private const int MaxLength = 8192;

        /// <summary>Returns the file's bytes, or null when it is missing, unreadable or too large.</summary>
        public static byte[] Read(string path)
        {
            try
            {
                if (!File.Exists(path))
                {
                    return null;
                }

                using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read))
                {
                    long length = stream.Length;
                    if (length > MaxLength)
                    {
                        return null;
                    }

                    byte[] bytes = new byte[(int)length];
                    int read = 0;
                    while (read < bytes.Length)
                    {
                        int n = stream.Read(bytes, read, bytes.Length - read);
                        if (n <= 0)
                        {
                            return null;
                        }

                        read += n;
                    }

                    return bytes;
                }
            }
            catch (Exception)
            {
                // Not only IOException: a missing drive or a bad path throws other types on nanoFramework.
                return null;
            }
        }
    }
}
