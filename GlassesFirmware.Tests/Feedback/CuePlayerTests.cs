using GlassesFirmware.Feedback;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Feedback
{
    [TestClass]
    public class CuePlayerTests
    {
        [TestMethod]
        public void ScanningBlinksHalfASecondOnAndOff()
        {
            CuePlayer player = new CuePlayer();
            player.Start(FeedbackCue.Scanning, 1000);
            Assert.AreEqual(CuePlayer.Led, player.At(1000));
            Assert.AreEqual(0, player.At(1600));
            Assert.AreEqual(CuePlayer.Led, player.At(2100));
        }

        [TestMethod]
        public void ArmedPulsesThenHoldsTheLed()
        {
            CuePlayer player = new CuePlayer();
            player.Start(FeedbackCue.Armed, 0);
            Assert.AreEqual(CuePlayer.Led | CuePlayer.Haptic, player.At(50));
            Assert.AreEqual(CuePlayer.Led, player.At(60000));
        }

        [TestMethod]
        public void FailedGivesThreePulsesThenDarkness()
        {
            CuePlayer player = new CuePlayer();
            player.Start(FeedbackCue.Failed, 0);
            int pulses = 0;
            int last = 0;
            for (long t = 0; t < 2000; t += 10)
            {
                int now = player.At(t) & CuePlayer.Haptic;
                if (now != 0 && last == 0)
                {
                    pulses++;
                }

                last = now;
            }

            Assert.AreEqual(3, pulses);
            Assert.AreEqual(0, player.At(5000));
        }

        [TestMethod]
        public void NewCueReplacesTheRunningOne()
        {
            CuePlayer player = new CuePlayer();
            player.Start(FeedbackCue.Approved, 0);
            player.Start(FeedbackCue.Idle, 100);
            Assert.AreEqual(0, player.At(150));
            Assert.AreEqual((int)FeedbackCue.Idle, (int)player.Cue);
        }
    }
}
