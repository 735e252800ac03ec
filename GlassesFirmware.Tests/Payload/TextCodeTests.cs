using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>
    /// Crypto-currency payment URIs (refused unless configured) and the codes that are not payments (Wi-Fi,
    /// contacts, phone, e-mail, SMS, location, calendar, web links): recognised, named, never accepted.
    /// </summary>
    [TestClass]
    public class TextCodeTests
    {
        // The specifications' own examples (BIP21, BOLT11, EIP-681), and LNURL.
        [DataRow("bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?amount=50&label=Luke-Jr&message=Donation%20for%20project%20xyz", "Bitcoin")]
        [DataRow("BITCOIN:BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", "Bitcoin")]
        [DataRow("lightning:lnbc2500u1pvjluezsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygspp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypq", "Lightning")]
        [DataRow("LNBC2500U1PVJLUEZSP5ZYG3ZYG3ZYG3ZYG3", "Lightning")]
        [DataRow("ethereum:0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359?value=2.014e18", "Ethereum")]
        public void CryptoIsRecognisedAndRefusedByDefault(string payload, string network)
        {
            PaymentIntent r = PayloadTestKit.Analyze(payload);
            Assert.AreEqual((int)PayloadKind.CryptoUri, (int)r.Kind);
            Assert.AreEqual(network, r.Scheme);
            Assert.IsFalse(r.Accepted);
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, FindingCode.CryptoRefused));
            Assert.AreEqual("This " + network + " code is a crypto-currency payment; the glasses refuse those unless your settings allow them.", r.Readback);
            Assert.AreEqual("这是" + network + "加密货币付款码；除非设置允许，眼镜不支付加密货币。", PayloadTestKit.Analyze(payload, ValidationPolicy.Device, "zh").Readback);
        }

        [TestMethod]
        public void CryptoIsOfferedWhenTheConfigurationAllowsIt()
        {
            PayloadOptions options = new PayloadOptions();
            options.AllowCrypto = true;
            PayloadAnalyzer analyzer = new PayloadAnalyzer(options);
            PaymentIntent r = analyzer.Analyze("bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?amount=50");
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual("A Bitcoin payment; your wallet will show the payee and amount.", r.Readback);
            Assert.IsFalse(analyzer.Analyze("bitcoin:?amount=50").Accepted);
        }

        [DataRow("WIFI:S:cafe;T:WPA;P:secret;;", (int)CodeContent.WiFi, "a Wi-Fi network", "Wi-Fi网络")]
        [DataRow("BEGIN:VCARD\nVERSION:3.0\nN:Gump;Forrest\nTEL:+1-404-555-1212\nEND:VCARD", (int)CodeContent.ContactCard, "a contact card", "联系人名片")]
        [DataRow("MECARD:N:Owen,Sean;TEL:+12125551212;EMAIL:srowen@example.com;;", (int)CodeContent.ContactCard, "a contact card", "联系人名片")]
        [DataRow("tel:+12125551212", (int)CodeContent.Phone, "a phone number", "电话号码")]
        [DataRow("mailto:srowen@example.com?subject=Hi", (int)CodeContent.Email, "an e-mail", "电子邮件")]
        [DataRow("MATMSG:TO:srowen@example.com;SUB:Hi;BODY:Hello;;", (int)CodeContent.Email, "an e-mail", "电子邮件")]
        [DataRow("SMSTO:+12125551212:Pay me 50 dollars", (int)CodeContent.TextMessage, "a text message", "短信")]
        [DataRow("geo:40.71872,-73.98905,100", (int)CodeContent.Location, "a map location", "地图位置")]
        [DataRow("BEGIN:VEVENT\nSUMMARY:Meeting\nDTSTART:20261206T100000Z\nEND:VEVENT", (int)CodeContent.CalendarEvent, "a calendar event", "日历事件")]
        public void NonPaymentCodesSayWhatTheyAre(string payload, int content, string en, string zh)
        {
            PaymentIntent r = PayloadTestKit.Analyze(payload);
            Assert.AreEqual((int)PayloadKind.NotPayment, (int)r.Kind);
            Assert.AreEqual(content, (int)r.Content);
            Assert.IsFalse(r.Accepted);
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(r, FindingCode.PayloadNotPayment));
            Assert.AreEqual("This code is " + en + ", not a payment; the glasses never open it.", r.Readback);
            Assert.AreEqual("这是" + zh + "，不是付款码；眼镜不会打开它。", PayloadTestKit.Analyze(payload, ValidationPolicy.Device, "zh").Readback);
        }

        [TestMethod]
        public void APlainLinkIsNamedWithoutItsHost()
        {
            PaymentIntent r = PayloadTestKit.Analyze("https://example.com/menu");
            Assert.AreEqual((int)CodeContent.WebLink, (int)r.Content);
            Assert.AreEqual("This code is a web link, not a payment; the glasses never open it.", r.Readback);
            Assert.AreEqual("这是网页链接，不是付款码；眼镜不会打开它。", PayloadTestKit.Analyze("https://example.com/menu", ValidationPolicy.Device, "zh").Readback);
        }
    }
}
