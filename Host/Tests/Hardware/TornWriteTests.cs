using System;
using GlassesFirmware.Storage;
using GlassesFirmware.Tests.Fakes;
using Xunit;

namespace GlassesFirmware.Host.Tests.Hardware
{
    /// <summary>
    /// The power-safe record store under a power cut at every byte of a write: whatever survives, a reader
    /// after the reboot sees the last complete record whole, never a mix.
    /// </summary>
    public class TornWriteTests
    {
        private static byte[] Pattern(int length, byte seed)
        {
            var data = new byte[length];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(seed + i * 7);
            }

            return data;
        }

        private static byte[] ReadAfterReboot(MemorySlots flash, string name)
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
                var flash = new MemorySlots { KeepOldTail = keepOldTail };
                var store = new PowerSafeRecordStore(flash);
                Assert.True(store.Write("inflight", Pattern(length, 1), 0, length));
                Assert.True(store.Write("inflight", previous, 0, length));
                flash.TearNextWriteAt = cut;
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
                var flash = new MemorySlots { TearNextWriteAt = cut };
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
                flash.TearNextWriteAt = cut;
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
            var flash = new MemorySlots { KeepOldTail = true };
            byte[] acknowledged = null;
            for (int round = 0; round < 2000; round++)
            {
                byte[] data = Pattern(random.Next(0, 200), (byte)round);
                int encoded = RecordFormat.HeaderLength + data.Length + RecordFormat.TrailerLength;
                flash.TearNextWriteAt = random.Next(3) == 0 ? random.Next(encoded) : -1;
                if (new PowerSafeRecordStore(flash).Write("ctr", data, 0, data.Length))
                {
                    acknowledged = data;
                }

                byte[] seen = ReadAfterReboot(flash, "ctr");
                Assert.True(acknowledged == null ? seen == null : acknowledged.AsSpan().SequenceEqual(seen), "round " + round);
            }
        }

        private static MemorySlots Prepared(byte[] newest)
        {
            var flash = new MemorySlots();
            var store = new PowerSafeRecordStore(flash);
            store.Write("paid", Pattern(20, 1), 0, 20);
            store.Write("paid", newest, 0, newest.Length);
            return flash;
        }
    }
}
