using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>PAY by square (Slovakia): recognised by alphabet and header, its LZMA data decoded on the device.</summary>
    [TestClass]
    public class PayBySquareTests
    {
        /// <summary>A PAY by square order (100 EUR to SK9611000000002918599669, VS 123) from the bysquare library's tests.</summary>
        public const string Sample = "0004G0005ES17OQ09C98Q7ME34TCR3V71LVKD2AE6EGHKR82DKS5NBJ3331VUFQIV0JGMR743UJCKSAKEM9QGVVVOIVH000";

        // Orders in the version 1.1 layout compressed by xz's LZMA1 encoder (lc 3, lp 0, pb 2), an encoder independent of
        // the device's decoder: 25.50 EUR to "Jozef Novák" with VS 2026001; 1234.56 EUR to "Slovenská pošta" with a
        // standing-order extension; a donation without amount to an IBAN with a wrong check digit.
        private const string Named = "0404O000EMIPI0P692PRPD1FD0RNBJGE80UEUB65MVO7M8NGCI18DEHI6I6UU8U39LVC7UPCMTCHRDGJSI1BGLB0BGUPI9BFB4ONP8UILAMQ61R9T0JH8NVVV23EG00";
        private const string StandingOrder = "0405I00027VVTN1S9ENA1QBO052H618U647F03H0MH51Q3A7TO39L59QUF3D5L8SFSD5MBTULUUC5AGST687RA6EI07MCHPMLMTEPCHHKI794H6KFGGHSJ3UJ0AO9LDEUUOSTT9OVCOAL00";
        private const string BadIban = "0403U000A40SIEHKP2GRMEMQNMOV73TBFJ3ENL1KTQ7SHOR8N31NFM9S85LRM1N8NT3MHGFAA2QPVPF49H5L5UBGQG8GIEAGURVVVHUH4000";

        [TestMethod]
        public void SampleDecodesToAmountCurrencyAccountAndReference()
        {
            PaymentIntent r = PayloadTestKit.Analyze(Sample, ValidationPolicy.Strict, "en");
            Assert.AreEqual((int)PayloadKind.PayBySquare, (int)r.Kind);
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual(0, r.Findings.Length, PayloadTestKit.Describe(r));
            Assert.AreEqual("PAY by square", r.Scheme);
            Assert.AreEqual(10000L, r.AmountMinor);
            Assert.AreEqual("EUR", r.CurrencyAlpha);
            Assert.AreEqual("SK9611000000002918599669", r.PayeeDetails.Account);
            Assert.AreEqual("123", r.PayeeDetails.Reference);
            Assert.AreEqual("Pay 100.00 euros to a payee your wallet will confirm, by bank transfer.", r.Readback);
        }

        [TestMethod]
        public void BeneficiaryNameIsReadBack()
        {
            PaymentIntent r = PayloadTestKit.Analyze(Named, ValidationPolicy.Device, "zh");
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual("Jozef Nov\u00e1k", r.Payee);
            Assert.AreEqual(2550L, r.AmountMinor);
            Assert.AreEqual("2026001", r.PayeeDetails.Reference);
            Assert.AreEqual("SK3112000000198742637541", r.PayeeDetails.Account);
            Assert.AreEqual(0, r.Findings.Length, PayloadTestKit.Describe(r));
            Assert.AreEqual("向名为Jozef Nov\u00e1k（名称结束）的收款方支付25.50欧元，通过银行转账。", r.Readback);
        }

        [TestMethod]
        public void StandingOrderFieldsAreSkippedToTheName()
        {
            PaymentIntent r = PayloadTestKit.Analyze(StandingOrder);
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual("Slovensk\u00e1 po\u0161ta", r.Payee);
            Assert.AreEqual(123456L, r.AmountMinor);
            Assert.AreEqual("SK9611000000002918599669", r.PayeeDetails.Account);
        }

        [TestMethod]
        public void LongOrderIsForwardedWholeWithAClearReadback()
        {
            // 474 characters, 331 bytes of data (a 140-character note, two accounts): beyond the decoding budget.
            string longOrder = "0404M080CI0D38ANIBOL8RMRG9JKHH1T4CM7HM7669P1OMP5MAQTKGUN3LL7DN4DNHVBUEUNRITK88GOFMB2P9OSV8TLQL9NCSR9OOE5039EBNKRUFCM39DHCJP7" +
                "9A9K5M10RI2BPS9EE358CMHF844SRJS93P77N6TIFCI949MVBJAJFLM6TD8575G8V8LA08T1HMRUVVBNJMHR4HBP04CE7VH6EULT3VHIRJ62TBFDJ24LV39OUH5PB" +
                "IJ8V6MTEIJVAQ5F5OJM6IHUEBCM2PS9NBTJG59370E0D0JO1COM0V8CBVU4HQDKML8VCOM0VM305058L0OVHP77P5L6AVSFD5RCF22B2OIO6N9OU2T6JH19I58AMQ" +
                "JBV7D98198FO3J82LJ8OTNHI608CMPBBG2FT7GIV84RKMNBAK5TJKS60CF99DNG53M79K3O1LF3L6M8ODTVDOUIJQNVVVUF8F000";
            PaymentIntent r = PayloadTestKit.Analyze(longOrder, ValidationPolicy.Strict, "en");
            Assert.AreEqual((int)PayloadKind.PayBySquare, (int)r.Kind);
            Assert.IsTrue(r.Accepted, PayloadTestKit.Describe(r));
            Assert.AreEqual((int)FindingSeverity.Warning, PayloadTestKit.SeverityOf(r, FindingCode.PayloadNotDecoded));
            Assert.IsFalse(r.HasAmount);
            Assert.AreEqual("A PAY by square payment; your wallet will show the payee and amount.", r.Readback);
            Assert.AreEqual("PAY by square付款；钱包将显示收款方和金额。", PayloadTestKit.Analyze(longOrder, ValidationPolicy.Device, "zh").Readback);
        }

        [TestMethod]
        public void PlantedErrorsAreRejected()
        {
            PaymentIntent iban = PayloadTestKit.Analyze(BadIban);
            Assert.AreEqual((int)PayloadKind.PayBySquare, (int)iban.Kind);
            Assert.IsFalse(iban.Accepted);
            Assert.AreEqual((int)FindingSeverity.Error, PayloadTestKit.SeverityOf(iban, FindingCode.IbanChecksum));

            // Truncated inside the data: the LZMA stream ends early, or what decodes fails the CRC-32. (Cutting only the
            // encoder's final flush bytes loses no data: that code still decodes and passes its CRC.)
            for (int length = 40; length <= 76; length += 9)
            {
                PaymentIntent cut = PayloadTestKit.Analyze(Sample.Substring(0, length));
                Assert.AreEqual((int)PayloadKind.PayBySquare, (int)cut.Kind);
                Assert.IsFalse(cut.Accepted, length.ToString());
                Assert.IsTrue(PayloadTestKit.SeverityOf(cut, FindingCode.CrcMismatch) == (int)FindingSeverity.Error
                    || PayloadTestKit.SeverityOf(cut, FindingCode.PayloadNotDecoded) == (int)FindingSeverity.Error, PayloadTestKit.Describe(cut));
            }

            // One character changed inside the data: the decoder or the CRC-32 catches it.
            PaymentIntent edited = PayloadTestKit.Analyze(Sample.Substring(0, 40) + (Sample[40] == 'A' ? "B" : "A") + Sample.Substring(41));
            Assert.IsFalse(edited.Accepted, PayloadTestKit.Describe(edited));
            Assert.IsTrue(PayloadTestKit.SeverityOf(edited, FindingCode.CrcMismatch) == (int)FindingSeverity.Error
                || PayloadTestKit.SeverityOf(edited, FindingCode.PayloadNotDecoded) == (int)FindingSeverity.Error, PayloadTestKit.Describe(edited));
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
