namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Where the payee is and how it is paid, besides its name: a merchant code's city and country, a bank-transfer
    /// code's account and payment reference. Part of <see cref="PaymentIntent"/>.
    /// </summary>
    public sealed class PayeeDetails
    {
        /// <summary>Merchant city (64.02 or 60), or null.</summary>
        public string City { get; internal set; }

        /// <summary>Country code from 58 (or a bank account's country), or null.</summary>
        public string Country { get; internal set; }

        /// <summary>The account a bank-transfer code pays (its IBAN, checked), or null.</summary>
        public string Account { get; internal set; }

        /// <summary>The payment reference a bank-transfer code carries (creditor reference, QR reference, variable symbol or remittance text), or null.</summary>
        public string Reference { get; internal set; }
    }
}
