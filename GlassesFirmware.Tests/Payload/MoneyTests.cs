using GlassesFirmware.Payload.Money;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>ISO 4217 table, exact amount parsing, fee arithmetic and formatting.</summary>
    [TestClass]
    public class MoneyTests
    {
        [DataRow(392, "JPY", 0)]
        [DataRow(704, "VND", 0)]
        [DataRow(410, "KRW", 0)]
        [DataRow(414, "KWD", 3)]
        [DataRow(48, "BHD", 3)]
        [DataRow(788, "TND", 3)]
        [DataRow(990, "CLF", 4)]
        [DataRow(840, "USD", 2)]
        [DataRow(156, "CNY", 2)]
        [DataRow(702, "SGD", 2)]
        [DataRow(8, "ALL", 2)]
        [DataRow(997, "USN", 2)]
        [DataRow(924, "ZWG", 2)]
        [DataRow(532, "XCG", 2)]
        public void CurrencyTableMapsNumericToAlphaAndExponent(int numeric, string alpha, int exponent)
        {
            int i = CurrencyTable.Find(numeric);
            Assert.IsTrue(i >= 0, alpha);
            Assert.AreEqual(alpha, CurrencyTable.AlphaAt(i));
            Assert.AreEqual(exponent, CurrencyTable.ExponentAt(i));
        }

        [DataRow(0)]
        [DataRow(999)]
        [DataRow(191)]
        [DataRow(1000)]
        [DataRow(-1)]
        public void WithdrawnOrInvalidCodesAreUnknown(int numeric)
        {
            Assert.AreEqual(-1, CurrencyTable.Find(numeric));
        }

        [TestMethod]
        public void EveryAlphabeticCodeIsFoundAtItsEntry()
        {
            for (int i = 0; i < CurrencyTable.Count; i++)
            {
                string alpha = CurrencyTable.AlphaAt(i);
                byte[] lower = { (byte)(alpha[0] | 0x20), (byte)(alpha[1] | 0x20), (byte)(alpha[2] | 0x20) };
                Assert.AreEqual(i, CurrencyTable.FindAlpha(lower, 0, 3), alpha);
            }
        }

        [DataRow("EU")]
        [DataRow("EURO")]
        [DataRow("XYZ")]
        [DataRow("97E")]
        [DataRow("E9R")]
        public void AnythingElseIsNoCurrency(string code)
        {
            byte[] b = PayloadTestKit.Ascii(code);
            Assert.AreEqual(-1, CurrencyTable.FindAlpha(b, 0, b.Length));
        }

        [TestMethod]
        public void CurrencyTableIsSortedUniqueAndComplete()
        {
            Assert.IsTrue(CurrencyTable.Count >= 150);
            for (int i = 1; i < CurrencyTable.Count; i++)
            {
                Assert.IsTrue(CurrencyTable.NumericAt(i - 1) < CurrencyTable.NumericAt(i));
                Assert.AreEqual(i, CurrencyTable.Find(CurrencyTable.NumericAt(i)));
                int e = CurrencyTable.ExponentAt(i);
                Assert.IsTrue(e >= 0 && e <= 4);
            }
        }

        [DataRow("98.73", 2, 9873L, 2)]
        [DataRow("98", 2, 9800L, 0)]
        [DataRow("98.", 2, 9800L, 0)]
        [DataRow("98.7", 2, 9870L, 1)]
        [DataRow("390.8", 2, 39080L, 1)]
        [DataRow("6000", 0, 6000L, 0)]
        [DataRow("100.00", 0, 100L, 2)]
        [DataRow("1.5", 3, 1500L, 1)]
        [DataRow("0.001", 3, 1L, 3)]
        [DataRow("9999999999999", 3, 9999999999999000L, 0)]
        [DataRow("000123.40", 2, 12340L, 2)]
        public void AmountsBecomeExactMinorUnits(string text, int exponent, long minor, int decimals)
        {
            long value;
            int places;
            byte[] b = PayloadTestKit.Ascii(text);
            Assert.AreEqual((int)AmountStatus.Ok, (int)Amount.Parse(b, 0, b.Length, exponent, out value, out places));
            Assert.AreEqual(minor, value);
            Assert.AreEqual(decimals, places);
        }

        [DataRow("", 2, (int)AmountStatus.Malformed)]
        [DataRow(".5", 2, (int)AmountStatus.Malformed)]
        [DataRow("98,73", 2, (int)AmountStatus.Malformed)]
        [DataRow("3 705", 2, (int)AmountStatus.Malformed)]
        [DataRow("1.2.3", 2, (int)AmountStatus.Malformed)]
        [DataRow("-5", 2, (int)AmountStatus.Malformed)]
        [DataRow("12345678901234", 2, (int)AmountStatus.Malformed)]
        [DataRow("0", 2, (int)AmountStatus.Zero)]
        [DataRow("00.00", 2, (int)AmountStatus.Zero)]
        [DataRow("999.123", 0, (int)AmountStatus.Inexact)]
        [DataRow("1.005", 2, (int)AmountStatus.Inexact)]
        [DataRow("1.0001", 3, (int)AmountStatus.Inexact)]
        public void BadAmountsAreTyped(string text, int exponent, int status)
        {
            long value;
            int places;
            byte[] b = PayloadTestKit.Ascii(text);
            Assert.AreEqual(status, (int)Amount.Parse(b, 0, b.Length, exponent, out value, out places));
            Assert.AreEqual(0L, value);
        }

        [DataRow("3", 300)]
        [DataRow("3.5", 350)]
        [DataRow("03.50", 350)]
        [DataRow("00.01", 1)]
        [DataRow("99.99", 9999)]
        [DataRow("10.", 1000)]
        public void PercentagesAreBasisPoints(string text, int basisPoints)
        {
            int bp;
            byte[] b = PayloadTestKit.Ascii(text);
            Assert.IsTrue(Amount.ParsePercent(b, 0, b.Length, out bp));
            Assert.AreEqual(basisPoints, bp);
        }

        [DataRow("0")]
        [DataRow("00.00")]
        [DataRow("100")]
        [DataRow("5%")]
        [DataRow("1.234")]
        [DataRow("123.4")]
        [DataRow(".5")]
        public void BadPercentagesAreRejected(string text)
        {
            int bp;
            byte[] b = PayloadTestKit.Ascii(text);
            Assert.IsFalse(Amount.ParsePercent(b, 0, b.Length, out bp));
        }

        [DataRow(10000L, 350, 350L)]
        [DataRow(2372L, 350, 83L)]    // 83.02 -> 83
        [DataRow(100L, 50, 1L)]       // 0.5 rounds half up
        [DataRow(99L, 50, 0L)]        // 0.495 -> 0
        [DataRow(1L, 9999, 1L)]       // 0.9999 -> 1
        [DataRow(0L, 9999, 0L)]
        [DataRow(9999999999999000L, 9999, 9998999999999000L)]
        [DataRow(999999999999999999L, 9999, 999899999999999999L)]
        public void PercentageFeeRoundsHalfUpWithoutOverflow(long amount, int basisPoints, long fee)
        {
            Assert.AreEqual(fee, Amount.PercentOf(amount, basisPoints));
        }

        [DataRow(2372L, 2, "23.72")]
        [DataRow(5L, 2, "0.05")]
        [DataRow(0L, 2, "0.00")]
        [DataRow(6000L, 0, "6000")]
        [DataRow(1500L, 3, "1.500")]
        [DataRow(123456789012345678L, 4, "12345678901234.5678")]
        public void MinorUnitsFormatWithTheExponent(long minor, int exponent, string text)
        {
            Assert.AreEqual(text, Amount.Format(minor, exponent));
        }

        [DataRow(350, "3.5")]
        [DataRow(1000, "10")]
        [DataRow(1, "0.01")]
        [DataRow(9999, "99.99")]
        public void PercentagesFormatWithoutTrailingZeros(int basisPoints, string text)
        {
            Assert.AreEqual(text, Amount.FormatPercent(basisPoints));
        }
    }
}
