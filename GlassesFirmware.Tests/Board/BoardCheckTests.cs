using GlassesFirmware.Board;
using GlassesFirmware.Configuration;
using GlassesFirmware.Text;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Board
{
    [TestClass]
    public class BoardCheckTests
    {
        [TestMethod]
        public void XiaoSenseDefaultPinMapIsSound()
        {
            ConfigIssue[] issues = Check("board.profile = xiao-esp32s3-sense\npin.button = 1\npin.led = 21\npin.haptic = 2\npin.mic.clock = 42\npin.mic.data = 41\npin.battery = 9\n");
            Assert.AreEqual(0, issues.Length);
        }

        [TestMethod]
        public void CameraPinIsAConflictWithTheBoard()
        {
            ConfigIssue[] issues = Check("board.profile = xiao-esp32s3-sense\npin.button = 10\nmic.kind = none\n");
            Assert.AreEqual(1, issues.Length);
            Assert.AreEqual((int)ConfigIssueCode.PinConflict, (int)issues[0].Code);
            Assert.Contains("camera XCLK", issues[0].Message);
        }

        [TestMethod]
        public void Esp32InputOnlyPinCannotDriveTheLed()
        {
            ConfigIssue[] issues = Check("board.profile = esp32-generic-scanner\ncapture.kind = uart-scanner\nmic.kind = none\npin.button = 27\npin.led = 34\npin.scanner.tx = 22\npin.scanner.rx = 23\n");
            Assert.AreEqual(1, issues.Length);
            Assert.AreEqual("pin.led", issues[0].Key);
        }

        [TestMethod]
        public void ScannerBoardNeedsScannerPinsAndNoCamera()
        {
            ConfigIssue[] issues = Check("board.profile = esp32-generic-scanner\nmic.kind = none\npin.button = 27\n");
            // capture.kind defaults to camera: refused, and the scanner pins are not needed then.
            Assert.AreEqual(1, issues.Length);
            Assert.AreEqual("capture.kind", issues[0].Key);
            issues = Check("board.profile = esp32-generic-scanner\ncapture.kind = uart-scanner\nmic.kind = none\npin.button = 27\npin.scanner.tx = 22\n");
            Assert.AreEqual(1, issues.Length);
            Assert.AreEqual("pin.scanner.rx", issues[0].Key);
        }

        [TestMethod]
        public void ButtonMustWakeAndBatteryMustBeOnAdc1()
        {
            ConfigIssue[] issues = Check("board.profile = esp32-generic-scanner\ncapture.kind = uart-scanner\nmic.kind = none\npin.button = 21\npin.scanner.tx = 22\npin.scanner.rx = 23\npin.battery = 25\n");
            Assert.AreEqual(2, issues.Length);
            Assert.AreEqual("pin.button", issues[0].Key);
            Assert.AreEqual("pin.battery", issues[1].Key);
        }

        [TestMethod]
        public void S3HasNoGpio22AndAdcChannelsFollowTheChip()
        {
            Assert.IsFalse(Boards.XiaoEsp32S3Sense.Exists(23));
            Assert.AreEqual(8, Boards.XiaoEsp32S3Sense.Adc1Channel(9));
            Assert.AreEqual(7, Boards.Esp32GenericScanner.Adc1Channel(35));
            Assert.AreEqual(-1, Boards.Esp32GenericScanner.Adc1Channel(25));
        }

        [TestMethod]
        public void ScannerPlanFitsAndAHugeFrameDoesNot()
        {
            Assert.IsNull(MemoryPlan.For(Boards.Esp32GenericScanner, "uart-scanner", "i2s", 0, 0).Problem());
            Assert.IsNotNull(MemoryPlan.For(Boards.Esp32Cam, "camera", "i2s", 1600, 1200).Problem());
        }

        private static ConfigIssue[] Check(string text)
        {
            byte[] bytes = Utf8.Encode(text);
            DeviceConfig config;
            ConfigIssue[] issues = DeviceConfig.Load(bytes, 0, bytes.Length, out config);
            Assert.AreEqual(0, issues.Length);
            return BoardCheck.Check(config);
        }
    }
}
