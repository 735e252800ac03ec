using GlassesFirmware.Storage;
using GlassesFirmware.Uplink.Channel;

namespace GlassesFirmware.Uplink.Pairing
{
    /// <summary>
    /// The glasses' envelope counters across power loss without a flash write per message
    /// (docs/protocol.md section 8). Counters are handed out from a reserved block: before the first counter
    /// above the persisted high-water mark is used, the mark moves a whole block ahead and is written. After
    /// a reboot counting resumes above the mark, so a counter is never reused whatever moment power was cut;
    /// at most one block of counters is skipped. The highest counter received is saved with each reservation.
    /// </summary>
    public sealed class CounterStore : IChannelCounters
    {
        /// <summary>Record name in <see cref="IRecordStore"/>.</summary>
        public const string RecordName = "uplink.ctr";

        /// <summary>Counters reserved per flash write.</summary>
        public const int DefaultBlock = 64;

        private const int RecordLength = 17;
        private const byte RecordVersion = 1;

        private readonly IRecordStore _store;
        private readonly int _block;
        private readonly byte[] _record = new byte[RecordLength];
        private ulong _lastSent;
        private ulong _highWater;
        private ulong _lastReceived;
        private int _writes;

        /// <summary>Uses <paramref name="store"/>, reserving <paramref name="block"/> (1 .. 65 536) counters per write.</summary>
        public CounterStore(IRecordStore store, int block)
        {
            if (store == null || block < 1 || block > 65536)
            {
                throw new System.ArgumentException("a store and a block of 1..65536");
            }

            _store = store;
            _block = block;
        }

        /// <summary>The last counter handed out (after a reboot: the persisted high-water mark).</summary>
        public ulong LastSent
        {
            get { return _lastSent; }
        }

        /// <inheritdoc />
        public ulong LastReceived
        {
            get { return _lastReceived; }
        }

        /// <summary>Flash writes so far (for tests and the benchmark).</summary>
        public int Writes
        {
            get { return _writes; }
        }

        /// <summary>
        /// Reads the record: resumes above the persisted mark. A missing record means a fresh pairing (0, 0).
        /// False when the record is unreadable or corrupt: the caller must not send (a guess could reuse a counter).
        /// </summary>
        public bool Load()
        {
            int length = _store.Read(RecordName, _record, 0, RecordLength);
            if (length == RecordLimits.Missing)
            {
                _lastSent = 0;
                _highWater = 0;
                _lastReceived = 0;
                return true;
            }

            if (length != RecordLength || _record[0] != RecordVersion)
            {
                return false;
            }

            _highWater = ReadUInt64(1);
            _lastReceived = ReadUInt64(9);
            _lastSent = _highWater;
            return true;
        }

        /// <summary>
        /// The next counter. Persists a new high-water mark first when the block is used up; false (and no
        /// counter) when that write fails.
        /// </summary>
        public bool TryNext(out ulong counter)
        {
            counter = 0;
            ulong next = _lastSent + 1;
            if (next > _highWater && !Persist(_lastSent + (ulong)_block))
            {
                return false;
            }

            _lastSent = next;
            counter = next;
            return true;
        }

        /// <summary>Notes a counter accepted from the wallet (kept in RAM, saved with the next reservation).</summary>
        public void Received(ulong counter)
        {
            if (counter > _lastReceived)
            {
                _lastReceived = counter;
            }
        }

        /// <summary>
        /// Starts a new pairing's counters above those its handshake used (<paramref name="lastSent"/>,
        /// <paramref name="lastReceived"/>) and writes the record.
        /// </summary>
        public bool Reset(ulong lastSent, ulong lastReceived)
        {
            _lastSent = lastSent;
            _lastReceived = lastReceived;
            _highWater = 0;
            return Persist(lastSent);
        }

        /// <summary>Forgets the counters (unpairing); true when the record is gone.</summary>
        public bool Wipe()
        {
            _lastSent = 0;
            _lastReceived = 0;
            _highWater = 0;
            return _store.Delete(RecordName);
        }

        private bool Persist(ulong highWater)
        {
            _record[0] = RecordVersion;
            WriteUInt64(1, highWater);
            WriteUInt64(9, _lastReceived);
            if (!_store.Write(RecordName, _record, 0, RecordLength))
            {
                return false;
            }

            _writes++;
            _highWater = highWater;
            return true;
        }

        private ulong ReadUInt64(int at)
        {
            ulong value = 0;
            for (int i = 0; i < 8; i++)
            {
                value = (value << 8) | _record[at + i];
            }

            return value;
        }

        private void WriteUInt64(int at, ulong value)
        {
            for (int i = 0; i < 8; i++)
            {
                _record[at + i] = (byte)(value >> (56 - 8 * i));
            }
        }
    }
}
