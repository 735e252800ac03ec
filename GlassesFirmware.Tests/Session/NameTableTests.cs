using GlassesFirmware.Feedback;
using GlassesFirmware.Session;
using GlassesFirmware.Text;
using GlassesFirmware.Trigger;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Session
{
    /// <summary>Every enum value has a name in its table, up to the last value declared (a new value must be added here too; the host test finds them by reflection).</summary>
    [TestClass]
    public class NameTableTests
    {
        [TestMethod]
        public void EverySessionStateHasAName()
        {
            int[] values = NameTables.Upto((int)SessionState.Done);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = SessionNames.State((SessionState)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EverySessionOutcomeHasAName()
        {
            int[] values = NameTables.Upto((int)SessionOutcome.Refused);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = SessionNames.Outcome((SessionOutcome)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EverySessionErrorHasAName()
        {
            int[] values = NameTables.Upto((int)SessionError.CodesInView);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = SessionNames.Error((SessionError)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EveryFeedbackCueHasAName()
        {
            int[] values = NameTables.Upto((int)FeedbackCue.Unpaired);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = FeedbackCues.Name((FeedbackCue)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EveryGestureHasAName()
        {
            int[] values = NameTables.Upto((int)Gesture.Unpair);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = Gestures.Name((Gesture)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }
    }
}
