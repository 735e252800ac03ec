using System;
using System.IO;
using GlassesFirmware.Storage;

namespace GlassesFirmware.Hardware.Storage
{
    /// <summary>
    /// <see cref="IRecordSlots"/> on the internal flash file system: slot 0 and 1 of record NAME are the files
    /// <c>r.NAME.a</c> and <c>r.NAME.b</c> in one folder (no subfolders: SPIFFS has none). Each write replaces a
    /// whole file; the power-safe protocol lives in <see cref="PowerSafeRecordStore"/>.
    /// </summary>
    public sealed class FlashRecordSlots : IRecordSlots
    {
        /// <summary>The internal flash drive of nanoFramework on ESP32.</summary>
        public const string InternalDrive = "I:\\";

        private readonly string _folder;

        /// <summary>Keeps slots in <paramref name="folder"/> (ending with a backslash), e.g. <see cref="InternalDrive"/>.</summary>
        public FlashRecordSlots(string folder)
        {
            _folder = folder;
        }

        /// <inheritdoc />
        public int ReadSlot(string name, int slot, byte[] buffer)
        {
            string path = PathOf(name, slot);
            try
            {
                if (!File.Exists(path))
                {
                    return 0;
                }

                using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read))
                {
                    long length = stream.Length;
                    int wanted = length < buffer.Length ? (int)length : buffer.Length;
                    int read = 0;
                    while (read < wanted)
                    {
                        int n = stream.Read(buffer, read, wanted - read);
                        if (n <= 0)
                        {
                            break;
                        }

                        read += n;
                    }

                    return read;
                }
            }
            catch (Exception)
            {
                return -1;
            }
        }

        /// <inheritdoc />
        public bool WriteSlot(string name, int slot, byte[] data, int count)
        {
            try
            {
                using (FileStream stream = new FileStream(PathOf(name, slot), FileMode.Create, FileAccess.Write))
                {
                    // nanoFramework's native FileStream writes through on every Write (Flush is a no-op); the
                    // call stays for clarity. FileMode.Create truncates first, so a cut here can leave this slot
                    // empty or short: the other slot still holds the previous record (PowerSafeRecordStore).
                    stream.Write(data, 0, count);
                    stream.Flush();
                }

                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        /// <inheritdoc />
        public bool DeleteSlot(string name, int slot)
        {
            string path = PathOf(name, slot);
            try
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                }

                return !File.Exists(path);
            }
            catch (Exception)
            {
                return false;
            }
        }

        private string PathOf(string name, int slot)
        {
            return _folder + "r." + name + (slot == 0 ? ".a" : ".b");
        }
    }
}
