using System;
using GlassesFirmware.Storage;
using GlassesFirmware.Tests.Fakes;

namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>
    /// The glasses' flash: the test kit's atomic records in RAM (<see cref="MemoryRecordStore"/>), which survive a simulated power cut. The cut comes at a chosen
    /// write (or delete): that write lands or not, at random, as an atomic write would; from then on the glasses
    /// are dead, every write fails and the scenario reboots them from what is stored.
    /// </summary>
    public sealed class CuttableRecordStore : IRecordStore
    {
        private readonly MemoryRecordStore _records = new MemoryRecordStore();
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
        public int Read(string name, byte[] buffer, int offset, int capacity) => _records.Read(name, buffer, offset, capacity);

        /// <inheritdoc />
        public bool Write(string name, byte[] data, int offset, int count) => Change(() => _records.Write(name, data, offset, count));

        /// <inheritdoc />
        public bool Delete(string name) => Change(() => _records.Delete(name));

        private bool Change(Func<bool> change)
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

            return change();
        }
    }
}
