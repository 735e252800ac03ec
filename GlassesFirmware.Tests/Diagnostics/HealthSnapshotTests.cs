using GlassesFirmware.Diagnostics;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Diagnostics
{
    [TestClass]
    public class HealthSnapshotTests
    {
        [TestMethod]
        public void EncodingPutsEachFieldAtItsOffset()
        {
            HealthSnapshot snapshot = new HealthSnapshot();
            snapshot.BootCount = 3;
            snapshot.UptimeSeconds = 0x01020304;
            snapshot.BatteryMv = 3870;
            snapshot.BatteryPercent = 55;
            snapshot.ChipTemperatureC = -5;
            snapshot.Faults = 70000;
            byte[] bytes = new byte[HealthSnapshot.Length + 2];
            snapshot.Encode(bytes, 2);
            Assert.AreEqual(HealthSnapshot.Version, bytes[2]);
            Assert.AreEqual((byte)3, bytes[4]);
            Assert.AreEqual((byte)0x04, bytes[6]);
            Assert.AreEqual((byte)0x01, bytes[9]);
            Assert.AreEqual((byte)(3870 & 0xFF), bytes[14]);
            Assert.AreEqual((byte)55, bytes[16]);
            Assert.AreEqual((byte)0xFB, bytes[17]);
            Assert.AreEqual((byte)0xFF, bytes[30]);
            Assert.AreEqual((byte)0xFF, bytes[31]);
        }

        [TestMethod]
        public void UnknownBatteryIsAllOnesAndTextNamesTheCounters()
        {
            HealthSnapshot snapshot = new HealthSnapshot();
            byte[] bytes = new byte[HealthSnapshot.Length];
            snapshot.Encode(bytes, 0);
            Assert.AreEqual((byte)0xFF, bytes[14]);
            Assert.AreEqual((byte)0x80, bytes[15]);
            Assert.Contains("faults=0", snapshot.ToText());
        }
    }
}
