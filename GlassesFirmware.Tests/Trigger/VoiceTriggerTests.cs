using GlassesFirmware.Trigger;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Trigger
{
    /// <summary>Voice trigger: minimum speech time, refractory time, configured sources.</summary>
    [TestClass]
    public class VoiceTriggerTests
    {
        [TestMethod]
        public void SpeechArmsOnceItLastedTheMinimum()
        {
            var t = new VoiceTrigger(true, false);
            Assert.IsFalse(t.OnSpeech(true, 1000));
            Assert.IsFalse(t.OnSpeech(true, 1299));
            Assert.IsTrue(t.OnSpeech(true, 1300));
            Assert.IsFalse(t.OnSpeech(true, 1700));
        }

        [TestMethod]
        public void ShortSpeechDoesNotArm()
        {
            var t = new VoiceTrigger(true, false);
            Assert.IsFalse(t.OnSpeech(true, 1000));
            Assert.IsFalse(t.OnSpeech(false, 1200));
            Assert.IsFalse(t.OnSpeech(true, 1250));
            Assert.IsFalse(t.OnSpeech(true, 1500));
            Assert.IsTrue(t.OnSpeech(true, 1550));
        }

        [TestMethod]
        public void RefractoryTimeAppliesToBothSources()
        {
            var t = new VoiceTrigger(true, true);
            Assert.IsTrue(t.OnWakeWord(1000));
            Assert.IsFalse(t.OnWakeWord(2000));
            t.OnSpeech(true, 2100);
            Assert.IsFalse(t.OnSpeech(true, 2500));
            Assert.IsTrue(t.OnWakeWord(3000));
        }

        [TestMethod]
        public void DisabledSourcesNeverArm()
        {
            var t = new VoiceTrigger(false, false);
            Assert.IsFalse(t.ListensToSpeech);
            Assert.IsFalse(t.OnWakeWord(1000));
            t.OnSpeech(true, 1000);
            Assert.IsFalse(t.OnSpeech(true, 5000));
        }
    }
}
