using GlassesFirmware.Configuration;
using GlassesFirmware.Text;
using GlassesFirmware.Trigger;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Trigger
{
    /// <summary>The gesture timing the device takes from nf.config's button.* keys.</summary>
    [TestClass]
    public class GestureTimingTests
    {
        private const string Minimal = "board.profile = xiao-esp32s3-sense\npin.button = 1\n";

        [TestMethod]
        public void ButtonKeysSetTheTiming()
        {
            GestureTiming timing = GestureTiming.FromConfig(Load(Minimal + "button.debounce.ms = 45\nbutton.doubletap.ms = 420\nbutton.longpress.ms = 1200\n"));
            Assert.AreEqual(45, timing.DebounceMs);
            Assert.AreEqual(420, timing.DoubleTapMs);
            Assert.AreEqual(1200, timing.LongPressMs);
            Assert.AreEqual(new GestureTiming().ComboHoldMs, timing.ComboHoldMs);
        }

        [TestMethod]
        public void WithoutTheKeysTheTimingIsTheDefault()
        {
            GestureTiming timing = GestureTiming.FromConfig(Load(Minimal));
            GestureTiming defaults = new GestureTiming();
            Assert.AreEqual(defaults.DebounceMs, timing.DebounceMs);
            Assert.AreEqual(defaults.DoubleTapMs, timing.DoubleTapMs);
            Assert.AreEqual(defaults.LongPressMs, timing.LongPressMs);
        }

        private static DeviceConfig Load(string text)
        {
            byte[] bytes = Utf8.Encode(text);
            DeviceConfig config;
            ConfigIssue[] issues = DeviceConfig.Load(bytes, 0, bytes.Length, out config);
            Assert.AreEqual(0, issues.Length);
            return config;
        }
    }
}
