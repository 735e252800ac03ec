using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>Every payload kind, and which of them may be offered to the wallet.</summary>
    [TestClass]
    public class ClassificationTests
    {
        private const string AlipayPlusSample = "HTTPS://QR.SAMPLEDOMAIN.COM/MPM/3/R1BMRDA5NVBMVlMwMDIwMUNEU0QwMzMwMTE0U0FNUExFUExBVEZPUk0wMjExU0FNUExFTUVSSURDSVJEMDM5MDExMlNBTVBMRUlTU1VFUjAyMDIxMjAzMTNNSU5JUFJPR1JBTUlE";

        [DataRow("https://qr.alipay.com/bax00022tldi82dwzbvp6013", (int)PayloadKind.AlipayUrl, true, "Alipay")]
        [DataRow("HTTPS://QR.ALIPAY.COM/ocx12345", (int)PayloadKind.AlipayUrl, true, "Alipay")]
        [DataRow(AlipayPlusSample, (int)PayloadKind.AlipayPlusMpm, true, "Alipay+")]
        [DataRow("weixin://wxpay/bizpayurl?pr=NwY5Mz9", (int)PayloadKind.WeChatPay, true, "WeChat Pay")]
        [DataRow("weixin://pay.weixin.qq.com/bizpayurl/up?pr=NwY5Mz9&groupid=00", (int)PayloadKind.WeChatPay, true, "WeChat Pay")]
        [DataRow("weixin://dl/business/?t=abc", (int)PayloadKind.WeChatPay, false, "WeChat Pay")]
        [DataRow("upi://pay?pa=shop@okbank&pn=Shop&am=10.00&cu=INR", (int)PayloadKind.Upi, true, "UPI")]
        [DataRow("UPI://pay?pn=Shop&pa=shop@okbank", (int)PayloadKind.Upi, true, "UPI")]
        [DataRow("upi://pay?pn=Shop&pa=", (int)PayloadKind.Upi, false, "UPI")]
        [DataRow("upi://mandate?pa=shop@okbank", (int)PayloadKind.Upi, false, "UPI")]
        [DataRow("https://qr.tngdigital.com.my/m/281011051692", (int)PayloadKind.PaymentUrl, true, "qr.tngdigital.com.my")]
        [DataRow("https://payqr.gcash.com/2810100", (int)PayloadKind.PaymentUrl, true, "payqr.gcash.com")]
        [DataRow("https://qr.alipay.com.evil.example/bax", (int)PayloadKind.UnknownUrl, false, "")]
        [DataRow("https://qr.alipay.com@evil.example/bax", (int)PayloadKind.UnknownUrl, false, "")]
        [DataRow("https://gcash.com.evil.example/x", (int)PayloadKind.UnknownUrl, false, "")]
        [DataRow("http://qr.alipay.com/bax", (int)PayloadKind.AlipayUrl, false, "Alipay")]
        [DataRow("ftp://qr.alipay.com/bax", (int)PayloadKind.UnknownUrl, false, "")]
        [DataRow("https://example.com/menu", (int)PayloadKind.UnknownUrl, false, "")]
        [DataRow("WIFI:S:cafe;T:WPA;P:secret;;", (int)PayloadKind.NotPayment, false, "")]
        [DataRow("hQVDUFYwMWEaTwegAAAAVQAAAVcIQ0FUX0NBUkRfTkFNRQ==", (int)PayloadKind.EmvConsumer, false, "")]
        [DataRow("", (int)PayloadKind.Empty, false, "")]
        [DataRow("00020101021129370016A000000677010111011300668012345675802TH530376463046197", (int)PayloadKind.EmvMerchant, true, "PromptPay")]
        public void KindAndVerdict(string payload, int kind, bool accepted, string scheme)
        {
            PaymentIntent r = PayloadTestKit.Analyze(payload);
            Assert.AreEqual(kind, (int)r.Kind, PayloadKinds.Name(r.Kind));
            Assert.AreEqual(accepted, r.Accepted, PayloadTestKit.Describe(r));
            // "" stands for no scheme: a DataRow cannot carry null to the device.
            Assert.AreEqual(scheme.Length == 0 ? null : scheme, r.Scheme);
            Assert.IsTrue(PayloadTestKit.WellFormed(r));
        }

        [TestMethod]
        public void AlipayPlusWithBrokenTlvIsRejected()
        {
            // base64 of "GPLD010PLVS00201" (GPLD length says 10, content is 9 characters).
            PaymentIntent r = PayloadTestKit.Analyze("HTTPS://QR.SAMPLEDOMAIN.COM/MPM/3/R1BMRDAxMFBMVlMwMDIwMQ");
            Assert.AreEqual((int)PayloadKind.AlipayPlusMpm, (int)r.Kind);
            Assert.IsFalse(r.Accepted);
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, FindingCode.AlipayPlusMalformed));
        }

        [TestMethod]
        public void HostIsLowerCasedWithoutUserInfoOrPort()
        {
            PaymentIntent r = PayloadTestKit.Analyze("https://user:pw@QR.TNGDIGITAL.COM.MY:443/m/1");
            Assert.AreEqual("qr.tngdigital.com.my", r.Host);
            Assert.AreEqual((int)PayloadKind.PaymentUrl, (int)r.Kind);
        }

        [TestMethod]
        public void NoAllowListMeansOnlyBuiltInSchemes()
        {
            PayloadAnalyzer analyzer = new PayloadAnalyzer(null);
            Assert.AreEqual((int)PayloadKind.UnknownUrl, (int)analyzer.Analyze("https://qr.tngdigital.com.my/m/1").Kind);
            Assert.IsTrue(analyzer.Analyze("https://qr.alipay.com/x").Accepted);
        }

        [DataRow("KHQR", "00020101021129180014jonhsmith@devb52045999530384054031005802KH5910Jonh Smith6010Phnom Penh")]
        [DataRow("DuitNow", "00020201021126410014A000000615000101065016640209123456789520499995303458540510.005802MY5909QRCSDNBHD6005BANGI")]
        [DataRow("Pix", "00020126360014BR.GOV.BCB.PIX0114arya@stark.com5204000053039865406125.005802BR5904Arya6008BRASILIA")]
        [DataRow("Visa", "000201010211021644038441210559055204939953033565802IN5905METRO6009NEW DELHI")]
        [DataRow("PayNow", "00020101021126250009SG.PAYNOW01012020312351160007SG.SGQR01011520458125303702")]
        public void SchemeIsNamedByGuidOrIdRange(string scheme, string bodyPrefix)
        {
            PaymentIntent r = PayloadTestKit.Analyze(PayloadTestKit.WithCrc(bodyPrefix));
            // "" stands for no scheme: a DataRow cannot carry null to the device.
            Assert.AreEqual(scheme.Length == 0 ? null : scheme, r.Scheme);
        }

        [TestMethod]
        public void CountryThatContradictsTheSchemeIsFlagged()
        {
            string th = PayloadTestKit.WithCrc("00020101021129370016A000000677010111011300668012345675802SG5303764");
            PaymentIntent r = PayloadTestKit.Analyze(th);
            Assert.AreEqual((int)FindingSeverity.Warning, PayloadTestKit.SeverityOf(r, FindingCode.SchemeCountryMismatch));
            string ok = PayloadTestKit.WithCrc("00020101021129370016A000000677010111011300668012345675802TH5303764");
            Assert.AreEqual(0, PayloadTestKit.SeverityOf(PayloadTestKit.Analyze(ok), FindingCode.SchemeCountryMismatch));
        }

        [DataRow("00020101021129180014jonhsmith@devb52045999530384054031005802KH5910Jonh Smith6010Phnom Penh", false)]
        [DataRow("00020101021129180014jonhsmith@devb52045999530311654031005802KH5910Jonh Smith6010Phnom Penh", false)]
        [DataRow("00020101021129180014jonhsmith@devb52045999530370254031005802KH5910Jonh Smith6010Phnom Penh", true)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE", false)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253038405802SG5904SHOP6009SINGAPORE", true)]
        [DataRow("00020101021126250009SG.PAYNOW0101202031235204581253038405802AQ5904SHOP6009SINGAPORE", false)]
        public void CurrencyThatTheCountryDoesNotUseIsFlagged(string body, bool flagged)
        {
            // KHQR codes may ask for riel or US dollars; a Singapore dollar in Cambodia, or a US dollar in
            // Singapore, is a warning. A country the table does not list (AQ) is not judged.
            PaymentIntent r = PayloadTestKit.Analyze(PayloadTestKit.WithCrc(body));
            Assert.AreEqual(flagged ? (int)FindingSeverity.Warning : 0, PayloadTestKit.SeverityOf(r, FindingCode.CurrencyCountryMismatch), PayloadTestKit.Describe(r));
        }
    }
}
