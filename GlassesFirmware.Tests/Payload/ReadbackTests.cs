using GlassesFirmware.Payload;
using GlassesFirmware.Payload.Readback;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>The exact sentences spoken in English and Simplified Chinese.</summary>
    [TestClass]
    public class ReadbackTests
    {
        // EMVCo spec example (vector EMV-1): 64 carries the Chinese name, 55=01 asks for a tip, 62.06 is "***".
        private const string Emv1 = "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A";

        // Vector TH-1: PromptPay P2P without name, static, no amount.
        private const string Th1 = "00020101021129370016A000000677010111011300668012345675802TH530376463046197";

        [TestMethod]
        public void LocalNameIsSpokenInTheWearersLanguage()
        {
            Assert.AreEqual("向名为最佳运输（名称结束）的收款方支付23.72元人民币，可另加小费。商户还需要客户标签。", PayloadTestKit.Analyze(Emv1, ValidationPolicy.Device, "zh").Readback);
            Assert.AreEqual("Pay 23.72 Chinese yuan to the payee named BEST TRANSPORT, end of name, and you may add a tip. The merchant also asks for a customer label.", PayloadTestKit.Analyze(Emv1, ValidationPolicy.Device, "en").Readback);
        }

        [TestMethod]
        public void MissingPayeeAndAmountAreSaid()
        {
            Assert.AreEqual("Pay a payee your wallet will confirm; say the amount in Thai baht.", PayloadTestKit.Analyze(Th1, ValidationPolicy.Device, "en").Readback);
            Assert.AreEqual("向钱包将确认的收款方付款，请说出金额（泰铢）。", PayloadTestKit.Analyze(Th1, ValidationPolicy.Device, "zh").Readback);
        }

        [TestMethod]
        public void FixedFeeAndTotal()
        {
            string payload = PayloadTestKit.WithCrc(PayloadTestKit.PayNowBody + "5406100.0055020256044.50");
            PaymentIntent r = PayloadTestKit.Analyze(payload, ValidationPolicy.Device, "en");
            Assert.AreEqual(10000L, r.AmountMinor);
            Assert.AreEqual(450L, r.Charges.FeeMinor);
            Assert.AreEqual(10450L, r.Charges.TotalMinor);
            Assert.AreEqual("Pay 100.00 Singapore dollars to the payee named SHOP, end of name, plus a fee of 4.50 Singapore dollars, 104.50 Singapore dollars in total.", r.Readback);
            Assert.AreEqual("向名为SHOP（名称结束）的收款方支付100.00新加坡元，另加手续费4.50新加坡元，共计104.50新加坡元。", PayloadTestKit.Analyze(payload, ValidationPolicy.Device, "zh").Readback);
        }

        [TestMethod]
        public void PercentageFeeAndTotal()
        {
            string payload = PayloadTestKit.WithCrc(PayloadTestKit.PayNowBody + "540523.7255020357033.5");
            PaymentIntent r = PayloadTestKit.Analyze(payload, ValidationPolicy.Device, "en");
            Assert.AreEqual(350, r.Charges.FeeBasisPoints);
            Assert.AreEqual(83L, r.Charges.FeeMinor);
            Assert.AreEqual(2455L, r.Charges.TotalMinor);
            Assert.AreEqual("Pay 23.72 Singapore dollars to the payee named SHOP, end of name, plus a 3.5 percent fee of 0.83 Singapore dollars, 24.55 Singapore dollars in total.", r.Readback);
            Assert.AreEqual("向名为SHOP（名称结束）的收款方支付23.72新加坡元，另加百分之3.5的手续费0.83新加坡元，共计24.55新加坡元。", PayloadTestKit.Analyze(payload, ValidationPolicy.Device, "zh").Readback);
        }

        [TestMethod]
        public void FeeWithoutAmount()
        {
            string payload = PayloadTestKit.WithCrc(PayloadTestKit.PayNowBody + "550203570210");
            PaymentIntent r = PayloadTestKit.Analyze(payload, ValidationPolicy.Device, "en");
            Assert.IsTrue(r.AmountNeeded);
            Assert.IsFalse(r.Charges.HasTotal);
            Assert.AreEqual("Pay the payee named SHOP, end of name, plus a 10 percent fee; say the amount in Singapore dollars.", r.Readback);
        }

        [TestMethod]
        public void OneUnitIsSingularAndZeroExponentHasNoDecimals()
        {
            string one = PayloadTestKit.WithCrc("00020101021226250009SG.PAYNOW010120203123520458125303840540115802US5904SHOP6009SINGAPORE");
            Assert.AreEqual("Pay 1.00 US dollar to the payee named SHOP, end of name.", PayloadTestKit.Analyze(one).Readback);
            string yen = PayloadTestKit.WithCrc("00020101021226250009SG.PAYNOW010120203123520458125303392540415005802JP5904SHOP6009SINGAPORE");
            PaymentIntent r = PayloadTestKit.Analyze(yen, ValidationPolicy.Device, "zh");
            Assert.AreEqual(1500L, r.AmountMinor);
            Assert.AreEqual("向名为SHOP（名称结束）的收款方支付1500日元。", r.Readback);
        }

        [TestMethod]
        public void CurrencyWithoutSpokenNameUsesItsCode()
        {
            string payload = PayloadTestKit.WithCrc("00020101021226250009SG.PAYNOW0101202031235204581253034985406100.555802SG5904SHOP6009SINGAPORE");
            Assert.AreEqual("Pay 100.55 MDL to the payee named SHOP, end of name.", PayloadTestKit.Analyze(payload).Readback);
        }

        [TestMethod]
        public void UrlCodesNeverSpeakTextFromTheCode()
        {
            PaymentIntent r = PayloadTestKit.Analyze("https://qr.alipay.com/bax00022tldi82dwzbvp6013", ValidationPolicy.Device, "en");
            Assert.AreEqual("An Alipay payment; your wallet will show the payee and amount.", r.Readback);
            Assert.AreEqual("Alipay付款；钱包将显示收款方和金额。", PayloadTestKit.Analyze("https://qr.alipay.com/bax00022tldi82dwzbvp6013", ValidationPolicy.Device, "zh").Readback);
        }

        [DataRow("upi://pay?pa=shop@okbank&pn=Shop&am=10.00&cu=INR", "A UPI payment: pay 10.00 Indian rupees to the payee named Shop, end of name.")]
        [DataRow("upi://pay?pa=shop@okbank&pn=Shop", "A UPI payment: pay an amount in Indian rupees your wallet will confirm to the payee named Shop, end of name.")]
        [DataRow("https://paypal.me/klhui", "A PayPal payment: pay an amount your wallet will confirm to the payee named klhui, end of name.")]
        [DataRow("https://cash.app/$suatag/25.00", "A Cash App payment: pay 25.00 US dollars to the payee named $suatag, end of name.")]
        [DataRow("https://www.paypal.com/qrcodes/p2pqrc/76RWY9FF7Q7RE", "A PayPal payment; your wallet will show the payee and amount.")]
        [DataRow("weixin://wxpay/bizpayurl?pr=NwY5Mz9", "A WeChat Pay payment; your wallet will show the payee and amount.")]
        [DataRow("wxp://f2f0H7xW3hJst1JoX3lEdTm8ZYjfkZPKQo5XSe57dnbv11g=", "A WeChat Pay payment; your wallet will show the payee and amount.")]
        [DataRow("https://qr.alipay.hk/2810040101aicst8xqmv6ddlc4", "An AlipayHK payment; your wallet will show the payee and amount.")]
        [DataRow("https://qr.alipay.com/bax00022tldi82dwzbvp6013", "An Alipay payment; your wallet will show the payee and amount.")]
        public void UrlSchemeTakesTheArticleItIsSaidWith(string payload, string readback)
        {
            Assert.AreEqual(readback, PayloadTestKit.Analyze(payload).Readback);
        }

        [DataRow("upi://pay?pa=shop@okbank&pn=Sharma%20Stores&am=249.50&cu=INR", "UPI付款：向名为Sharma Stores（名称结束）的收款方支付249.50印度卢比。")]
        [DataRow("upi://pay?pa=shop@okbank&pn=Shop", "UPI付款：向名为Shop（名称结束）的收款方支付钱包将确认的印度卢比金额。")]
        [DataRow("https://paypal.me/klhui", "PayPal付款：向名为klhui（名称结束）的收款方支付钱包将确认的金额。")]
        [DataRow("https://monzo.me/bradleykennedy5/5?d=Support", "Monzo付款：向名为bradleykennedy5（名称结束）的收款方支付5.00英镑。")]
        [DataRow("wxp://f2f0H7xW3hJst1JoX3lEdTm8ZYjfkZPKQo5XSe57dnbv11g=", "WeChat Pay付款；钱包将显示收款方和金额。")]
        public void UrlCodesStateWhatTheyStateInChinese(string payload, string readback)
        {
            Assert.AreEqual(readback, PayloadTestKit.Analyze(payload, ValidationPolicy.Device, "zh").Readback);
        }

        [TestMethod]
        public void RejectedCodesSayNothingFromThem()
        {
            Assert.AreEqual("This code is a web link, not a payment; the glasses never open it.", PayloadTestKit.Analyze("https://evil.example/pay").Readback);
            Assert.AreEqual("This code is not a payment the glasses can make.", PayloadTestKit.Analyze("https://qr.alipay.com:99999/x").Readback);
            Assert.AreEqual("这不是眼镜可以支付的付款码。", PayloadTestKit.Analyze("Table 12", ValidationPolicy.Device, "zh").Readback);
        }

        [TestMethod]
        public void UnknownLanguageFallsBackToEnglish()
        {
            Assert.AreEqual("en", ReadbackLanguages.Find("xx").Code);
            Assert.AreEqual("zh", ReadbackLanguages.Find("ZH").Code);
            Assert.IsTrue(ReadbackLanguages.IsSupported("zh"));
            Assert.IsFalse(ReadbackLanguages.IsSupported("fr"));
        }

        [TestMethod]
        public void EveryPromptedFieldIsListedInOrder()
        {
            string prompts = "62560103***0203***0303***0403***0503***0603***0703***0803***";
            string payload = PayloadTestKit.WithCrc(PayloadTestKit.PayNowBody + "5406100.0055020357045.25" + prompts);
            PaymentIntent r = PayloadTestKit.Analyze(payload);
            Assert.AreEqual(0x1FE, r.PromptMask);
            Assert.AreEqual("Pay 100.00 Singapore dollars to the payee named SHOP, end of name, plus a 5.25 percent fee of 5.25 Singapore dollars, 105.25 Singapore dollars in total."
                + " The merchant also asks for a bill number, a mobile number, a store label, a loyalty number, a reference, a customer label, a terminal label, the purpose of payment.", r.Readback);
        }

        [TestMethod]
        public void BracesInAPayeeNameAreSpokenVerbatim()
        {
            string payload = PayloadTestKit.WithCrc("00020101021226250009SG.PAYNOW0101202031235204581253037025802SG5907{1} {0}6009SINGAPORE");
            Assert.AreEqual("Pay the payee named {1} {0}, end of name; say the amount in Singapore dollars.", PayloadTestKit.Analyze(payload).Readback);
        }
    }
}
