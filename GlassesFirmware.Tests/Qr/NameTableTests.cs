using GlassesFirmware.Qr;
using GlassesFirmware.Text;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    /// <summary>Every enum value has a name in its table, up to the last value declared (a new value must be added here too; the host test finds them by reflection).</summary>
    [TestClass]
    public class NameTableTests
    {
        [TestMethod]
        public void EveryQrStatusHasAName()
        {
            int[] values = { (int)QrStatus.Ok, (int)QrStatus.NullFrame, (int)QrStatus.BadDimensions, (int)QrStatus.StrideTooSmall, (int)QrStatus.BufferTooSmall, (int)QrStatus.BadRegion, (int)QrStatus.FrameTooLarge, (int)QrStatus.NullResults, (int)QrStatus.NoCode, (int)QrStatus.SamplingFailed, (int)QrStatus.FormatInfo, (int)QrStatus.VersionInfo, (int)QrStatus.DataEcc, (int)QrStatus.DataOverflow, (int)QrStatus.UnknownMode, (int)QrStatus.PayloadTooLarge };
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = QrStatusText.Name((QrStatus)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EveryEcLevelHasAName()
        {
            int[] values = NameTables.Upto((int)QrEcLevel.H);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = QrCode.LevelName((QrEcLevel)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }
    }
}
