using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>
    /// A handful of the shared vectors (../shared/payments/emvqr-vectors.json) as literals, so they also
    /// run on a device; the host tests run all 65.
    /// </summary>
    [TestClass]
    public class EmvVectorTests
    {
        [DataRow("EMV-1", "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A", true, true)]
        [DataRow("TH-1", "00020101021129370016A000000677010111011300668012345675802TH530376463046197", true, false)]
        [DataRow("MY-4", "00020201021126580014A000000615000101065641600226125510400006590RHBQR0028055204739953034585802MY5919MASJID SRI SENDAYAN6002MY61057195062240309ROA0030360707mss20198264037ECE3BEE396FD9E7293AE400C6B61FF31B756E8D308F44D79C9CA7FA859E8763047E35", true, false)]
        [DataRow("MY-6", "00020101021126580014A000000615000101065887340212MBBQR124979103100000000000520400005303458540500.005802MY5918MASJID AL MUHTADIN6008SELANGOR630414E7", true, false)]
        [DataRow("VN-7", "00020101021238570010A00000072701390006970422011301234567890200208QRIBFTTA53037045405100005802VN62260822Thanh toán hóa đơn630432F8", true, false)]
        [DataRow("VN-9", "00020101021138570010A00000072701390006970422011301234567890200208QRIBFTTA53037045802VN6304a3cf", true, false)]
        [DataRow("VN-10", "00020101021138570010A00000072701390006970422011301234567890200208QRIBFTTA5303704540440005802VN62006304A6AF", false, false)]
        [DataRow("KH-2", "00020101021229460015john_smith@devb0111855122334550208Dev Bank52045999530384054031005802KH5910John Smith6010PHNOM PENH62670106#123450211855122334550311Coffee Shop0709Cashier_10810Buy coffee64280002km0108ចន ស្មីន0206ភ្នំពញ993400131726821915797011317268220357976304B73E", true, true)]
        [DataRow("KH-6", "00020101021329180014vandoeurn@devb52045999530384054031015802KH5909Vandoeurn6010Phnom Penh993400131727249364974011317272494849746304DCEF", false, false)]
        [DataRow("LK-1", "0002010102112632002816728000581200000000849800025204581253031445502015802LK5925Burger's King and Family 6007Colombo610500800625800329459b40e599f4d96ac78d689dc388f2205181630921441682-0002630408AF", true, false)]
        [DataRow("NEG-1", "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEZT TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A", false, false)]
        [DataRow("NEG-2", "00020101021229300012D156000000000510A93FO3230Q31280012D156000000010308123456785204x1215802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304438F", false, false)]
        public void DeviceAndStrictVerdicts(string id, string payload, bool device, bool strict)
        {
            Assert.AreEqual(device, PayloadTestKit.Analyze(payload, ValidationPolicy.Device, "en").Accepted, id);
            Assert.AreEqual(strict, PayloadTestKit.Analyze(payload, ValidationPolicy.Strict, "en").Accepted, id);
        }

        [TestMethod]
        public void SpecExampleIsFullyRead()
        {
            PaymentIntent r = PayloadTestKit.Analyze("00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A", ValidationPolicy.Strict, "zh");
            Assert.AreEqual(0, r.Findings.Length);
            Assert.AreEqual(2372L, r.AmountMinor);
            Assert.AreEqual("CNY", r.CurrencyAlpha);
            Assert.AreEqual(156, r.CurrencyNumeric);
            Assert.AreEqual(2, r.Exponent);
            Assert.AreEqual((int)TipMode.Prompt, (int)r.Charges.TipMode);
            Assert.IsFalse(r.Charges.HasTotal);
            Assert.AreEqual("最佳运输", r.Payee);
            Assert.AreEqual((int)PayeeSource.Localized, (int)r.PayeeSource);
            Assert.AreEqual("北京", r.PayeeDetails.City);
            Assert.AreEqual("CN", r.PayeeDetails.Country);
            Assert.IsTrue(r.IsDynamic);
            Assert.AreEqual(1 << 6, r.PromptMask);
        }

        [TestMethod]
        public void ZeroAmountIsNoAmountOnTheDevice()
        {
            PaymentIntent r = PayloadTestKit.Analyze("00020101021126580014A000000615000101065887340212MBBQR124979103100000000000520400005303458540500.005802MY5918MASJID AL MUHTADIN6008SELANGOR630414E7");
            Assert.IsTrue(r.Accepted);
            Assert.IsFalse(r.HasAmount);
            Assert.IsTrue(r.AmountNeeded);
            Assert.AreEqual((int)FindingSeverity.Warning, PayloadTestKit.SeverityOf(r, FindingCode.AmountZero));
        }

        [TestMethod]
        public void OverLongNameIsTruncatedForDisplay()
        {
            PaymentIntent r = PayloadTestKit.Analyze("00020201021126420014A000000615000101066033460210MD000011375204866153034585802MY5929Masjid Al Ummah Telok Chengai6002MY62530325162972045689100702990463005201632811181852001348663049199");
            Assert.AreEqual("Masjid Al Ummah Telok Che", r.Payee);
            Assert.AreEqual((int)FindingSeverity.Warning, PayloadTestKit.SeverityOf(r, FindingCode.FieldTooLong));
        }

        [TestMethod]
        public void PlaceholderNameIsNoName()
        {
            // SG-3 prints "NA" as merchant name.
            PaymentIntent r = PayloadTestKit.Analyze("00020101021126810011SG.COM.NETS01231198500065G9912312359000211111687665000308687665019908B97B381427530008com.grab0132312d0578749b4d2e89009e362bc39d6f0201228460010com.myfave0128https://myfave.com/qr/ejwnr551800007SG.SGQR011219052700AB92020701.00010306408830040201050207060400000708201905275204000053037025802SG5902NA6009Singapore6304651B");
            Assert.IsTrue(r.Accepted);
            Assert.IsNull(r.Payee);
            Assert.AreEqual((int)PayeeSource.None, (int)r.PayeeSource);
        }
    }
}
