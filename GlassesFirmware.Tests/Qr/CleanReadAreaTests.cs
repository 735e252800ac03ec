using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    /// <summary>
    /// The spans of a row that the glance skips after a clean read: the code shrunk by two modules, less its finder
    /// corners (a v6 code, 41 modules of 3 px at (30, 20)).
    /// </summary>
    [TestClass]
    public class CleanReadAreaTests
    {
        [DataRow(35, 63, 120)]  // module row 5: between the top finder corners only
        [DataRow(80, 36, 147)]  // module row 20: the code less two modules each side
        [DataRow(53, 36, 147)]  // module row 11: the first row below the top corners
        [DataRow(125, 63, 147)] // module row 35: right of the bottom-left corner, to the margin
        public void ARowSkipsTheCodeLessItsMarginAndFinderCorners(int y, int from, int to)
        {
            CleanReadArea area = Upright();
            Assert.AreEqual(1, area.Skips(y, 240));
            Assert.AreEqual(from, area.Spans[0]);
            Assert.AreEqual(to, area.Spans[1]);
        }

        [DataRow(10)]  // above the code
        [DataRow(23)]  // its top two modules
        [DataRow(139)] // its bottom two modules
        [DataRow(200)] // below it
        public void RowsOutsideTheAreaAreScannedWhole(int y)
        {
            Assert.AreEqual(0, Upright().Skips(y, 240));
        }

        [TestMethod]
        public void AMirroredCodeHasTheSameArea()
        {
            // Module u runs down and v across: module row 5 becomes pixel column 45, and row y = 35 crosses module
            // column 5, whose skipped part is the middle band's, as row 5 is the top band's in the upright code.
            var transform = new Perspective();
            transform.Fit(0f, 0f, 41f, 0f, 41f, 41f, 0f, 41f, 30f, 20f, 30f, 143f, 153f, 143f, 153f, 20f);
            var area = new CleanReadArea();
            area.Cover(transform, 41);
            Assert.AreEqual(1, area.Skips(35, 240));
            Assert.AreEqual(63, area.Spans[0]);
            Assert.AreEqual(120, area.Spans[1]);
            Assert.AreEqual(1, area.Skips(80, 240));
            Assert.AreEqual(36, area.Spans[0]);
            Assert.AreEqual(147, area.Spans[1]);
        }

        [TestMethod]
        public void SpansStayInsideTheRowAndClearForgetsTheArea()
        {
            CleanReadArea area = Upright();
            Assert.AreEqual(1, area.Skips(80, 100));
            Assert.AreEqual(36, area.Spans[0]);
            Assert.AreEqual(100, area.Spans[1]);
            Assert.IsTrue(area.Set);
            area.Clear();
            Assert.IsFalse(area.Set);
            Assert.AreEqual(0, area.Skips(80, 240));
        }

        [TestMethod]
        public void RowHitsOnTheReadCodesOwnFindersAreKnownAgain()
        {
            // Finders of 3 px modules at (40.5, 30.5), (140.5, 30.5) and (40.5, 130.5); a row hit of five runs totalling
            // 21 px is one of them when its row crosses the centre stone and its centre is within a module of the finder's.
            CleanReadArea area = new CleanReadArea();
            Assert.IsFalse(area.OnReadFinder(40.5f, 30, 21));
            area.KeepFinders(new float[] { 0f, 40.5f, 140.5f, 40.5f }, new float[] { 0f, 30.5f, 30.5f, 130.5f },
                new float[] { 0f, 3f, 3f, 3f }, 1, 2, 3);
            Assert.IsTrue(area.OnReadFinder(40.5f, 30, 21));
            Assert.IsTrue(area.OnReadFinder(142f, 34, 21));
            Assert.IsTrue(area.OnReadFinder(39f, 127, 24));
            // Off the centre stone, a module aside, or a finder of another module size at the same place.
            Assert.IsFalse(area.OnReadFinder(40.5f, 36, 21));
            Assert.IsFalse(area.OnReadFinder(44f, 30, 21));
            Assert.IsFalse(area.OnReadFinder(40.5f, 30, 10));
            Assert.IsFalse(area.OnReadFinder(40.5f, 30, 35));
            Assert.IsFalse(area.OnReadFinder(90f, 30, 21));
            area.Clear();
            Assert.IsFalse(area.OnReadFinder(40.5f, 30, 21));
        }

        private static CleanReadArea Upright()
        {
            var transform = new Perspective();
            transform.Fit(0f, 0f, 41f, 0f, 41f, 41f, 0f, 41f, 30f, 20f, 153f, 20f, 153f, 143f, 30f, 143f);
            var area = new CleanReadArea();
            area.Cover(transform, 41);
            return area;
        }
    }
}
