using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>EPC069-12 SEPA credit transfer codes (GiroCode): published examples and planted errors.</summary>
    [TestClass]
    public class EpcQrTests
    {
        /// <summary>The example of EPC069-12 itself (version 001, Belgian Red Cross).</summary>
        public const string SpecExample = "BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1\nCHAR\n\nUrgency fund\nSample EPC QR code";

        /// <summary>The Wikimedia GiroCode of the German Wikipedia article, as version 002 without the BIC.</summary>
        public const string Wikimedia = "BCD\n002\n1\nSCT\n\nWikimedia Foerdergesellschaft\nDE33100205000001194700\nEUR123.45\n\n\nSpende fuer Wikipedia";

        [TestMethod]
        public void SpecExampleReadsPayeeAmountAndReference()
        {
            PaymentIntent r = PayloadTestKit.Analyze(SpecExample);
            Assert.AreEqual((int)PayloadKind.EpcQr, (int)r.Kind);
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual(0, r.Findings.Length, PayloadTestKit.Describe(r));
            Assert.AreEqual("SEPA credit transfer", r.Scheme);
            Assert.AreEqual("Red Cross of Belgium", r.Payee);
            Assert.AreEqual((int)PayeeSource.AccountHolder, (int)r.PayeeSource);
            Assert.IsTrue(r.HasAmount);
            Assert.AreEqual(100L, r.AmountMinor);
            Assert.AreEqual("EUR", r.CurrencyAlpha);
            Assert.AreEqual(978, r.CurrencyNumeric);
            Assert.AreEqual("BE72000000001616", r.PayeeDetails.Account);
            Assert.AreEqual("BE", r.PayeeDetails.Country);
            Assert.AreEqual("Urgency fund", r.PayeeDetails.Reference);
            Assert.AreEqual("Pay 1.00 euro to the payee named Red Cross of Belgium, end of name, by bank transfer.", r.Readback);
            Assert.IsTrue(PayloadTestKit.WellFormed(r));
        }

        [TestMethod]
        public void Version002WithoutBicAndCrLfLines()
        {
            PaymentIntent r = PayloadTestKit.Analyze(Wikimedia, ValidationPolicy.Strict, "zh");
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual(12345L, r.AmountMinor);
            Assert.AreEqual("向名为Wikimedia Foerdergesellschaft（名称结束）的收款方支付123.45欧元，通过银行转账。", r.Readback);

            PaymentIntent crlf = PayloadTestKit.Analyze("BCD\r\n002\r\n1\r\nSCT\r\n\r\nWikimedia Foerdergesellschaft\r\nDE33100205000001194700\r\nEUR123.45\r\n\r\n\r\nSpende fuer Wikipedia\r\n");
            Assert.IsTrue(crlf.Accepted, PayloadTestKit.Describe(crlf));
            Assert.AreEqual("Wikimedia Foerdergesellschaft", crlf.Payee);
            Assert.AreEqual("Spende fuer Wikipedia", crlf.PayeeDetails.Reference);
        }

        [TestMethod]
        public void StructuredCreditorReferenceIsChecked()
        {
            PaymentIntent r = PayloadTestKit.Analyze("BCD\n002\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR25.50\n\nRF18539007547034");
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual("RF18539007547034", r.PayeeDetails.Reference);
            Assert.AreEqual(2550L, r.AmountMinor);
        }

        [TestMethod]
        public void WithoutAmountTheWearerSaysIt()
        {
            PaymentIntent r = PayloadTestKit.Analyze("BCD\n002\n1\nSCT\n\nRed Cross of Belgium\nBE72000000001616");
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.IsFalse(r.HasAmount);
            Assert.IsTrue(r.AmountNeeded);
            Assert.AreEqual("Pay the payee named Red Cross of Belgium, end of name, by bank transfer; say the amount in euros.", r.Readback);
        }

        [TestMethod]
        public void Latin1CharacterSetIsReadByteForCharacter()
        {
            byte[] b = PayloadTestKit.Ascii("BCD\n002\n2\nSCT\n\nM?ller GmbH\nDE33100205000001194700\nEUR5");
            b[16] = 0xFC; // ü in ISO 8859-1: not UTF-8, still an EPC code
            PaymentIntent r = new PayloadAnalyzer(new PayloadOptions()).Analyze(b, 0, b.Length);
            Assert.AreEqual((int)PayloadKind.EpcQr, (int)r.Kind);
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual("M\u00fcller GmbH", r.Payee);
        }

        [TestMethod]
        public void InstantTransferIdentificationIsAccepted()
        {
            // EPC069-12 v3.0: INST asks for an SCT Inst; anything else stays refused.
            PaymentIntent r = PayloadTestKit.Analyze("BCD\n002\n1\nINST\n\nWikimedia Foerdergesellschaft\nDE33100205000001194700\nEUR123.45");
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual(12345, (int)r.AmountMinor);
            PaymentIntent other = PayloadTestKit.Analyze("BCD\n002\n1\nSCTI\n\nWikimedia Foerdergesellschaft\nDE33100205000001194700\nEUR1");
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(other, FindingCode.FieldFormat));
        }

        // Planted errors: each line of the spec example broken in turn.
        [DataRow("BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001617\nEUR1", (int)FindingCode.IbanChecksum, "iban")]
        [DataRow("BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE7200000000161\nEUR1", (int)FindingCode.IbanFormat, "iban")]
        [DataRow("BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nUSD1", (int)FindingCode.CurrencySchemeMismatch, "amount")]
        [DataRow("BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1,50", (int)FindingCode.AmountFormat, "amount")]
        [DataRow("BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1.505", (int)FindingCode.AmountFormat, "amount")]
        [DataRow("BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1000000000", (int)FindingCode.AmountFormat, "amount")]
        [DataRow("BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium", (int)FindingCode.FieldMissing, "iban")]
        [DataRow("BCD\n001\n1\nSCT\nBPOTBEB1\n\nBE72000000001616", (int)FindingCode.FieldMissing, "name")]
        [DataRow("BCD\n001\n1\nSCT\nBPOTBEB\nRed Cross of Belgium\nBE72000000001616", (int)FindingCode.BicFormat, "bic")]
        [DataRow("BCD\n003\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616", (int)FindingCode.FormatIndicatorInvalid, "version")]
        [DataRow("BCD\n001\n9\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616", (int)FindingCode.FieldFormat, "charset")]
        [DataRow("BCD\n001\n1\nSDD\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616", (int)FindingCode.FieldFormat, "identification")]
        [DataRow("BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1\n\nRF19539007547034", (int)FindingCode.ReferenceChecksum, "reference")]
        [DataRow("BCD\n002", (int)FindingCode.FieldMissing, "name")]
        public void PlantedErrorIsRejected(string payload, int code, string tag)
        {
            for (int policy = 0; policy < 2; policy++)
            {
                PaymentIntent r = PayloadTestKit.Analyze(payload, (ValidationPolicy)policy, "en");
                Assert.AreEqual((int)PayloadKind.EpcQr, (int)r.Kind);
                Assert.IsFalse(r.Accepted, PayloadTestKit.Describe(r));
                Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, (FindingCode)code), PayloadTestKit.Describe(r));
                Assert.AreEqual(tag, PayloadTestKit.TagOf(r, (FindingCode)code));
                Assert.AreEqual("This code is not a payment the glasses can make.", r.Readback);
                Assert.IsTrue(PayloadTestKit.WellFormed(r));
            }
        }

        // What the device reads as written and the strict policy refuses.
        [DataRow("BCD\n001\n1\nSCT\n\nRed Cross of Belgium\nBE72000000001616\nEUR1", (int)FindingCode.FieldMissing)]
        [DataRow("BCD\n002\n1\nSCT\n\nRed Cross of Belgium\nBE72000000001616\nEUR0.00", (int)FindingCode.AmountZero)]
        [DataRow("BCD\n002\n1\nSCT\n\nRed Cross of Belgium\nBE72000000001616\nEUR1\nCHARITY", (int)FindingCode.FieldFormat)]
        [DataRow("BCD\n002\n1\nSCT\n\nRed Cross of Belgium\nBE72000000001616\nEUR1\n\nRF18539007547034\nUrgency fund", (int)FindingCode.PayloadStructure)]
        [DataRow("BCD\n002\n1\nSCT\n\nRed Cross of Belgium\nBE72000000001616\nEUR1\n\n+++090/9337/55493+++", (int)FindingCode.ReferenceFormat)]
        public void RelaxedByTheDeviceOnly(string payload, int code)
        {
            PaymentIntent device = PayloadTestKit.Analyze(payload, ValidationPolicy.Device, "en");
            Assert.IsTrue(device.Accepted, PayloadTestKit.Describe(device));
            Assert.AreEqual((int)FindingSeverity.Warning, PayloadTestKit.SeverityOf(device, (FindingCode)code));
            PaymentIntent strict = PayloadTestKit.Analyze(payload, ValidationPolicy.Strict, "en");
            Assert.IsFalse(strict.Accepted);
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(strict, (FindingCode)code));
        }

        [DataRow("BCD")]
        [DataRow("BCD 001 1 SCT")]
        [DataRow("bcd\n001\n1\nSCT")]
        public void NotAnEpcCode(string payload)
        {
            Assert.AreEqual((int)PayloadKind.PlainText, (int)PayloadTestKit.Analyze(payload).Kind);
        }
    }
}
