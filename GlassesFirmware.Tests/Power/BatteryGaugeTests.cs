using GlassesFirmware.Power;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Power
{
    [TestClass]
    public class BatteryGaugeTests
    {
        [DataRow(3000, 0)]
        [DataRow(3300, 0)]
        [DataRow(3630, 15)]
        [DataRow(3800, 50)]
        [DataRow(4150, 100)]
        [DataRow(4300, 100)]
        public void CellVoltageMapsAlongTheCurve(int cellMv, int percent)
        {
            Assert.AreEqual(percent, BatteryGauge.PercentFromCellMv(cellMv));
        }

        [TestMethod]
        public void RawReadingGoesThroughTheDivider()
        {
            // 12-bit ADC, 3100 mV full scale, two equal resistors: half scale is 3100 mV at the cell.
            Assert.AreEqual(3100, BatteryGauge.CellMvFromRaw(2048, 4096, 3100, 2000));
            Assert.AreEqual(0, BatteryGauge.CellMvFromRaw(-1, 4096, 3100, 2000));
        }

        [TestMethod]
        public void Esp32SensorFahrenheitBecomesCelsius()
        {
            Assert.AreEqual(50, BatteryGauge.CelsiusFromEsp32Fahrenheit(122));
        }
    }
}
