using System;
using System.Collections.Concurrent;
using GlassesFirmware.Storage;

namespace GlassesFirmware.Host.Adapters.Uplink
{
    /// <summary>
    /// <see cref="IRecordStore"/> in RAM for host runs: atomic replace by construction, counts writes, and can be
    /// told to fail writes (a worn flash).
    /// </summary>
    public sealed class MemoryRecordStore : IRecordStore
    {
        private readonly ConcurrentDictionary<string, byte[]> _records = new ConcurrentDictionary<string, byte[]>();

        /// <summary>Successful writes.</summary>
        public int Writes;

        /// <summary>When true, writes fail and leave the previous record.</summary>
        public bool FailWrites;

        /// <inheritdoc />
        public int Read(string name, byte[] buffer, int offset, int capacity)
        {
            if (!_records.TryGetValue(name, out byte[] value))
            {
                return RecordLimits.Missing;
            }

            if (value.Length > capacity)
            {
                return RecordLimits.Failed;
            }

            System.Buffer.BlockCopy(value, 0, buffer, offset, value.Length);
            return value.Length;
        }

        /// <inheritdoc />
        public bool Write(string name, byte[] data, int offset, int count)
        {
            if (FailWrites || count > RecordLimits.MaxLength)
            {
                return false;
            }

            _records[name] = data.AsSpan(offset, count).ToArray();
            System.Threading.Interlocked.Increment(ref Writes);
            return true;
        }

        /// <inheritdoc />
        public bool Delete(string name)
        {
            _records.TryRemove(name, out _);
            return true;
        }

        /// <summary>True when a record by that name exists.</summary>
        public bool Contains(string name) => _records.ContainsKey(name);
    }
}
