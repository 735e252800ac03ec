using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>Short Payment Descriptor (SPAYD 1.0, Czechia and Slovakia): published examples, CRC32 and planted errors.</summary>
    [TestClass]
    public class SpdTests
    {
        /// <summary>The example of the SPAYD specification (qr-platba.cz).</summary>
        public const string SpecExample = "SPD*1.0*ACC:CZ5855000000001265098001*AM:480.50*CC:CZK*MSG:Platba za elektrinu*X-VS:1234567890";

        [TestMethod]
        public void SpecExampleReadsAmountCurrencyAndVariableSymbol()
        {
            PaymentIntent r = PayloadTestKit.Analyze(SpecExample, ValidationPolicy.Strict, "en");
            Assert.AreEqual((int)PayloadKind.Spd, (int)r.Kind);
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual(0, r.Findings.Length, PayloadTestKit.Describe(r));
            Assert.AreEqual(48050L, r.AmountMinor);
            Assert.AreEqual("CZK", r.CurrencyAlpha);
            Assert.AreEqual(203, r.CurrencyNumeric);
            Assert.AreEqual("CZ5855000000001265098001", r.PayeeDetails.Account);
            Assert.AreEqual("1234567890", r.PayeeDetails.Reference);
            Assert.IsNull(r.Payee);
            Assert.AreEqual("Pay 480.50 Czech korunas to a payee your wallet will confirm, by bank transfer.", r.Readback);
            Assert.AreEqual("向钱包将确认的收款方支付480.50捷克克朗，通过银行转账。", PayloadTestKit.Analyze(SpecExample, ValidationPolicy.Device, "zh").Readback);
        }

        [TestMethod]
        public void PayeeNameBicAndAttributesInAnyOrder()
        {
            PaymentIntent r = PayloadTestKit.Analyze("SPD*1.0*X-VS:0987654321*RN:PETR DVORAK*CC:CZK*AM:100.00*ACC:CZ5855000000001265098001+RZBCCZPP*CRC32:13B5A474");
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual("PETR DVORAK", r.Payee);
            Assert.AreEqual(10000L, r.AmountMinor);
            Assert.AreEqual("Pay 100.00 Czech korunas to the payee named PETR DVORAK, end of name, by bank transfer.", r.Readback);
        }

        [TestMethod]
        public void Crc32OverTheCanonicalForm()
        {
            Assert.IsTrue(PayloadTestKit.Analyze(SpecExample + "*CRC32:E5A03886").Accepted);
            Assert.IsTrue(PayloadTestKit.Analyze(SpecExample + "*crc32:e5a03886").Accepted);
            PaymentIntent edited = PayloadTestKit.Analyze("SPD*1.0*ACC:CZ5855000000001265098001*AM:480.60*CC:CZK*MSG:Platba za elektrinu*X-VS:1234567890*CRC32:E5A03886");
            Assert.IsFalse(edited.Accepted);
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(edited, FindingCode.CrcMismatch));
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(PayloadTestKit.Analyze(SpecExample + "*CRC32:E5A0388"), FindingCode.CrcMissing));
        }

        [TestMethod]
        public void WithoutCurrencyTheAccountsCountryDecides()
        {
            // The SPAYD reference implementation's own test string (spayd-java): no CC, alternative accounts, "100.5".
            PaymentIntent r = PayloadTestKit.Analyze("SPD*1.0*ACC:CZ2408000000190000000123*ALT-ACC:CZ9755000000000000000019,CZ7301000000000000000019*AM:100.5");
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual("CZK", r.CurrencyAlpha);
            Assert.AreEqual(10050L, r.AmountMinor);
            Assert.AreEqual((int)FindingSeverity.Warning, PayloadTestKit.SeverityOf(r, FindingCode.FieldMissing));
            Assert.AreEqual("EUR", PayloadTestKit.Analyze("SPD*1.0*ACC:SK9611000000002918599669*AM:5").CurrencyAlpha);
        }

        [TestMethod]
        public void PercentEncodedMessageIsDecoded()
        {
            PaymentIntent r = PayloadTestKit.Analyze("SPD*1.0*ACC:CZ5855000000001265098001*AM:1*CC:CZK*MSG:Faktura %2A12 %C4%8Cesko");
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual("Faktura *12 \u010Cesko", r.PayeeDetails.Reference);
        }

        // Planted errors.
        [DataRow("SPD*1.0*ACC:CZ5855000000001265098002*AM:480.50*CC:CZK", (int)FindingCode.IbanChecksum, "ACC")]
        [DataRow("SPD*1.0*ACC:CZ58550000*AM:480.50*CC:CZK", (int)FindingCode.IbanFormat, "ACC")]
        [DataRow("SPD*1.0*ACC:CZ5855000000001265098001+RZBC*AM:480.50*CC:CZK", (int)FindingCode.BicFormat, "ACC")]
        [DataRow("SPD*1.0*AM:480.50*CC:CZK", (int)FindingCode.FieldMissing, "ACC")]
        [DataRow("SPD*1.0*ACC:CZ5855000000001265098001*AM:480,50*CC:CZK", (int)FindingCode.AmountFormat, "AM")]
        [DataRow("SPD*1.0*ACC:CZ5855000000001265098001*AM:10000000.00*CC:CZK", (int)FindingCode.AmountFormat, "AM")]
        [DataRow("SPD*1.0*ACC:CZ5855000000001265098001*AM:480.50*CC:XYZ", (int)FindingCode.CurrencyUnknown, "CC")]
        [DataRow("SPD*1.0*ACC:DE33100205000001194700*AM:480.50", (int)FindingCode.FieldMissing, "CC")]
        [DataRow("SPD*2.0*ACC:CZ5855000000001265098001*AM:480.50*CC:CZK", (int)FindingCode.FormatIndicatorInvalid, "version")]
        [DataRow("SPD*1.0*ACC:CZ58550000000012650980", (int)FindingCode.IbanFormat, "ACC")]
        public void PlantedErrorIsRejected(string payload, int code, string tag)
        {
            for (int policy = 0; policy < 2; policy++)
            {
                PaymentIntent r = PayloadTestKit.Analyze(payload, (ValidationPolicy)policy, "en");
                Assert.AreEqual((int)PayloadKind.Spd, (int)r.Kind);
                Assert.IsFalse(r.Accepted, PayloadTestKit.Describe(r));
                Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, (FindingCode)code), PayloadTestKit.Describe(r));
                Assert.AreEqual(tag, PayloadTestKit.TagOf(r, (FindingCode)code));
                Assert.IsTrue(PayloadTestKit.WellFormed(r));
            }
        }

        [TestMethod]
        public void RepeatedOrMalformedAttributesAreRelaxedByTheDevice()
        {
            string twice = "SPD*1.0*ACC:CZ5855000000001265098001*AM:480.50*AM:999*CC:CZK";
            PaymentIntent device = PayloadTestKit.Analyze(twice);
            Assert.IsTrue(device.Accepted, PayloadTestKit.Describe(device));
            Assert.AreEqual(48050L, device.AmountMinor);
            Assert.IsFalse(PayloadTestKit.Analyze(twice, ValidationPolicy.Strict, "en").Accepted);
            Assert.IsFalse(PayloadTestKit.Analyze("SPD*1.0*ACC:CZ5855000000001265098001*NOTE*CC:CZK", ValidationPolicy.Strict, "en").Accepted);
        }
    }
}
