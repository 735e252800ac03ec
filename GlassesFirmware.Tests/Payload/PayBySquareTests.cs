using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>PAY by square (Slovakia): recognised by alphabet and header, forwarded undecoded with a readback that says so.</summary>
    [TestClass]
    public class PayBySquareTests
    {
        /// <summary>A PAY by square order (100 EUR to SK9611000000002918599669, VS 123) from the bysquare library's tests.</summary>
        public const string Sample = "0004G0005ES17OQ09C98Q7ME34TCR3V71LVKD2AE6EGHKR82DKS5NBJ3331VUFQIV0JGMR743UJCKSAKEM9QGVVVOIVH000";

        [TestMethod]
        public void SampleIsForwardedWithAClearReadback()
        {
            PaymentIntent r = PayloadTestKit.Analyze(Sample);
            Assert.AreEqual((int)PayloadKind.PayBySquare, (int)r.Kind);
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual("PAY by square", r.Scheme);
            Assert.AreEqual((int)FindingSeverity.Warning, PayloadTestKit.SeverityOf(r, FindingCode.PayloadNotDecoded));
            Assert.IsFalse(r.HasAmount);
            Assert.AreEqual("A PAY by square payment; your wallet will show the payee and amount.", r.Readback);
            Assert.AreEqual("PAY by square付款；钱包将显示收款方和金额。", PayloadTestKit.Analyze(Sample, ValidationPolicy.Strict, "zh").Readback);
        }

        // Not PAY by square: lower case, outside base32hex (W-Z), too short, a header version of 8 or more (first
        // character 1), another by-square type (invoice, first character 2), a zero data length, digits only.
        [DataRow("0004g0005es17oq09c98q7me34tcr3v71lvkd2ae6eghkr82dks5nbj3331vufqiv0jgmr743ujcksakem9qgvvvoivh000")]
        [DataRow("0004G0005ES17OQ09C98Q7ME34TCR3V71LVKD2AE6EGHKR82DKS5NBJ3331VUFQIV0JGMR743UJCKSAKEM9QGVVVOIVHXYZ")]
        [DataRow("0004G0005ES17OQ09C98Q7ME34")]
        [DataRow("1004G0005ES17OQ09C98Q7ME34TCR3V71LVKD2AE6EGHKR82DKS5NBJ3331VUFQIV0JGMR743UJCKSAKEM9QGVVVOIVH000")]
        [DataRow("2004G0005ES17OQ09C98Q7ME34TCR3V71LVKD2AE6EGHKR82DKS5NBJ3331VUFQIV0JGMR743UJCKSAKEM9QGVVVOIVH000")]
        [DataRow("0000000005ES17OQ09C98Q7ME34TCR3V71LVKD2AE6EGHKR82DKS5NBJ3331VUFQIV0JGMR743UJCKSAKEM9QGVVVOIVH000")]
        [DataRow("00040000000000000000000000000000000000000000")]
        public void LookAlikesAreNotPayBySquare(string payload)
        {
            Assert.AreNotEqual((int)PayloadKind.PayBySquare, (int)PayloadTestKit.Analyze(payload).Kind);
        }
    }
}
