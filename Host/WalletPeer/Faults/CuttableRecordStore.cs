using System;
using System.Collections.Generic;
using GlassesFirmware.Storage;

namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>
    /// The glasses' flash: atomic records in RAM that survive a simulated power cut. The cut comes at a chosen
    /// write (or delete): that write lands or not, at random, as an atomic write would; from then on the glasses
    /// are dead, every write fails and the scenario reboots them from what is stored.
    /// </summary>
    public sealed class CuttableRecordStore : IRecordStore
    {
        private readonly Dictionary<string, byte[]> _records = new Dictionary<string, byte[]>();
        private readonly FaultPlan _plan;
        private int _writes;
        private int _cutAt = -1;

        /// <summary>A store whose power cuts are drawn from <paramref name="plan"/>.</summary>
        public CuttableRecordStore(FaultPlan plan) => _plan = plan;

        /// <summary>True from a power cut until <see cref="Reboot"/>.</summary>
        public bool Dead { get; private set; }

        /// <summary>Arms a cut at the <paramref name="writesFromNow"/>-th write from now (1 = the next one).</summary>
        public void CutAt(int writesFromNow) => _cutAt = _writes + writesFromNow;

        /// <summary>Power is back: writes work again (no cut armed).</summary>
        public void Reboot()
        {
            Dead = false;
            _cutAt = -1;
        }

        /// <inheritdoc />
        public int Read(string name, byte[] buffer, int offset, int capacity)
        {
            if (!_records.TryGetValue(name, out byte[] record))
            {
                return RecordLimits.Missing;
            }

            if (record.Length > capacity)
            {
                return RecordLimits.Failed;
            }

            Buffer.BlockCopy(record, 0, buffer, offset, record.Length);
            return record.Length;
        }

        /// <inheritdoc />
        public bool Write(string name, byte[] data, int offset, int count) => Change(() => _records[name] = data.AsSpan(offset, count).ToArray());

        /// <inheritdoc />
        public bool Delete(string name) => Change(() => _records.Remove(name));

        private bool Change(Action change)
        {
            if (Dead)
            {
                return false;
            }

            if (++_writes == _cutAt && _plan.Active)
            {
                _plan.Count(FaultKind.PowerCut);
                if (_plan.Random.Next(2) == 0)
                {
                    change();
                }

                Dead = true;
                return false;
            }

            change();
            return true;
        }
    }
}
