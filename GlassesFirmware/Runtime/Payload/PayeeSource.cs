namespace GlassesFirmware.Payload
{
    /// <summary>Where the spoken payee name came from.</summary>
    public enum PayeeSource
    {
        /// <summary>No usable name in the payload: the wallet must supply it.</summary>
        None = 0,
        /// <summary>Merchant name in the wearer's language (64.01).</summary>
        Localized = 1,
        /// <summary>Merchant name (59).</summary>
        MerchantName = 2,
        /// <summary>A payee field of a URL code (UPI pn, a PayPal.me or Monzo.me name, a Cash App $cashtag, a Venmo recipient).</summary>
        CodeField = 3,
        /// <summary>Beneficiary or creditor name of a bank-transfer code (EPC069-12, Swiss QR-bill, SPD).</summary>
        AccountHolder = 4,
    }
}
