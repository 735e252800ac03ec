using System;
using System.Diagnostics;
using System.IO;
using GlassesFirmware.Board;
using GlassesFirmware.Configuration;

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

        /// <summary>
        /// The device's nf.config, validated whole and with pins that fit the board; null (every issue printed) when
        /// it is missing, invalid or does not fit, and the glasses must not pay.
        /// </summary>
        public static DeviceConfig LoadValid()
        {
            byte[] text = Read(DevicePath);
            if (text == null)
            {
                Debug.WriteLine("GlassesFirmware: " + DevicePath + " is missing or unreadable");
                return null;
            }

            DeviceConfig config;
            Print(DeviceConfig.Load(text, 0, text.Length, out config));
            return config != null && Print(BoardCheck.Check(config)) ? config : null;
        }

        // Prints each issue; true when there is none.
        private static bool Print(ConfigIssue[] issues)
        {
            for (int i = 0; i < issues.Length; i++)
            {
                Debug.WriteLine(issues[i].ToString());
            }

            return issues.Length == 0;
        }
    }
}
