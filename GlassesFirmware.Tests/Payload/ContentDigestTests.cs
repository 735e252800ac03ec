using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>The content digest names what a code asks for, whatever bytes carry it (pay-once is keyed on it).</summary>
    [TestClass]
    public class ContentDigestTests
    {
        private const string Dynamic = "00020101021226250009SG.PAYNOW01012020312352045812530370254047.005802SG5904SHOP6009SINGAPORE";

        [TestMethod]
        public void LowerCaseCrcIsTheSameContent()
        {
            string upper = PayloadTestKit.WithCrc(Dynamic);
            string lower = upper.Substring(0, upper.Length - 4) + upper.Substring(upper.Length - 4).ToLower();
            Assert.AreNotEqual(upper, lower);
            Assert.AreEqual(PayloadTestKit.Analyze(upper).ContentDigest, PayloadTestKit.Analyze(lower).ContentDigest);
        }

        [TestMethod]
        public void ObjectOrderIsNotContent()
        {
            // 54 and 53 swapped, and the two 26 sub-objects swapped: the same objects, so the same payment.
            string reordered = "00020101021226250101202031230009SG.PAYNOW520458125404" + "7.00" + "53037025802SG5904SHOP6009SINGAPORE";
            PaymentIntent a = PayloadTestKit.Analyze(PayloadTestKit.WithCrc(Dynamic));
            PaymentIntent b = PayloadTestKit.Analyze(PayloadTestKit.WithCrc(reordered));
            Assert.IsTrue(b.Accepted, PayloadTestKit.Describe(b));
            Assert.AreEqual(a.ContentDigest, b.ContentDigest);
        }

        [DataRow("00020101021226250009SG.PAYNOW01012020312352045812530370254047.015802SG5904SHOP6009SINGAPORE")]
        [DataRow("00020101021226250009SG.PAYNOW01012020312452045812530370254047.005802SG5904SHOP6009SINGAPORE")]
        [DataRow("00020101021226250009SG.PAYNOW01012020312352045812530370254047.005802SG5904SHOQ6009SINGAPORE")]
        public void AnyOtherValueIsOtherContent(string body)
        {
            Assert.AreNotEqual(PayloadTestKit.Analyze(PayloadTestKit.WithCrc(Dynamic)).ContentDigest, PayloadTestKit.Analyze(PayloadTestKit.WithCrc(body)).ContentDigest);
        }

        [DataRow("HTTPS://QR.ALIPAY.COM:443/bax0001")]
        [DataRow("https:\\\\qr.alipay.com/bax0001")]
        [DataRow("https://qr%2ealipay.com/bax0001")]
        [DataRow(" https://qr.alipay.com/bax\t0001")]
        public void UrlContentIsTheParsedUrl(string spelling)
        {
            Assert.AreEqual(PayloadTestKit.Analyze("https://qr.alipay.com/bax0001").ContentDigest, PayloadTestKit.Analyze(spelling).ContentDigest);
            Assert.AreNotEqual(PayloadTestKit.Analyze("https://qr.alipay.com/bax0002").ContentDigest, PayloadTestKit.Analyze(spelling).ContentDigest);
        }
    }
}
