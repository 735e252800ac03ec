using GlassesFirmware.Trigger;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Trigger
{
    /// <summary>Gesture timing with the default timing (debounce 30, double tap 350, long press 800, combination 3000 / 5000 ms).</summary>
    [TestClass]
    public class GestureRecognizerTests
    {
        [TestMethod]
        public void TapIsReportedWhenTheDoubleTapWindowCloses()
        {
            var r = New();
            Press(r, 1000, 1100);
            r.Advance(1449);
            AssertNone(r);
            r.Advance(1450);
            AssertNext(r, Gesture.Tap, 1450);
            AssertNone(r);
        }

        [TestMethod]
        public void ContactBounceCollapsesIntoOneTap()
        {
            var r = New();
            r.Edge(true, 1000);
            r.Edge(false, 1004);
            r.Edge(true, 1009);
            r.Edge(false, 1150);
            r.Edge(true, 1153);
            r.Edge(false, 1158);
            r.Advance(3000);
            // The release settles at its last bounce (1158): the tap is reported 350 ms later.
            AssertNext(r, Gesture.Tap, 1508);
            AssertNone(r);
        }

        [TestMethod]
        public void APulseShorterThanTheDebounceIsIgnored()
        {
            var r = New();
            r.Edge(true, 1000);
            r.Edge(false, 1020);
            r.Advance(5000);
            AssertNone(r);
            Assert.IsFalse(r.IsDown);
        }

        [TestMethod]
        public void TwoQuickTapsAreADoubleTap()
        {
            var r = New();
            Press(r, 1000, 1100);
            Press(r, 1300, 1400);
            r.Advance(1430);
            AssertNext(r, Gesture.DoubleTap, 1400);
            r.Advance(3000);
            AssertNone(r);
        }

        [TestMethod]
        public void ASecondPressJustInsideTheWindowStillCounts()
        {
            var r = New();
            Press(r, 1000, 1100);
            // 1100 + 350 = 1450: the press at 1449 settles only at 1479, after the window closed.
            Press(r, 1449, 1550);
            r.Advance(3000);
            AssertNext(r, Gesture.DoubleTap, 1550);
            AssertNone(r);
        }

        [TestMethod]
        public void APressAfterTheWindowMakesTwoTaps()
        {
            var r = New();
            Press(r, 1000, 1100);
            Press(r, 1451, 1550);
            r.Advance(3000);
            AssertNext(r, Gesture.Tap, 1450);
            AssertNext(r, Gesture.Tap, 1900);
            AssertNone(r);
        }

        [TestMethod]
        public void LongPressIsReportedWhileHeldAndNotAgainOnRelease()
        {
            var r = New();
            r.Edge(true, 1000);
            r.Advance(1799);
            AssertNone(r);
            r.Advance(1800);
            AssertNext(r, Gesture.LongPress, 1800);
            Assert.IsTrue(r.IsDown);
            r.Edge(false, 2500);
            r.Advance(4000);
            AssertNone(r);
        }

        [TestMethod]
        public void ReleaseJustBeforeTheLongPressTimeIsATap()
        {
            var r = New();
            r.Edge(true, 1000);
            r.Edge(false, 1790);
            r.Advance(1810);
            AssertNone(r);
            r.Advance(3000);
            AssertNext(r, Gesture.Tap, 2140);
            AssertNone(r);
        }

        [TestMethod]
        public void TapThenHoldEntersPairingMode()
        {
            var r = New();
            Press(r, 1000, 1100);
            r.Edge(true, 1300);
            r.Advance(4299);
            AssertNone(r);
            r.Advance(4300);
            AssertNext(r, Gesture.PairingMode, 4300);
            r.Edge(false, 5000);
            r.Advance(6000);
            AssertNone(r);
        }

        [TestMethod]
        public void TapThenAShorterHoldIsALongPressOnRelease()
        {
            var r = New();
            Press(r, 1000, 1100);
            Press(r, 1300, 2500);
            r.Advance(6000);
            AssertNext(r, Gesture.LongPress, 2500);
            AssertNone(r);
        }

        [TestMethod]
        public void DoubleTapThenHoldUnpairs()
        {
            var r = New();
            Press(r, 1000, 1100);
            Press(r, 1200, 1300);
            r.Edge(true, 4000);
            r.Advance(6999);
            AssertNext(r, Gesture.DoubleTap, 1300);
            AssertNone(r);
            r.Advance(7000);
            AssertNext(r, Gesture.Unpair, 7000);
            r.Edge(false, 7500);
            r.Advance(9000);
            AssertNone(r);
        }

        [TestMethod]
        public void HoldAfterTheCombinationWindowIsAPlainLongPress()
        {
            var r = New();
            Press(r, 1000, 1100);
            Press(r, 1200, 1300);
            r.Edge(true, 6400);
            r.Advance(10000);
            AssertNext(r, Gesture.DoubleTap, 1300);
            AssertNext(r, Gesture.LongPress, 7200);
            AssertNone(r);
        }

        [TestMethod]
        public void OldestGesturesAreDroppedWhenNobodyTakesThem()
        {
            var r = New();
            for (int i = 0; i < 10; i++)
            {
                Press(r, 1000 + i * 1000, 1100 + i * 1000);
            }
            r.Advance(20000);
            int n = 0;
            long at;
            long last = 0;
            while (r.Take(out at) == Gesture.Tap)
            {
                n++;
                last = at;
            }
            Assert.AreEqual(8, n);
            Assert.AreEqual(10450L, last);
        }

        [TestMethod]
        public void ResetForgetsSequenceAndHeldButton()
        {
            var r = New();
            Press(r, 1000, 1100);
            r.Edge(true, 1200);
            r.Advance(1250);
            r.Reset();
            r.Advance(9000);
            AssertNone(r);
            r.Edge(false, 9100);
            r.Advance(12000);
            AssertNone(r);
        }

        [TestMethod]
        public void RepeatedLevelsAndOutOfOrderEdgesAreHarmless()
        {
            var r = New();
            r.Edge(true, 1000);
            r.Edge(true, 1050);
            r.Edge(false, 1100);
            r.Edge(false, 900);
            r.Advance(3000);
            AssertNext(r, Gesture.Tap, 1450);
            AssertNone(r);
        }

        private static GestureRecognizer New()
        {
            return new GestureRecognizer(new GestureTiming());
        }

        private static void Press(GestureRecognizer r, long down, long up)
        {
            r.Edge(true, down);
            r.Edge(false, up);
        }

        private static void AssertNext(GestureRecognizer r, Gesture expected, long expectedAt)
        {
            long at;
            Gesture g = r.Take(out at);
            Assert.AreEqual(Gestures.Name(expected), Gestures.Name(g));
            Assert.AreEqual(expectedAt, at);
        }

        private static void AssertNone(GestureRecognizer r)
        {
            long at;
            Assert.AreEqual(Gestures.Name(Gesture.None), Gestures.Name(r.Take(out at)));
        }
    }
}
