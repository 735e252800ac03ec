using GlassesFirmware.Storage;
using GlassesFirmware.Text;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>
    /// Record slots in memory for tests: two slots per name, and power cuts: a switch that tears the next write after a
    /// given number of bytes (the rest of the slot keeps its old bytes, as on flash that was being rewritten) or cuts
    /// the power after a number of slot removals; nothing reaches the slots after a cut until <see cref="Reboot"/>.
    /// </summary>
    public sealed class MemorySlots : IRecordSlots
    {
        private readonly string[] _names = StringArrays.Filled(8, null);
        private readonly byte[][] _data = new byte[16][];
        private readonly int[] _lengths = new int[16];

        /// <summary>-1: writes complete; otherwise the next write longer than this stops after this many bytes, and the power is cut.</summary>
        public int TearNextWriteAt = -1;

        /// <summary>How many slot removals complete before the power is cut (the removal after them does not happen).</summary>
        public int DeletesBeforeCut = int.MaxValue;

        /// <summary>True after a cut: writes and removals change nothing and report failure until <see cref="Reboot"/>.</summary>
        public bool PoweredOff;

        /// <summary>When true the slot keeps its old length after a torn write (raw flash); when false it is truncated (a file).</summary>
        public bool KeepOldTail;

        /// <summary>Writes attempted.</summary>
        public int Writes;

        public int ReadSlot(string name, int slot, byte[] buffer)
        {
            int i = Index(name, false);
            if (i < 0 || _data[i * 2 + slot] == null)
            {
                return 0;
            }

            int n = _lengths[i * 2 + slot];
            if (n > buffer.Length)
            {
                n = buffer.Length;
            }

            System.Array.Copy(_data[i * 2 + slot], 0, buffer, 0, n);
            return n;
        }

        /// <summary>Power comes back: the cut and the planned cuts are over; the slots keep what reached them.</summary>
        public void Reboot()
        {
            PoweredOff = false;
            TearNextWriteAt = -1;
            DeletesBeforeCut = int.MaxValue;
        }

        public bool WriteSlot(string name, int slot, byte[] data, int count)
        {
            Writes++;
            if (PoweredOff)
            {
                return false;
            }

            int i = Index(name, true);
            int k = i * 2 + slot;
            byte[] old = _data[k];
            int oldLength = old == null ? 0 : _lengths[k];
            int written = TearNextWriteAt >= 0 && TearNextWriteAt < count ? TearNextWriteAt : count;
            bool torn = written < count;
            TearNextWriteAt = -1;

            int length = torn ? (KeepOldTail && oldLength > written ? oldLength : written) : count;
            byte[] next = new byte[length < 1 ? 1 : length];
            if (old != null && torn && KeepOldTail)
            {
                System.Array.Copy(old, 0, next, 0, oldLength < length ? oldLength : length);
            }

            System.Array.Copy(data, 0, next, 0, written);
            _data[k] = next;
            _lengths[k] = length;
            PoweredOff = torn;
            return !torn;
        }

        public bool DeleteSlot(string name, int slot)
        {
            if (PoweredOff || DeletesBeforeCut-- <= 0)
            {
                PoweredOff = true;
                return false;
            }

            int i = Index(name, false);
            if (i >= 0)
            {
                _data[i * 2 + slot] = null;
                _lengths[i * 2 + slot] = 0;
            }

            return true;
        }

        private int Index(string name, bool create)
        {
            for (int i = 0; i < _names.Length; i++)
            {
                if (_names[i] == name)
                {
                    return i;
                }
            }

            if (!create)
            {
                return -1;
            }

            for (int i = 0; i < _names.Length; i++)
            {
                if (_names[i] == null)
                {
                    _names[i] = name;
                    return i;
                }
            }

            return -1;
        }
    }
}
