using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    [TestClass]
    public class FinderScannerTests
    {
        private const int Width = 240;
        private const int Height = 48;
        private const int CentreY = 24;
        private const int Allowance = 2000;

        // Six finders side by side: every scanned row through their centres holds six cross-checks, which the scanner
        // charges about 3,100 units each (21-pixel windows), on top of the row's 240 pixels and 37 runs (about 9,800).
        private static readonly int[] CentreX = { 20, 56, 92, 128, 164, 200 };

        [TestMethod]
        public void AScanStopsWithinARowOnceACrossCheckSpendsTheBudgetAndGoesOnFromThere()
        {
            byte[] frame = QrTestKit.Frame(Width, Height, 200);
            for (int i = 0; i < CentreX.Length; i++)
            {
                QrTestKit.DrawFinder(frame, Width, CentreX[i], CentreY, 3, 200, 40);
            }
            ThresholdMap map = new ThresholdMap(Width, Height, null);
            map.Build(frame, 0, Width, Width, Height, ThresholdMap.Coarse);

            FinderScanner whole = new FinderScanner();
            WorkBudget budget = new WorkBudget();
            budget.Reset(10000000, 10000000);
            whole.BeginScan(map, 3);
            Assert.IsTrue(whole.Run(budget));
            Assert.AreEqual(CentreX.Length, whole.Count);

            // Calls of 2,000 units each: a call stops after the cross-check that spends its budget, and the next goes on
            // from that hit, so no call pays for a whole row of cross-checks (46,820 units when rows were scanned whole).
            FinderScanner parts = new FinderScanner();
            parts.BeginScan(map, 3);
            int calls = 0;
            int most = 0;
            bool done = false;
            while (!done && calls < 1000)
            {
                budget.Reset(Allowance, Allowance);
                done = parts.Run(budget);
                most = budget.Spent > most ? budget.Spent : most;
                calls++;
            }
            Assert.IsTrue(done, "the scan ends");
            Assert.IsTrue(most <= Allowance + 20000, "a call charged " + most.ToString());
            Assert.AreEqual(whole.Count, parts.Count);
            for (int i = 0; i < whole.Count; i++)
            {
                Assert.AreEqual(whole.Hits[i], parts.Hits[i], "hits of candidate " + i.ToString());
                Assert.IsTrue(whole.X[i] == parts.X[i] && whole.Y[i] == parts.Y[i], "centre of candidate " + i.ToString());
            }
        }
    }
}
