using System.Collections;
using GlassesFirmware.Storage;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>An in-RAM record store that counts writes and can be told to refuse them (a failing flash).</summary>
    public sealed class MemoryRecordStore : IRecordStore
    {
        private readonly ArrayList _names = new ArrayList();
        private readonly ArrayList _values = new ArrayList();

        /// <summary>Successful writes so far.</summary>
        public int Writes;

        /// <summary>When true every write fails and leaves the old record.</summary>
        public bool FailWrites;

        /// <inheritdoc />
        public int Read(string name, byte[] buffer, int offset, int capacity)
        {
            int i = _names.IndexOf(name);
            if (i < 0)
            {
                return RecordLimits.Missing;
            }

            byte[] value = (byte[])_values[i];
            if (value.Length > capacity)
            {
                return RecordLimits.Failed;
            }

            System.Array.Copy(value, 0, buffer, offset, value.Length);
            return value.Length;
        }

        /// <inheritdoc />
        public bool Write(string name, byte[] data, int offset, int count)
        {
            if (FailWrites || count > RecordLimits.MaxLength)
            {
                return false;
            }

            byte[] copy = new byte[count];
            System.Array.Copy(data, offset, copy, 0, count);
            int i = _names.IndexOf(name);
            if (i < 0)
            {
                _names.Add(name);
                _values.Add(copy);
            }
            else
            {
                _values[i] = copy;
            }

            Writes++;
            return true;
        }

        /// <inheritdoc />
        public bool Delete(string name)
        {
            int i = _names.IndexOf(name);
            if (i >= 0)
            {
                _names.RemoveAt(i);
                _values.RemoveAt(i);
            }

            return true;
        }

        /// <summary>True when a record by that name exists.</summary>
        public bool Contains(string name)
        {
            return _names.IndexOf(name) >= 0;
        }

        /// <summary>Overwrites one byte of a stored record (flash corruption).</summary>
        public void Corrupt(string name, int index, byte value)
        {
            ((byte[])_values[_names.IndexOf(name)])[index] = value;
        }
    }
}
