using System;
using System.Collections.Generic;
using GlassesFirmware.Storage;
using Xunit;

namespace GlassesFirmware.Host.Tests.Hardware
{
    /// <summary>
    /// The power-safe record store under a power cut at every byte of a write: whatever survives, a reader
    /// after the reboot sees the last complete record whole, never a mix.
    /// </summary>
    public class TornWriteTests
    {
        /// <summary>Slots in memory; the next write can be cut after N bytes, leaving the old tail (raw flash) or a short file.</summary>
        private sealed class FlashModel : IRecordSlots
        {
            private readonly Dictionary<string, byte[]> _slots = new();
            public int TearAt = -1;
            public bool KeepOldTail;
            public int DeletesBeforeCut = int.MaxValue;
            public bool PoweredOff;

            public int ReadSlot(string name, int slot, byte[] buffer)
            {
                if (!_slots.TryGetValue(name + slot, out byte[] data))
                {
                    return 0;
                }

                int n = Math.Min(data.Length, buffer.Length);
                Array.Copy(data, buffer, n);
                return n;
            }

            public bool WriteSlot(string name, int slot, byte[] data, int count)
            {
                if (PoweredOff)
                {
                    return false;
                }

                if (TearAt < 0 || TearAt >= count)
                {
                    _slots[name + slot] = data.AsSpan(0, count).ToArray();
                    return true;
                }

                _slots.TryGetValue(name + slot, out byte[] old);
                byte[] next = KeepOldTail && old != null && old.Length > TearAt ? (byte[])old.Clone() : new byte[TearAt];
                Array.Copy(data, next, TearAt);
                _slots[name + slot] = next;
                PoweredOff = true; // the cut: nothing else reaches the flash
                return false;
            }

            public bool DeleteSlot(string name, int slot)
            {
                if (PoweredOff || DeletesBeforeCut-- <= 0)
                {
                    PoweredOff = true;
                    return false;
                }

                _slots.Remove(name + slot);
                return true;
            }

            public void Reboot()
            {
                TearAt = -1;
                PoweredOff = false;
                DeletesBeforeCut = int.MaxValue;
            }
        }

        private static byte[] Pattern(int length, byte seed)
        {
            var data = new byte[length];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(seed + i * 7);
            }

            return data;
        }

        private static byte[] ReadAfterReboot(FlashModel flash, string name)
        {
            flash.Reboot();
            var buffer = new byte[RecordLimits.MaxLength];
            int n = new PowerSafeRecordStore(flash).Read(name, buffer, 0, buffer.Length);
            if (n == RecordLimits.Missing)
            {
                return null;
            }

            Assert.True(n >= 0, "read failed: " + n);
            return buffer.AsSpan(0, n).ToArray();
        }

        [Theory]
        [InlineData(0, false)]
        [InlineData(1, false)]
        [InlineData(57, true)]
        [InlineData(300, false)]
        [InlineData(300, true)]
        [InlineData(RecordLimits.MaxLength, false)]
        [InlineData(RecordLimits.MaxLength, true)]
        public void CutAtEveryByteLeavesTheLastCompleteRecord(int length, bool keepOldTail)
        {
            byte[] previous = Pattern(length, 2);
            byte[] next = Pattern(length, 3);
            int encoded = RecordFormat.HeaderLength + length + RecordFormat.TrailerLength;
            for (int cut = 0; cut <= encoded; cut++)
            {
                var flash = new FlashModel { KeepOldTail = keepOldTail };
                var store = new PowerSafeRecordStore(flash);
                Assert.True(store.Write("inflight", Pattern(length, 1), 0, length));
                Assert.True(store.Write("inflight", previous, 0, length));
                flash.TearAt = cut;
                bool reported = store.Write("inflight", next, 0, length);

                byte[] seen = ReadAfterReboot(flash, "inflight");
                if (cut == encoded)
                {
                    Assert.True(reported);
                    Assert.Equal(next, seen);
                }
                else
                {
                    Assert.False(reported);
                    Assert.True(previous.AsSpan().SequenceEqual(seen), "cut at byte " + cut + " of " + encoded);
                }
            }
        }

        [Fact]
        public void CutDuringTheFirstWriteLeavesNoRecord()
        {
            byte[] data = Pattern(40, 5);
            for (int cut = 0; cut < RecordFormat.HeaderLength + 40 + RecordFormat.TrailerLength; cut++)
            {
                var flash = new FlashModel { TearAt = cut };
                new PowerSafeRecordStore(flash).Write("keys", data, 0, data.Length);
                Assert.Null(ReadAfterReboot(flash, "keys"));
            }
        }

        [Fact]
        public void CutAnywhereInADeleteNeverResurrectsAnOlderVersion()
        {
            byte[] newest = Pattern(20, 9);
            int tombstone = RecordFormat.HeaderLength + RecordFormat.TrailerLength;
            // Cut while writing the tombstone: the delete did not happen, the newest version stays.
            for (int cut = 0; cut < tombstone; cut++)
            {
                var flash = Prepared(newest);
                flash.TearAt = cut;
                Assert.False(new PowerSafeRecordStore(flash).Delete("paid"));
                Assert.Equal(newest, ReadAfterReboot(flash, "paid"));
            }

            // Cut after the tombstone, before or between the slot removals: the record is gone.
            for (int deletes = 0; deletes <= 2; deletes++)
            {
                var flash = Prepared(newest);
                flash.DeletesBeforeCut = deletes;
                bool done = new PowerSafeRecordStore(flash).Delete("paid");
                Assert.Equal(deletes == 2, done);
                Assert.Null(ReadAfterReboot(flash, "paid"));
            }
        }

        [Fact]
        public void ManyRewritesWithRandomCutsAlwaysReadTheLastAcknowledgedRecord()
        {
            var random = new Random(7);
            var flash = new FlashModel { KeepOldTail = true };
            byte[] acknowledged = null;
            for (int round = 0; round < 2000; round++)
            {
                byte[] data = Pattern(random.Next(0, 200), (byte)round);
                int encoded = RecordFormat.HeaderLength + data.Length + RecordFormat.TrailerLength;
                flash.TearAt = random.Next(3) == 0 ? random.Next(encoded) : -1;
                if (new PowerSafeRecordStore(flash).Write("ctr", data, 0, data.Length))
                {
                    acknowledged = data;
                }

                byte[] seen = ReadAfterReboot(flash, "ctr");
                Assert.True(acknowledged == null ? seen == null : acknowledged.AsSpan().SequenceEqual(seen), "round " + round);
            }
        }

        private static FlashModel Prepared(byte[] newest)
        {
            var flash = new FlashModel();
            var store = new PowerSafeRecordStore(flash);
            store.Write("paid", Pattern(20, 1), 0, 20);
            store.Write("paid", newest, 0, newest.Length);
            return flash;
        }
    }
}
