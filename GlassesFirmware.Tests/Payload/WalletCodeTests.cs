using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>
    /// The Nordic wallets (Swish's C text, app.swish.nu and swish:// links; Vipps and MobilePay codes and links),
    /// Alipay's app links, and amounts stated without a currency (paypal.me/NAME/12.50, MobilePay): published codes,
    /// what each states, planted errors, and the host defences.
    /// </summary>
    [TestClass]
    public class WalletCodeTests
    {
        // Published codes: scheme, payee ("" none), amount in minor units (-1 none), currency ("" none), reference.
        // Swish's QR specification 6.1; betalamedswish.se; pages with app.swish.nu links; a swish:// app link.
        [DataRow("C1237856901;100,00;12229445;0", "Swish", "1237856901", 10000, "SEK", "12229445")]
        [DataRow("C1237856901;100,00;12229445", "Swish", "1237856901", 10000, "SEK", "12229445")]
        [DataRow("C123456789;100;meddelande;6", "Swish", "123456789", 10000, "SEK", "meddelande")]
        [DataRow("C1231181189;;;0", "Swish", "1231181189", -1, "SEK", "")]
        [DataRow("https://app.swish.nu/1/p/sw/?sw=1232877439&amt=550&cur=SEK&msg=Skriv%20lagnamn%20h%C3%A4r&edit=msg&src=qr", "Swish", "1232877439", 55000, "SEK", "Skriv lagnamn här")]
        [DataRow("https://app.swish.nu/1/p/sw/?sw=46701484473&amt=10.0&msg=Cool%20app&edit=amt,msg", "Swish", "46701484473", 1000, "SEK", "Cool app")]
        [DataRow("https://app.swish.nu/1/p/sw/?sw=1236433940&msg=&src=qr", "Swish", "1236433940", -1, "SEK", "")]
        [DataRow("swish://payment?data=%7B%22version%22%3A1%2C%22payee%22%3A%7B%22value%22%3A%22%2B46701111111%22%7D%2C%22amount%22%3A%7B%22value%22%3A200%7D%2C%22message%22%3A%7B%22value%22%3A%22H%C3%A4lsningar%20Bo%20Ek%22%2C%22editable%22%3Atrue%7D%7D", "Swish", "+46701111111", 20000, "SEK", "Hälsningar Bo Ek")]
        [DataRow("swish://paymentrequest/?token=Esg4X_zZQz-ag-XXMuixjNXJIBN9Ey5M", "Swish", "", -1, "SEK", "")]
        // Vipps MobilePay's developer documentation (a person's QR), Vipps boxes and donations, MobilePay Box codes and links.
        [DataRow("https://qr.vipps.no/28/2/01/031/4712345678?v=1", "Vipps", "4712345678", -1, "", "")]
        [DataRow("https://qr.vipps.no/box/cf28a56f-dc2b-46d6-99df-0e73c8b0b577/pay-in", "Vipps", "", -1, "", "")]
        [DataRow("https://qr.vipps.no/donations/45046?reference=1", "Vipps", "", -1, "", "")]
        [DataRow("https://qr.mobilepay.dk/box/8aef8321-e717-4f09-bb62-aaff8fef69f1/pay-in", "MobilePay", "", -1, "", "")]
        [DataRow("https://qr.mobilepay.fi/box/b64335c7-fcbd-4d35-8ced-86a53321f620/pay-in", "MobilePay", "", -1, "", "")]
        [DataRow("https://products.mobilepay.dk/box/pay-in?id=2263bc16-d568-485c-98bd-b43768a5aa1a&phone=1996KN", "MobilePay", "", -1, "", "")]
        [DataRow("https://www.mobilepay.dk/erhverv/betalingslink/betalingslink-svar?phone=28712234&comment=F1%20Betting", "MobilePay", "28712234", -1, "", "F1 Betting")]
        [DataRow("mobilepay://send?phone=90601&comment=Kaffe&amount=25", "MobilePay", "90601", -1, "", "Kaffe")]
        // Alipay's scanner link around a collection code (open-source apps' donation buttons).
        [DataRow("alipays://platformapi/startapp?saId=10000007&clientVersion=3.7.0.0718&qrcode=https%3A%2F%2Fqr.alipay.com%2FFKX04202G4K6AVCF5GIY66%3F_s%3Dweb-other", "Alipay", "", -1, "", "")]
        [DataRow("alipays://platformapi/startapp?saId=10000007&qrcode=https%3A%2F%2Fqr.alipay.com%2Ftsx00339eflkuhhtfctcn48", "Alipay", "", -1, "", "")]
        [DataRow("alipayqr://platformapi/startapp?appId=10000007&qrcode=https://qr.alipay.hk/2810040101aicst8xqmv6ddlc4", "AlipayHK", "", -1, "", "")]
        public void PublishedCodesStateWhatTheyState(string payload, string scheme, string payee, int amountMinor, string currency, string reference)
        {
            PaymentIntent r = PayloadTestKit.Analyze(payload);
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.IsTrue(PayloadTestKit.Analyze(payload, ValidationPolicy.Strict, "zh").Accepted);
            Assert.AreEqual(scheme.IndexOf("Alipay") == 0 ? (int)PayloadKind.AlipayUrl : (int)PayloadKind.WalletUrl, (int)r.Kind);
            Assert.AreEqual(scheme, r.Scheme);
            Assert.AreEqual(payee.Length == 0 ? null : payee, r.Payee);
            Assert.AreEqual(amountMinor >= 0, r.HasAmount);
            Assert.AreEqual(amountMinor >= 0 ? amountMinor : 0, (int)r.AmountMinor);
            Assert.AreEqual(currency.Length == 0 ? null : currency, r.CurrencyAlpha);
            Assert.AreEqual(reference.Length == 0 ? null : reference, r.PayeeDetails.Reference);
        }

        // Planted errors, each refused with its typed finding.
        [DataRow("C1237856901;100.00;1;0", (int)FindingCode.AmountFormat)]
        [DataRow("C1237856901;1O0,00", (int)FindingCode.AmountFormat)]
        [DataRow("C1237856901;100,00;1;9", (int)FindingCode.FieldFormat)]
        [DataRow("C1237856901;1;2;0;4", (int)FindingCode.PayloadStructure)]
        [DataRow("https://app.swish.nu/1/p/sw/?sw=1232877439&amt=550&cur=EUR", (int)FindingCode.CurrencySchemeMismatch)]
        [DataRow("https://app.swish.nu/1/p/sw/?sw=1232877439&amt=550&cur=SEKK", (int)FindingCode.CurrencyUnknown)]
        [DataRow("https://app.swish.nu/1/p/sw/?amt=550&cur=SEK", (int)FindingCode.FieldFormat)]
        [DataRow("https://app.swish.nu/1/p/sw/?sw=12AB5678&amt=5", (int)FindingCode.FieldFormat)]
        [DataRow("http://app.swish.nu/1/p/sw/?sw=1232877439", (int)FindingCode.UrlInsecure)]
        [DataRow("swish://payment?data=%7B%22payee%22%3A%7B%22value%22%3A%221232877439%22", (int)FindingCode.UrlMalformed)]
        [DataRow("swish://payment?data=%7B%22payee%22%3A%7B%22value%22%3A%221232877439%22%7D%2C%22amount%22%3A%7B%22value%22%3A-5%7D%7D", (int)FindingCode.AmountFormat)]
        [DataRow("swish://payment?data=%7B%22amount%22%3A%7B%22value%22%3A5%7D%7D", (int)FindingCode.FieldFormat)]
        [DataRow("swish://pay?sw=1232877439", (int)FindingCode.UrlMalformed)]
        [DataRow("https://qr.vipps.no/", (int)FindingCode.UrlMalformed)]
        [DataRow("https://qr.vipps.no/28/2/01/031/47abc?v=1", (int)FindingCode.FieldFormat)]
        [DataRow("http://qr.mobilepay.dk/box/x/pay-in", (int)FindingCode.UrlInsecure)]
        [DataRow("https://products.mobilepay.dk/box/pay-in?phone=1996KN", (int)FindingCode.UrlMalformed)]
        [DataRow("mobilepay://send?amount=25", (int)FindingCode.FieldFormat)]
        [DataRow("mobilepay://send?phone=12345678&amount=1,5", (int)FindingCode.AmountFormat)]
        [DataRow("mobilepay://receive?phone=12345678", (int)FindingCode.UrlMalformed)]
        [DataRow("alipays://platformapi/startapp?saId=10000007&qrcode=http%3A%2F%2Fqrcode.sh.gov.cn%2Fenterprise%2Fscene%3Ff%3D1", (int)FindingCode.UrlMalformed)]
        [DataRow("alipays://platformapi/startapp?appId=20000067&url=https%3A%2F%2Fqr.alipay.com%2Ffkx1", (int)FindingCode.UrlMalformed)]
        [DataRow("alipays://platformapi/startapp?saId=10000007&qrcode=https%3A%2F%2Fevil.example%5C%40qr.alipay.com%2Ffkx1", (int)FindingCode.UrlMalformed)]
        [DataRow("alipays://platformapi/startapp?saId=10000007&qrcode=http%3A%2F%2Fqr.alipay.com%2Ffkx1", (int)FindingCode.UrlInsecure)]
        [DataRow("alipays://platformapi/startapp?saId=10000007&qrcode=https%3A%2F%2Fqr.alipay.com%2F", (int)FindingCode.UrlMalformed)]
        [DataRow("https://paypal.me/klhui/12.5.0", (int)FindingCode.AmountFormat)]
        public void PlantedErrorsAreRefused(string payload, int code)
        {
            PaymentIntent r = PayloadTestKit.Analyze(payload);
            Assert.IsFalse(r.Accepted);
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, (FindingCode)code), PayloadTestKit.Describe(r));
        }

        // Text that only looks like a Swish code, and look-alike hosts: never a wallet payment.
        [DataRow("C3PO;droid", (int)PayloadKind.PlainText)]
        [DataRow("C1234567;5", (int)PayloadKind.PlainText)]
        [DataRow("c1237856901;100,00", (int)PayloadKind.PlainText)]
        [DataRow("https://app.swish.nu/1/p/swx?sw=1232877439", (int)PayloadKind.UnknownUrl)]
        [DataRow("https://evil.example\\@app.swish.nu/1/p/sw/?sw=1232877439", (int)PayloadKind.UnknownUrl)]
        [DataRow("https://qr.vipps.no.evil.example/box/x/pay-in", (int)PayloadKind.UnknownUrl)]
        [DataRow("https://evil.example?@qr.mobilepay.dk/box/x/pay-in", (int)PayloadKind.UnknownUrl)]
        [DataRow("https://qr.vipps.no./box/x/pay-in", (int)PayloadKind.UnknownUrl)]
        [DataRow("https://mobilepay.dk/da-dk/privat", (int)PayloadKind.UnknownUrl)]
        public void LookAlikesAreNotWalletCodes(string payload, int kind)
        {
            PaymentIntent r = PayloadTestKit.Analyze(payload);
            Assert.IsFalse(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual(kind, (int)r.Kind, PayloadKinds.Name(r.Kind));
        }

        [TestMethod]
        public void AnAmountWithoutCurrencyIsSaidButNeverSentAsMoney()
        {
            PaymentIntent r = PayloadTestKit.Analyze("https://paypal.me/klhui/12.50");
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.IsFalse(r.HasAmount);
            Assert.AreEqual("12.50", r.Charges.AmountWithoutCurrency);
            Assert.IsNull(r.CurrencyAlpha);
            Assert.AreEqual("A PayPal payment: pay 12.50 in a currency your wallet will confirm to the payee named klhui, end of name.", r.Readback);
            Assert.AreEqual("PayPal付款：向名为klhui（名称结束）的收款方支付12.50（币种由钱包确认）。", PayloadTestKit.Analyze("https://paypal.me/klhui/12.50", ValidationPolicy.Device, "zh").Readback);
            Assert.IsNull(PayloadTestKit.Analyze("https://paypal.me/klhui/12.50EUR").Charges.AmountWithoutCurrency);
            Assert.AreEqual("25", PayloadTestKit.Analyze("mobilepay://send?phone=90601&amount=25").Charges.AmountWithoutCurrency);
        }

        [DataRow("C1237856901;100,00;12229445;0", "A Swish payment: pay 100.00 Swedish kronor to the payee named 1237856901, end of name.", "Swish付款：向名为1237856901（名称结束）的收款方支付100.00瑞典克朗。")]
        [DataRow("https://qr.vipps.no/box/cf28a56f/pay-in", "A Vipps payment; your wallet will show the payee and amount.", "Vipps付款；钱包将显示收款方和金额。")]
        [DataRow("mobilepay://send?phone=90601&amount=25", "A MobilePay payment: pay 25 in a currency your wallet will confirm to the payee named 90601, end of name.", "MobilePay付款：向名为90601（名称结束）的收款方支付25（币种由钱包确认）。")]
        public void ReadbackInEnglishAndChinese(string payload, string en, string zh)
        {
            Assert.AreEqual(en, PayloadTestKit.Analyze(payload).Readback);
            Assert.AreEqual(zh, PayloadTestKit.Analyze(payload, ValidationPolicy.Device, "zh").Readback);
        }

        [TestMethod]
        public void ZeroAmountsAndUnreadableMessagesWarnOnTheDeviceAndRejectWhenStrict()
        {
            string[] payloads = { "C1237856901;0,00", "C1237856901;5;%zz", "mobilepay://send?phone=90601&amount=0" };
            for (int i = 0; i < payloads.Length; i++)
            {
                PaymentIntent device = PayloadTestKit.Analyze(payloads[i]);
                Assert.IsTrue(device.Accepted, PayloadTestKit.Describe(device));
                Assert.IsFalse(PayloadTestKit.Analyze(payloads[i], ValidationPolicy.Strict, "en").Accepted, payloads[i]);
            }
        }
    }
}
