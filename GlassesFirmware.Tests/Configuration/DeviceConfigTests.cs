using GlassesFirmware.Configuration;
using GlassesFirmware.Text;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Configuration
{
    [TestClass]
    public class DeviceConfigTests
    {
        private const string Minimal = "board.profile = xiao-esp32s3-sense\npin.button = 1\n";

        [TestMethod]
        public void MinimalFileLoadsWithDefaults()
        {
            DeviceConfig config;
            ConfigIssue[] issues = Load(Minimal, out config);
            Assert.AreEqual(0, issues.Length);
            Assert.IsNotNull(config);
            Assert.AreEqual("xiao-esp32s3-sense", config.GetText("board.profile"));
            Assert.AreEqual(1L, config.GetInteger("pin.button"));
            Assert.AreEqual(-1L, config.GetInteger("pin.led"));
            Assert.AreEqual(8000L, config.GetInteger("scan.timeout.ms"));
            Assert.IsTrue(config.GetBoolean("trigger.button"));
            Assert.AreEqual("en", config.GetText("readback.language"));
        }

        [TestMethod]
        public void CommentsBlankLinesCrLfAndSpacesAreAccepted()
        {
            DeviceConfig config;
            ConfigIssue[] issues = Load("# glasses\r\n\r\n  board.profile=esp32-cam  \r\n\tpin.button =  12\r\nreadback.language = zh\r\n", out config);
            Assert.AreEqual(0, issues.Length);
            Assert.AreEqual(12L, config.GetInteger("pin.button"));
            Assert.AreEqual("zh", config.GetText("readback.language"));
        }

        [TestMethod]
        public void HostListIsSplitAndTrimmed()
        {
            DeviceConfig config;
            Load(Minimal + "payment.allowed.hosts = qr.alipay.com, render.alipay.com\n", out config);
            string[] hosts = config.GetList("payment.allowed.hosts");
            Assert.AreEqual(2, hosts.Length);
            Assert.AreEqual("render.alipay.com", hosts[1]);
        }

        [TestMethod]
        public void EmptyHostListGivesNoHosts()
        {
            DeviceConfig config;
            Load(Minimal + "payment.allowed.hosts =\n", out config);
            Assert.AreEqual(0, config.GetList("payment.allowed.hosts").Length);
        }

        [DataRow("pin.buton = 3", 3, (int)ConfigIssueCode.UnknownKey, "pin.buton")]
        [DataRow("pin.led = 1", 3, (int)ConfigIssueCode.PinConflict, "pin.led")]
        [DataRow("pin.led = x", 3, (int)ConfigIssueCode.WrongType, "pin.led")]
        [DataRow("pin.led = 49", 3, (int)ConfigIssueCode.OutOfRange, "pin.led")]
        [DataRow("scan.timeout.ms = 999", 3, (int)ConfigIssueCode.OutOfRange, "scan.timeout.ms")]
        [DataRow("trigger.voice = yes", 3, (int)ConfigIssueCode.WrongType, "trigger.voice")]
        [DataRow("readback.language = fr", 3, (int)ConfigIssueCode.OutOfRange, "readback.language")]
        [DataRow("pin.button = 2", 3, (int)ConfigIssueCode.DuplicateKey, "pin.button")]
        [DataRow("ble.device.name = ABCDEFGHIJKLMNOPQRSTUVWXYZ1234", 3, (int)ConfigIssueCode.OutOfRange, "ble.device.name")]
        [DataRow("payment.allowed.hosts = qr.alipay.com,Evil.COM", 3, (int)ConfigIssueCode.WrongType, "payment.allowed.hosts")]
        [DataRow("just some words", 3, (int)ConfigIssueCode.Syntax, "")]
        public void BadLineIsReportedWithKeyAndLine(string line, int expectedLine, int expectedCode, string expectedKey)
        {
            DeviceConfig config;
            ConfigIssue[] issues = Load(Minimal + line + "\n", out config);
            Assert.IsNull(config);
            Assert.AreEqual(1, issues.Length);
            Assert.AreEqual(expectedLine, issues[0].Line);
            Assert.AreEqual(expectedCode, (int)issues[0].Code);
            // "" stands for no key: a DataRow cannot carry null to the device.
            if (expectedKey.Length == 0)
            {
                Assert.IsNull(issues[0].Key);
            }
            else
            {
                Assert.AreEqual(expectedKey, issues[0].Key);
                Assert.Contains(expectedKey, issues[0].Message);
            }

            Assert.StartsWith("nf.config:3: ", issues[0].ToString());
        }

        [TestMethod]
        public void MissingRequiredKeyIsReported()
        {
            DeviceConfig config;
            ConfigIssue[] issues = Load("pin.button = 1\n", out config);
            Assert.IsNull(config);
            Assert.AreEqual(1, issues.Length);
            Assert.AreEqual((int)ConfigIssueCode.MissingKey, (int)issues[0].Code);
            Assert.AreEqual("board.profile", issues[0].Key);
        }

        [TestMethod]
        public void NonAsciiByteIsASyntaxError()
        {
            byte[] bytes = Utf8.Encode(Minimal + "ble.device.name = Brille\u00e4\n");
            DeviceConfig config;
            ConfigIssue[] issues = DeviceConfig.Load(bytes, 0, bytes.Length, out config);
            Assert.IsNull(config);
            Assert.AreEqual((int)ConfigIssueCode.Syntax, (int)issues[0].Code);
            Assert.AreEqual(3, issues[0].Line);
        }

        [TestMethod]
        public void EveryIssueIsReportedNotJustTheFirst()
        {
            DeviceConfig config;
            ConfigIssue[] issues = Load("board.profile = nope\npin.button = 1\npin.led = 1\nfoo = 2\n", out config);
            Assert.AreEqual(3, issues.Length);
        }

        [TestMethod]
        public void UnreadableRangeIsAnIssueNotAnException()
        {
            DeviceConfig config;
            ConfigIssue[] issues = DeviceConfig.Load(new byte[2], 1, 5, out config);
            Assert.IsNull(config);
            Assert.AreEqual(1, issues.Length);
        }

        [TestMethod]
        public void UnknownKeyInGetterIsAProgrammingError()
        {
            DeviceConfig config;
            Load(Minimal, out config);
            Assert.ThrowsException(typeof(System.ArgumentException), () => config.GetText("no.such.key"));
        }

        private static ConfigIssue[] Load(string text, out DeviceConfig config)
        {
            byte[] bytes = Utf8.Encode(text);
            return DeviceConfig.Load(bytes, 0, bytes.Length, out config);
        }
    }
}
