using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>Swiss QR-bill codes (version 0200): the Implementation Guidelines' example and planted errors.</summary>
    [TestClass]
    public class SwissQrBillTests
    {
        /// <summary>The QR-IBAN, QR reference example of the Swiss Implementation Guidelines QR-bill (Robert Schneider AG).</summary>
        public const string GuidelinesExample =
            "SPC\n0200\n1\nCH4431999123000889012\nS\nRobert Schneider AG\nRue du Lac\n1268\n2501\nBiel\nCH\n\n\n\n\n\n\n\n" +
            "1949.75\nCHF\nS\nPia-Maria Rutschmann-Schnyder\nGrosse Marktgasse\n28\n9400\nRorschach\nCH\n" +
            "QRR\n210000000003139471430009017\nOrder dated 18.06.2020\nEPD\n" +
            "//S1/10/10201409/11/200701/20/140.000-53/30/102673831/31/200615/32/7.7/33/7.7:139.40/40/0:30\n" +
            "Name AV1: UV;UltraPay005;12345\nName AV2: XY;XYService;54321";

        /// <summary>A bill in the Guidelines' layout with the given account, money and reference (no debtor).</summary>
        public static string Bill(string iban, string amount, string currency, string referenceType, string reference)
        {
            return "SPC\n0200\n1\n" + iban + "\nS\nRobert Schneider AG\nRue du Lac\n1268\n2501\nBiel\nCH\n\n\n\n\n\n\n\n" +
                amount + "\n" + currency + "\n\n\n\n\n\n\n\n" + referenceType + "\n" + reference + "\nOrder dated 18.06.2020\nEPD";
        }

        [TestMethod]
        public void GuidelinesExampleReadsCreditorAmountAndReference()
        {
            PaymentIntent r = PayloadTestKit.Analyze(GuidelinesExample, ValidationPolicy.Strict, "en");
            Assert.AreEqual((int)PayloadKind.SwissQrBill, (int)r.Kind);
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual(0, r.Findings.Length, PayloadTestKit.Describe(r));
            Assert.AreEqual("Swiss QR-bill", r.Scheme);
            Assert.AreEqual("Robert Schneider AG", r.Payee);
            Assert.AreEqual(194975L, r.AmountMinor);
            Assert.AreEqual("CHF", r.CurrencyAlpha);
            Assert.AreEqual("CH4431999123000889012", r.PayeeDetails.Account);
            Assert.AreEqual("210000000003139471430009017", r.PayeeDetails.Reference);
            Assert.AreEqual("Pay 1949.75 Swiss francs to the payee named Robert Schneider AG, end of name, by bank transfer.", r.Readback);
            Assert.AreEqual("向名为Robert Schneider AG（名称结束）的收款方支付1949.75瑞士法郎，通过银行转账。", PayloadTestKit.Analyze(GuidelinesExample, ValidationPolicy.Device, "zh").Readback);
        }

        [TestMethod]
        public void CrLfLinesReadAlike()
        {
            string crlf = WithCrLf(GuidelinesExample);
            PaymentIntent r = PayloadTestKit.Analyze(crlf);
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual(194975L, r.AmountMinor);
        }

        [TestMethod]
        public void CreditorReferenceInEurosWithoutAmount()
        {
            PaymentIntent r = PayloadTestKit.Analyze(Bill("CH5800791123000889012", "", "EUR", "SCOR", "RF18539007547034"), ValidationPolicy.Strict, "en");
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.IsTrue(r.AmountNeeded);
            Assert.AreEqual("EUR", r.CurrencyAlpha);
            Assert.AreEqual("RF18539007547034", r.PayeeDetails.Reference);
            Assert.AreEqual("Pay the payee named Robert Schneider AG, end of name, by bank transfer; say the amount in euros.", r.Readback);
        }

        [TestMethod]
        public void NoReferenceWithAnOrdinaryIban()
        {
            PaymentIntent r = PayloadTestKit.Analyze(Bill("CH9300762011623852957", "50.00", "CHF", "NON", ""), ValidationPolicy.Strict, "en");
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual(5000L, r.AmountMinor);
            Assert.AreEqual("Order dated 18.06.2020", r.PayeeDetails.Reference);
        }

        // Planted errors.
        [DataRow("CH4431999123000889012", "10.00", "CHF", "QRR", "210000000003139471430009018", (int)FindingCode.ReferenceChecksum, "reference")]
        [DataRow("CH4431999123000889012", "10.00", "CHF", "QRR", "21000000000313947143000901", (int)FindingCode.ReferenceFormat, "reference")]
        [DataRow("CH5800791123000889012", "10.00", "CHF", "QRR", "210000000003139471430009017", (int)FindingCode.ReferenceFormat, "reference")]
        [DataRow("CH4431999123000889012", "10.00", "CHF", "SCOR", "RF18539007547034", (int)FindingCode.ReferenceFormat, "reference")]
        [DataRow("CH4431999123000889012", "10.00", "CHF", "NON", "", (int)FindingCode.ReferenceFormat, "reference")]
        [DataRow("CH5800791123000889012", "10.00", "CHF", "SCOR", "RF19539007547034", (int)FindingCode.ReferenceChecksum, "reference")]
        [DataRow("CH5800791123000889012", "10.00", "CHF", "XYZ", "", (int)FindingCode.FieldFormat, "referenceType")]
        [DataRow("CH4431999123000889013", "10.00", "CHF", "QRR", "210000000003139471430009017", (int)FindingCode.IbanChecksum, "iban")]
        [DataRow("DE33100205000001194700", "10.00", "EUR", "NON", "", (int)FindingCode.IbanFormat, "iban")]
        [DataRow("CH5800791123000889012", "10.00", "USD", "NON", "", (int)FindingCode.CurrencySchemeMismatch, "currency")]
        [DataRow("CH5800791123000889012", "10.00", "", "NON", "", (int)FindingCode.FieldMissing, "currency")]
        [DataRow("CH5800791123000889012", "10.001", "CHF", "NON", "", (int)FindingCode.AmountFormat, "amount")]
        [DataRow("CH5800791123000889012", "1000000000.00", "CHF", "NON", "", (int)FindingCode.AmountFormat, "amount")]
        public void PlantedErrorIsRejected(string iban, string amount, string currency, string referenceType, string reference, int code, string tag)
        {
            for (int policy = 0; policy < 2; policy++)
            {
                PaymentIntent r = PayloadTestKit.Analyze(Bill(iban, amount, currency, referenceType, reference), (ValidationPolicy)policy, "en");
                Assert.AreEqual((int)PayloadKind.SwissQrBill, (int)r.Kind);
                Assert.IsFalse(r.Accepted, PayloadTestKit.Describe(r));
                Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, (FindingCode)code), PayloadTestKit.Describe(r));
                Assert.AreEqual(tag, PayloadTestKit.TagOf(r, (FindingCode)code));
                Assert.IsTrue(PayloadTestKit.WellFormed(r));
            }
        }

        [TestMethod]
        public void TruncatedBillLacksItsTrailer()
        {
            int cut = GuidelinesExample.IndexOf("QRR");
            PaymentIntent r = PayloadTestKit.Analyze(GuidelinesExample.Substring(0, cut));
            Assert.IsFalse(r.Accepted);
            Assert.AreEqual("trailer", PayloadTestKit.TagOf(r, FindingCode.FieldMissing));
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, FindingCode.FieldFormat));
        }

        [TestMethod]
        public void InvalidUtf8IsRejectedAsSwissBill()
        {
            byte[] b = PayloadTestKit.Ascii(Bill("CH5800791123000889012", "10.00", "CHF", "NON", ""));
            b[20] = 0xFF;
            PaymentIntent r = new PayloadAnalyzer(new PayloadOptions()).Analyze(b, 0, b.Length);
            Assert.AreEqual((int)PayloadKind.SwissQrBill, (int)r.Kind);
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, FindingCode.PayloadUtf8Invalid));
        }

        [TestMethod]
        public void CombinedAddressIsRelaxedByTheDevice()
        {
            string bill = "SPC\n0200\n1\nCH5800791123000889012\nK\nRobert Schneider AG\nRue du Lac 1268\n2501 Biel\n\n\nCH\n\n\n\n\n\n\n\n" +
                "10.00\nCHF\n\n\n\n\n\n\n\nNON\n\nOrder dated 18.06.2020\nEPD";
            Assert.IsTrue(PayloadTestKit.Analyze(bill, ValidationPolicy.Device, "en").Accepted);
            Assert.IsFalse(PayloadTestKit.Analyze(bill, ValidationPolicy.Strict, "en").Accepted);
        }

        /// <summary>The text with every LF written as CR LF.</summary>
        private static string WithCrLf(string text)
        {
            int breaks = 0;
            for (int i = 0; i < text.Length; i++) breaks += text[i] == '\n' ? 1 : 0;
            char[] chars = new char[text.Length + breaks];
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') chars[n++] = '\r';
                chars[n++] = text[i];
            }

            return new string(chars);
        }
    }
}
