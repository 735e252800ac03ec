using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>Every finding code, provoked by a minimal payload, with its severity under each policy.</summary>
    [TestClass]
    public class FindingCodeTests
    {
        private const int Warning = (int)FindingSeverity.Warning;
        private const int Error = (int)FindingSeverity.Error;

        /// <summary>EMVCo bodies: the test appends a valid CRC. Severity under device, then strict.</summary>
        [DataRow("00020201021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE", (int)FindingCode.FormatIndicatorVersion, Warning, Warning)]
        [DataRow("00020301021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE", (int)FindingCode.FormatIndicatorInvalid, Error, Error)]
        [DataRow("00020101021326250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE", (int)FindingCode.InitiationInvalid, Error, Error)]
        [DataRow("01021100020126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE", (int)FindingCode.OrderFirst, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE99160004ABCD", (int)FindingCode.OrderLast, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE5A01x", (int)FindingCode.TlvBadId, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE61AB", (int)FindingCode.TlvBadLength, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE6199abc", (int)FindingCode.TlvOverrun, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6014SINGAPORE", (int)FindingCode.TlvTrailing, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE6100", (int)FindingCode.TlvZeroLength, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE5904SHOP", (int)FindingCode.TlvDuplicate, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG6009SINGAPORE", (int)FindingCode.FieldMissing, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW010120203123520458X253037025802SG5904SHOP6009SINGAPORE", (int)FindingCode.FieldFormat, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5926ABCDEFGHIJKLMNOPQRSTUVWXYZ6009SINGAPORE", (int)FindingCode.FieldTooLong, Warning, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SH\tP6009SINGAPORE", (int)FindingCode.FieldCharset, Warning, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE62070003abc", (int)FindingCode.FieldUndefined, Warning, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE6503abc", (int)FindingCode.FieldReserved, Warning, Warning)]
        [DataRow("0002010102115204581253037025802SG5904SHOP6009SINGAPORE", (int)FindingCode.AccountMissing, Error, Error)]
        [DataRow("00020101021126070103abc5204581253037025802SG5904SHOP6009SINGAPORE", (int)FindingCode.TemplateGuidMissing, Error, Error)]
        [DataRow("00020101021126420033ABCDEFGHIJKLMNOPQRSTUVWXYZ01234560101x5204581253037025802SG5904SHOP6009SINGAPORE", (int)FindingCode.TemplateGuidFormat, Warning, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE6200", (int)FindingCode.TemplateEmpty, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW010120203123520458125303702540512,505802SG5904SHOP6009SINGAPORE", (int)FindingCode.AmountFormat, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW01012020312352045812530370254040.005802SG5904SHOP6009SINGAPORE", (int)FindingCode.AmountZero, Warning, Error)]
        [DataRow("00020101021126250009SG.PAYNOW01012020312352045812530339254051.2345802SG5904SHOP6009SINGAPORE", (int)FindingCode.AmountPrecision, Warning, Warning)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025502045802SG5904SHOP6009SINGAPORE", (int)FindingCode.TipIndicatorInvalid, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW01012020312352045812530370256031.05802SG5904SHOP6009SINGAPORE", (int)FindingCode.FeeUnexpected, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025502025802SG5904SHOP6009SINGAPORE", (int)FindingCode.FeeMissing, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW010120203123520458125303702550203570610.0015802SG5904SHOP6009SINGAPORE", (int)FindingCode.FeeFormat, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253039995802SG5904SHOP6009SINGAPORE", (int)FindingCode.CurrencyUnknown, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE62060902AA", (int)FindingCode.DataRequestInvalid, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802MY5904SHOP6009SINGAPORE", (int)FindingCode.SchemeCountryMismatch, Warning, Warning)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253034585802SG5904SHOP6009SINGAPORE", (int)FindingCode.CurrencyCountryMismatch, Warning, Warning)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE64060002ZH", (int)FindingCode.FieldMissing, Warning, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE64120002Z10102AB", (int)FindingCode.FieldFormat, Warning, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE621150070103abc", (int)FindingCode.TemplateGuidMissing, Warning, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE8004abcd", (int)FindingCode.TlvBadId, Warning, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE2704abcd", (int)FindingCode.TlvBadId, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE62140103abc0103def", (int)FindingCode.TlvDuplicate, Error, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE80200004ABCD0102xy0102zz", (int)FindingCode.TlvDuplicate, Warning, Error)]
        public void EmvcoFindingHasItsSeverityUnderEachPolicy(string body, int code, int deviceSeverity, int strictSeverity)
        {
            string payload = PayloadTestKit.WithCrc(body);
            PaymentIntent device = PayloadTestKit.Analyze(payload, ValidationPolicy.Device, "en");
            PaymentIntent strict = PayloadTestKit.Analyze(payload, ValidationPolicy.Strict, "en");
            Assert.AreEqual(deviceSeverity, PayloadTestKit.SeverityOf(device, (FindingCode)code), PayloadTestKit.Describe(device));
            Assert.AreEqual(strictSeverity, PayloadTestKit.SeverityOf(strict, (FindingCode)code), PayloadTestKit.Describe(strict));
            if (deviceSeverity == Error) Assert.IsFalse(device.Accepted);
        }

        /// <summary>Whole payloads (no CRC added), judged under the device policy.</summary>
        [DataRow("", (int)FindingCode.PayloadEmpty, Error)]
        [DataRow("hQVDUFYwMWEaTwegAAAAVQAAAVcIQ0FUX0NBUkRfTkFNRQ==", (int)FindingCode.PayloadConsumerPresented, Error)]
        [DataRow("Table 12, ask for Anna", (int)FindingCode.PayloadNotPayment, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE", (int)FindingCode.CrcMissing, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE6304CF29", (int)FindingCode.CrcMismatch, Error)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE6304cf28", (int)FindingCode.CrcLowerCase, Warning)]
        [DataRow("00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTA53037045802VN62080804Hóa6304B02B", (int)FindingCode.TlvByteLengths, Warning)]
        [DataRow("https://evil.example/pay?to=me", (int)FindingCode.UrlNotAllowed, Error)]
        [DataRow("http://qr.alipay.com/bax00022tldi82dwzbvp6013", (int)FindingCode.UrlInsecure, Error)]
        [DataRow("upi://pay?pn=Shop&am=10.00&cu=INR", (int)FindingCode.UrlMalformed, Error)]
        [DataRow("HTTPS://QR.SAMPLEDOMAIN.COM/MPM/3/R1BMRDA5NVBMVl!!", (int)FindingCode.AlipayPlusMalformed, Error)]
        [DataRow("https://qr.alipay.com:99999/x", (int)FindingCode.UrlUnparsable, Error)]
        [DataRow("https://q\u0433.alipay.com/x", (int)FindingCode.UrlHostInternational, Error)]
        [DataRow("bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?amount=50", (int)FindingCode.CryptoRefused, Error)]
        [DataRow("upi://pay?pa=shop@okbank&am=10.00&cu=USD", (int)FindingCode.CurrencySchemeMismatch, Error)]
        public void PayloadFindingHasItsSeverity(string payload, int code, int severity)
        {
            PaymentIntent r = PayloadTestKit.Analyze(payload);
            Assert.AreEqual(severity, PayloadTestKit.SeverityOf(r, (FindingCode)code), PayloadTestKit.Describe(r));
        }

        [TestMethod]
        public void InvalidUtf8IsBinary()
        {
            PaymentIntent r = new PayloadAnalyzer(new PayloadOptions()).Analyze(new byte[] { 0x41, 0xC3, 0x28, 0xFF }, 0, 4);
            Assert.AreEqual((int)PayloadKind.Binary, (int)r.Kind);
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, FindingCode.PayloadUtf8Invalid));
        }

        [TestMethod]
        public void OverLongPayloadOnlyWarns()
        {
            // Five unreserved templates of 99 characters push the payload past 512.
            string filler = new string('x', 87);
            string body = PayloadTestKit.PayNowBody;
            for (int id = 80; id <= 84; id++) body += id + "990004ABCD0187" + filler;
            PaymentIntent r = PayloadTestKit.Analyze(PayloadTestKit.WithCrc(body));
            Assert.AreEqual((int)FindingSeverity.Warning, PayloadTestKit.SeverityOf(r, FindingCode.PayloadTooLong), PayloadTestKit.Describe(r));
            Assert.IsTrue(r.Accepted);
        }

        [TestMethod]
        public void TooManyObjectsIsATypedRejection()
        {
            string body = "000201" + PayloadTestKit.Repeat("6501x", 400);
            PaymentIntent r = PayloadTestKit.Analyze(PayloadTestKit.WithCrc(body));
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, FindingCode.TlvTooManyObjects));
        }

        [TestMethod]
        public void EveryCodeHasADistinctDottedName()
        {
            for (int i = 1; i < FindingCodes.Count; i++)
            {
                string name = FindingCodes.Name((FindingCode)i);
                Assert.IsTrue(name.IndexOf('.') > 0, name);
                for (int j = 1; j < i; j++) Assert.AreNotEqual(FindingCodes.Name((FindingCode)j), name);
            }

            // One fallback for every name table: a value without a name is written as its number.
            Assert.AreEqual(FindingCodes.Count.ToString(), FindingCodes.Name((FindingCode)FindingCodes.Count));
        }
    }
}
