using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>
    /// The URL payment families of issue 16 on published real codes (WeChat Pay collection stickers, Alipay and
    /// AlipayHK codes, PayPal/Venmo/Cash App/Monzo/Revolut/PayMe links, UPI with its payee and amount) and planted
    /// errors: what each is, whether it may be offered, and what it states.
    /// </summary>
    [TestClass]
    public class UrlFamilyTests
    {
        // Real codes as published on collection stickers and donation pages ("" = no scheme or payee).
        [DataRow("wxp://f2f0XO9MxuKhCB52g30uvHa1Pxe4kqoOc9ubMFa82j6b_uM2V3I_cgZzPVoQ5wHbXl0z", (int)PayloadKind.WeChatPay, "WeChat Pay")]
        [DataRow("wxp://f2f0H7xW3hJst1JoX3lEdTm8ZYjfkZPKQo5XSe57dnbv11g=", (int)PayloadKind.WeChatPay, "WeChat Pay")]
        [DataRow("https://wx.tenpay.com/f2f?t=AQAAAJ%2FXTNaHzjztqnoG92LKMn0%3D", (int)PayloadKind.WeChatPay, "WeChat Pay")]
        [DataRow("https://payapp.weixin.qq.com/qr/AQE6DUEcUlWkOyHVkNs_eAzD?t=AQAC#wechat_pay", (int)PayloadKind.WeChatPay, "WeChat Pay")]
        [DataRow("https://payapp.wechatpay.cn/materialqr/entry/abc123", (int)PayloadKind.WeChatPay, "WeChat Pay")]
        [DataRow("https://qr.alipay.com/fkx13673gkz2fi4kwuvzjb9?t=1608010938119", (int)PayloadKind.AlipayUrl, "Alipay")]
        [DataRow("HTTPS://QR.ALIPAY.COM/FKX15775Y9K2OJJELTYUQ20", (int)PayloadKind.AlipayUrl, "Alipay")]
        [DataRow("https://qr.alipay.com/stx00116sbiivlnndhimz82", (int)PayloadKind.AlipayUrl, "Alipay")]
        [DataRow("https://qr.alipay.com/a7x04699n9ctixmtv1tudfb", (int)PayloadKind.AlipayUrl, "Alipay")]
        [DataRow("https://qr.alipay.hk/2810040101aicst8xqmv6ddlc4", (int)PayloadKind.AlipayUrl, "AlipayHK")]
        [DataRow("https://www.paypal.com/qrcodes/p2pqrc/76RWY9FF7Q7RE", (int)PayloadKind.WalletUrl, "PayPal")]
        [DataRow("https://www.paypal.com/qrcodes/managed/e99aaef1-4565-4c15-aba7-c7853b9c4aca", (int)PayloadKind.WalletUrl, "PayPal")]
        [DataRow("https://www.paypal.com/qrcodes/venmocs/9f1f97dd-23ed-4676-82b5-3fc2126def65?created=1762118921", (int)PayloadKind.WalletUrl, "Venmo")]
        [DataRow("https://qr.payme.hsbc.com.hk/1/41KKbzAWSEVFAYo4bm3USE", (int)PayloadKind.WalletUrl, "PayMe")]
        [DataRow("https://www.paypal.com/donate/?hosted_button_id=ABCDEFGHJKLMN", (int)PayloadKind.WalletUrl, "PayPal")]
        [DataRow("https://enroll.zellepay.com/qr-codes?data=eyJuYW1lIjoiSk9ITiBET0UiLCJ0b2tlbiI6ImpvaG5AZXhhbXBsZS5jb20ifQ==", (int)PayloadKind.WalletUrl, "Zelle")]
        public void RealCodesAreTheirFamilyAndAccepted(string payload, int kind, string scheme)
        {
            PaymentIntent r = PayloadTestKit.Analyze(payload);
            Assert.AreEqual(kind, (int)r.Kind, PayloadKinds.Name(r.Kind));
            Assert.AreEqual(scheme, r.Scheme);
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.IsTrue(PayloadTestKit.WellFormed(PayloadTestKit.Analyze(payload, ValidationPolicy.Strict, "zh")));
        }

        // What the link states: payee, amount in minor units (-1: none) and currency ("" none).
        [DataRow("https://paypal.me/klhui", "PayPal", "klhui", -1, "")]
        [DataRow("https://paypal.me/klhui/12.50EUR", "PayPal", "klhui", 1250, "EUR")]
        [DataRow("https://www.paypal.me/klhui/1500JPY", "PayPal", "klhui", 1500, "JPY")]
        [DataRow("https://paypal.me/klhui/12.50", "PayPal", "klhui", -1, "")]
        [DataRow("https://www.paypal.com/paypalme/klhui/5USD", "PayPal", "klhui", 500, "USD")]
        [DataRow("https://cash.app/$ccvd21", "Cash App", "$ccvd21", -1, "USD")]
        [DataRow("https://cash.app/$suatag/25.00", "Cash App", "$suatag", 2500, "USD")]
        [DataRow("https://cash.app/%24altimit/7", "Cash App", "$altimit", 700, "USD")]
        [DataRow("https://venmo.com/u/seunome?txn=pay&amount=25.00", "Venmo", "seunome", 2500, "USD")]
        [DataRow("https://account.venmo.com/u/choustephanie", "Venmo", "choustephanie", -1, "USD")]
        [DataRow("venmo://paycharge?txn=pay&recipients=benmuchler&amount=10&note=pizza", "Venmo", "benmuchler", 1000, "USD")]
        [DataRow("https://monzo.me/bradleykennedy5/5?d=Support%20for%20Apps", "Monzo", "bradleykennedy5", 500, "GBP")]
        [DataRow("https://monzo.me/giusebattista?amount=7", "Monzo", "giusebattista", 700, "GBP")]
        [DataRow("https://revolut.me/alicejones", "Revolut", "alicejones", -1, "")]
        [DataRow("https://wise.com/pay/me/alicej", "Wise", "alicej", -1, "")]
        [DataRow("upi://pay?pa=shop@okbank&pn=Shop&am=&cu=", "UPI", "Shop", -1, "INR")]
        [DataRow("upi://pay?pa=shop@okbank&pn=Sharma%20Stores&am=249.50&cu=INR", "UPI", "Sharma Stores", 24950, "INR")]
        [DataRow("upi://pay?pa=paytmqr28100505010111@paytm&pn=Paytm+Merchant", "UPI", "Paytm Merchant", -1, "INR")]
        [DataRow("paytmmp://pay?pa=shop@paytm&pn=Tea%20Stall&am=20&cu=INR", "Paytm", "Tea Stall", 2000, "INR")]
        public void StatedPayeeAndAmountAreRead(string payload, string scheme, string payee, int amountMinor, string currency)
        {
            PaymentIntent r = PayloadTestKit.Analyze(payload);
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual(scheme, r.Scheme);
            Assert.AreEqual(payee, r.Payee);
            Assert.AreEqual((int)PayeeSource.CodeField, (int)r.PayeeSource);
            Assert.AreEqual(amountMinor >= 0, r.HasAmount);
            Assert.AreEqual(amountMinor >= 0 ? amountMinor : 0, (int)r.AmountMinor);
            Assert.AreEqual(currency.Length == 0 ? null : currency, r.CurrencyAlpha);
        }

        // Planted errors: each must be refused with its typed finding.
        [DataRow("https://qr.alipay.com/", (int)FindingCode.UrlMalformed)]
        [DataRow("https://qr.alipay.hk?x=1", (int)FindingCode.UrlMalformed)]
        [DataRow("wxp://", (int)FindingCode.UrlMalformed)]
        [DataRow("wxp://f2f0ab<cd", (int)FindingCode.UrlUnparsable)]
        [DataRow("wxp://f2f0abc/extra", (int)FindingCode.UrlMalformed)]
        [DataRow("https://wx.tenpay.com/login", (int)FindingCode.UrlMalformed)]
        [DataRow("http://wx.tenpay.com/f2f?t=AQAAAJ", (int)FindingCode.UrlInsecure)]
        [DataRow("http://paypal.me/klhui", (int)FindingCode.UrlInsecure)]
        [DataRow("https://paypal.me/", (int)FindingCode.UrlMalformed)]
        [DataRow("https://paypal.me/klhui/12.50XYZ", (int)FindingCode.CurrencyUnknown)]
        [DataRow("https://paypal.me/klhui/1.2.3EUR", (int)FindingCode.AmountFormat)]
        [DataRow("https://cash.app/$tag/12.5O", (int)FindingCode.AmountFormat)]
        [DataRow("venmo://paycharge?txn=charge&recipients=someone&amount=50", (int)FindingCode.UrlMalformed)]
        [DataRow("upi://pay?pa=shop@okbank&pn=Shop&am=10.00&cu=USD", (int)FindingCode.CurrencySchemeMismatch)]
        [DataRow("upi://pay?pa=shop@okbank&am=1O.00&cu=INR", (int)FindingCode.AmountFormat)]
        [DataRow("upi://pay?pa=shop@okbank&am=10.00&cu=IN", (int)FindingCode.CurrencyUnknown)]
        [DataRow("upi://pay?pn=Shop&am=10.00&cu=INR", (int)FindingCode.UrlMalformed)]
        public void PlantedErrorsAreRefused(string payload, int code)
        {
            PaymentIntent r = PayloadTestKit.Analyze(payload);
            Assert.IsFalse(r.Accepted);
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, (FindingCode)code), PayloadTestKit.Describe(r));
            Assert.AreEqual("This code is not a payment the glasses can make.", r.Readback);
        }

        [TestMethod]
        public void ZeroOrTooFineAmountsWarnOnTheDeviceAndRejectWhenStrict()
        {
            string zero = "upi://pay?pa=shop@okbank&am=0.00&cu=INR";
            PaymentIntent device = PayloadTestKit.Analyze(zero);
            Assert.IsTrue(device.Accepted);
            Assert.IsFalse(device.HasAmount);
            Assert.AreEqual((int)FindingSeverity.Warning, PayloadTestKit.SeverityOf(device, FindingCode.AmountZero));
            Assert.IsFalse(PayloadTestKit.Analyze(zero, ValidationPolicy.Strict, "en").Accepted);

            string fine = "https://paypal.me/klhui/12.505EUR";
            Assert.IsTrue(PayloadTestKit.Analyze(fine).Accepted);
            Assert.IsFalse(PayloadTestKit.Analyze(fine).HasAmount);
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(PayloadTestKit.Analyze(fine, ValidationPolicy.Strict, "en"), FindingCode.AmountPrecision));
        }

        [TestMethod]
        public void UpiWithoutCurrencyAssumesRupeesOnlyOnTheDevice()
        {
            string payload = "upi://pay?pa=shop@okbank&am=10";
            PaymentIntent device = PayloadTestKit.Analyze(payload);
            Assert.IsTrue(device.Accepted);
            Assert.AreEqual("INR", device.CurrencyAlpha);
            Assert.AreEqual(1000, (int)device.AmountMinor);
            Assert.AreEqual((int)FindingSeverity.Warning, PayloadTestKit.SeverityOf(device, FindingCode.FieldMissing));
            Assert.IsFalse(PayloadTestKit.Analyze(payload, ValidationPolicy.Strict, "en").Accepted);
        }

        // Issue 17's defences hold for every new host: the host judged is the one a browser connects to.
        [DataRow("https://evil.example\\@wx.tenpay.com/f2f?t=A")]
        [DataRow("https://wx.tenpay.com@evil.example/f2f?t=A")]
        [DataRow("https://paypal.me.evil.example/klhui/5USD")]
        [DataRow("https://evil.example?@cash.app/$tag/5")]
        [DataRow("https://evil.example#@monzo.me/name/5")]
        [DataRow("https://cash.app./$tag/5")]
        [DataRow("https://xn--cash-app.com/$tag/5")]
        [DataRow("https://payp\u0430l.me/klhui/5USD")]
        [DataRow("https://104.18.0.1/qr/AQE6")]
        public void LookAlikeHostsAreNeverWalletHosts(string payload)
        {
            PaymentIntent r = PayloadTestKit.Analyze(payload);
            Assert.IsFalse(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual((int)PayloadKind.UnknownUrl, (int)r.Kind, PayloadKinds.Name(r.Kind));
            Assert.IsNull(r.Payee);
        }

        [TestMethod]
        public void PercentEncodedHostIsTheWalletHostAsForABrowser()
        {
            PaymentIntent r = PayloadTestKit.Analyze("https://cash%2eapp/$tag/5");
            Assert.AreEqual("cash.app", r.Host);
            Assert.AreEqual((int)PayloadKind.WalletUrl, (int)r.Kind);
        }

        [DataRow("https://www.paypal.com/signin")]
        [DataRow("https://cash.app/help")]
        [DataRow("https://venmo.com/about")]
        public void OtherPagesOnWalletHostsAreWebLinks(string payload)
        {
            PaymentIntent r = PayloadTestKit.Analyze(payload);
            Assert.AreEqual((int)PayloadKind.UnknownUrl, (int)r.Kind);
            Assert.AreEqual((int)CodeContent.WebLink, (int)r.Content);
            Assert.IsNull(r.Scheme);
            Assert.IsFalse(r.Accepted);
        }
    }
}
