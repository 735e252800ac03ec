using System;
using System.IO;
using GlassesFirmware.Storage;

namespace GlassesFirmware.Host.Adapters.Storage
{
    /// <summary>
    /// <see cref="IRecordStore"/> over a data folder: one file per record. A write goes to a temporary file,
    /// is read back and compared, then renamed over the old record, so a crash leaves the old or the new
    /// record whole, as the device's A/B store does. Names are checked as on the device (1-15 characters of
    /// letters, digits, '.' and '-').
    /// </summary>
    public sealed class FolderRecordStore : IRecordStore
    {
        private readonly string _folder;

        /// <summary>Uses (and creates) <paramref name="folder"/>.</summary>
        public FolderRecordStore(string folder)
        {
            _folder = folder;
            Directory.CreateDirectory(folder);
        }

        /// <inheritdoc />
        public int Read(string name, byte[] buffer, int offset, int capacity)
        {
            string path = PathOf(name);
            if (path == null)
            {
                return RecordLimits.Failed;
            }
            try
            {
                if (!File.Exists(path))
                {
                    return RecordLimits.Missing;
                }
                byte[] data = File.ReadAllBytes(path);
                if (data.Length > capacity)
                {
                    return RecordLimits.Failed;
                }
                Buffer.BlockCopy(data, 0, buffer, offset, data.Length);
                return data.Length;
            }
            catch (IOException)
            {
                return RecordLimits.Failed;
            }
        }

        /// <inheritdoc />
        public bool Write(string name, byte[] data, int offset, int count)
        {
            string path = PathOf(name);
            if (path == null || count > RecordLimits.MaxLength)
            {
                return false;
            }
            string temp = path + ".new";
            try
            {
                byte[] bytes = data.AsSpan(offset, count).ToArray();
                File.WriteAllBytes(temp, bytes);
                if (!File.ReadAllBytes(temp).AsSpan().SequenceEqual(bytes))
                {
                    return false;
                }
                File.Move(temp, path, overwrite: true);
                return true;
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        }

        /// <inheritdoc />
        public bool Delete(string name)
        {
            string path = PathOf(name);
            if (path == null)
            {
                return false;
            }
            try
            {
                File.Delete(path);
                return true;
            }
            catch (IOException)
            {
                return false;
            }
        }

        private string PathOf(string name)
        {
            if (string.IsNullOrEmpty(name) || name.Length > 15)
            {
                return null;
            }
            foreach (char c in name)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '.' && c != '-')
                {
                    return null;
                }
            }
            return Path.Combine(_folder, name + ".rec");
        }
    }
}
