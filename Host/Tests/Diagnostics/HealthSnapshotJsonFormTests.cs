using System;
using System.Linq;
using System.Reflection;
using System.Text;
using GlassesFirmware.Diagnostics;
using nanoFramework.Json;
using Xunit;

namespace GlassesFirmware.Host.Tests.Diagnostics
{
    /// <summary>
    /// The size a JSON form of the health snapshot would take (docs/hardware.md, "The diagnostics snapshot"): the
    /// same fields written by nanoFramework.Json's SerializeObject, against the 32 bytes of the binary form.
    /// </summary>
    public class HealthSnapshotJsonFormTests
    {
        /// <summary>The snapshot's fields as properties, since SerializeObject writes properties only.</summary>
        public sealed class SnapshotAsProperties
        {
            public int BootCount { get; set; }
            public int WakeCause { get; set; }
            public int UptimeSeconds { get; set; }
            public int HeapFreeBytes { get; set; }
            public int BatteryMv { get; set; }
            public int BatteryPercent { get; set; }
            public int ChipTemperatureC { get; set; }
            public int SessionState { get; set; }
            public int MicOverruns { get; set; }
            public int ScannerDrops { get; set; }
            public int ButtonDrops { get; set; }
            public int StoreFailures { get; set; }
            public int StoreDamaged { get; set; }
            public int Faults { get; set; }
            public int DeviceFaults { get; set; }
        }

        private static FieldInfo[] SnapshotFields() => typeof(HealthSnapshot).GetFields(BindingFlags.Public | BindingFlags.Instance);

        // The JSON form of a snapshot: each field copied to the property of the same name.
        private static int JsonBytes(HealthSnapshot snapshot)
        {
            var copy = new SnapshotAsProperties();
            foreach (FieldInfo field in SnapshotFields())
            {
                typeof(SnapshotAsProperties).GetProperty(field.Name).SetValue(copy, field.GetValue(snapshot));
            }

            return Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(copy));
        }

        [Fact]
        public void ThePropertiesAreTheSnapshotsFields()
        {
            Assert.Equal(
                SnapshotFields().Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal),
                typeof(SnapshotAsProperties).GetProperties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void TheSnapshotItselfSerializesToAnEmptyObject()
        {
            Assert.Equal("{}", JsonConvert.SerializeObject(new HealthSnapshot()));
        }

        [Fact]
        public void TheJsonFormIs252To311BytesAgainst32()
        {
            var largest = new HealthSnapshot
            {
                BootCount = 0xFFFF, WakeCause = 255, UptimeSeconds = int.MaxValue, HeapFreeBytes = int.MaxValue, BatteryMv = 0xFFFF,
                BatteryPercent = 100, ChipTemperatureC = -128, SessionState = 255, MicOverruns = 0xFFFF, ScannerDrops = 0xFFFF,
                ButtonDrops = 0xFFFF, StoreFailures = 0xFFFF, StoreDamaged = 0xFFFF, Faults = 0xFFFF, DeviceFaults = 0xFFFF,
            };
            Assert.Equal(32, HealthSnapshot.Length);
            Assert.Equal(252, JsonBytes(new HealthSnapshot()));
            Assert.Equal(311, JsonBytes(largest));
        }
    }
}
