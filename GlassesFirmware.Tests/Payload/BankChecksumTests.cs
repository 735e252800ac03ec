using GlassesFirmware.Payload.Bank;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>The checks the bank-transfer codes share: IBAN (ISO 13616), creditor reference (ISO 11649), Swiss QR reference, BIC form.</summary>
    [TestClass]
    public class BankChecksumTests
    {
        // Published IBANs: the EPC069-12 sample (BE), the Wikimedia GiroCode (DE), the Swiss QR-bill samples (CH,
        // QR-IBAN and IBAN), the SPAYD sample (CZ), a Slovak PAY by square sample (SK), and Norway (shortest).
        [DataRow("BE72000000001616", (int)IbanStatus.Ok)]
        [DataRow("DE33100205000001194700", (int)IbanStatus.Ok)]
        [DataRow("CH4431999123000889012", (int)IbanStatus.Ok)]
        [DataRow("CH5800791123000889012", (int)IbanStatus.Ok)]
        [DataRow("CZ5855000000001265098001", (int)IbanStatus.Ok)]
        [DataRow("SK9611000000002918599669", (int)IbanStatus.Ok)]
        [DataRow("NO9386011117947", (int)IbanStatus.Ok)]
        [DataRow("BE72000000001617", (int)IbanStatus.Checksum)]
        [DataRow("DE33100205000001194770", (int)IbanStatus.Checksum)]
        [DataRow("BE7200000000161", (int)IbanStatus.Format)]
        [DataRow("DE3310020500000119470", (int)IbanStatus.Format)]
        [DataRow("de33100205000001194700", (int)IbanStatus.Format)]
        [DataRow("DE33 1002 0500 0001 1947 00", (int)IbanStatus.Format)]
        [DataRow("DEXX100205000001194700", (int)IbanStatus.Format)]
        [DataRow("", (int)IbanStatus.Format)]
        public void Iban(string iban, int expected)
        {
            byte[] b = PayloadTestKit.Ascii(iban);
            Assert.AreEqual(expected, (int)GlassesFirmware.Payload.Bank.Iban.Check(b, 0, b.Length), iban);
        }

        [DataRow("RF18539007547034", (int)IbanStatus.Ok)]
        [DataRow("RF18000000000539007547034", (int)IbanStatus.Ok)]
        [DataRow("rf18539007547034", (int)IbanStatus.Ok)]
        [DataRow("RF19539007547034", (int)IbanStatus.Checksum)]
        [DataRow("RF18539007547035", (int)IbanStatus.Checksum)]
        [DataRow("RF18", (int)IbanStatus.Format)]
        [DataRow("RF185390075470341234567890", (int)IbanStatus.Format)]
        [DataRow("RF1853900754703!", (int)IbanStatus.Format)]
        [DataRow("XX18539007547034", (int)IbanStatus.Format)]
        public void CreditorReference(string reference, int expected)
        {
            byte[] b = PayloadTestKit.Ascii(reference);
            Assert.AreEqual(expected, (int)GlassesFirmware.Payload.Bank.CreditorReference.Check(b, 0, b.Length), reference);
        }

        // The QR reference of the Swiss Implementation Guidelines' example, and planted errors.
        [DataRow("210000000003139471430009017", (int)IbanStatus.Ok)]
        [DataRow("000000000000000000000000000", (int)IbanStatus.Ok)]
        [DataRow("210000000003139471430009018", (int)IbanStatus.Checksum)]
        [DataRow("120000000003139471430009017", (int)IbanStatus.Checksum)]
        [DataRow("21000000000313947143000901", (int)IbanStatus.Format)]
        [DataRow("21000000000313947143000901A", (int)IbanStatus.Format)]
        public void SwissQrReference(string reference, int expected)
        {
            byte[] b = PayloadTestKit.Ascii(reference);
            Assert.AreEqual(expected, (int)QrReference.Check(b, 0, b.Length), reference);
        }

        [DataRow("BPOTBEB1", true)]
        [DataRow("BFSWDE33BER", true)]
        [DataRow("RZBCCZPP", true)]
        [DataRow("BPOTBEB", false)]
        [DataRow("BPOTBEB1X", false)]
        [DataRow("BP0TBEB1", false)]
        [DataRow("bpotbeb1", false)]
        public void BicForm(string bic, bool expected)
        {
            byte[] b = PayloadTestKit.Ascii(bic);
            Assert.AreEqual(expected, Bic.IsWellFormed(b, 0, b.Length), bic);
        }

        [TestMethod]
        public void RegisteredLengthsOfSepaCountries()
        {
            Assert.AreEqual(22, GlassesFirmware.Payload.Bank.Iban.RegisteredLength((byte)'D', (byte)'E'));
            Assert.AreEqual(21, GlassesFirmware.Payload.Bank.Iban.RegisteredLength((byte)'C', (byte)'H'));
            Assert.AreEqual(15, GlassesFirmware.Payload.Bank.Iban.RegisteredLength((byte)'N', (byte)'O'));
            Assert.AreEqual(0, GlassesFirmware.Payload.Bank.Iban.RegisteredLength((byte)'U', (byte)'S'));
            // "E2" straddles two entries ("AE23" "AL28"...): only a match at the start of an entry counts.
            Assert.AreEqual(0, GlassesFirmware.Payload.Bank.Iban.RegisteredLength((byte)'E', (byte)'2'));
        }
    }
}
