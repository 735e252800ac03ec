namespace GlassesFirmware.Payload.Readback
{
    /// <summary>
    /// The sentences for URL-style payment codes (UPI, PayPal.me, wallet links), which may state no payee, amount or
    /// currency. Part of <see cref="ReadbackLanguage"/>.
    /// </summary>
    public sealed class UrlCodeSentences
    {
        /// <summary>URL-style codes: {0} scheme or host.</summary>
        public string UrlPayment { get; set; }

        /// <summary>Variant of <see cref="UrlPayment"/> for schemes said with a vowel sound first ("An Alipay payment"), or null.</summary>
        public string UrlPaymentVowel { get; set; }

        /// <summary>
        /// A URL code that states its payee, amount or currency: {0} scheme, {1} the amount (money, or
        /// <see cref="AmountInCurrency"/> or <see cref="UnknownAmount"/>), {2} the payee (quoted, or <see cref="PayeeWords.UnknownPayee"/>).
        /// </summary>
        public string SchemePay { get; set; }

        /// <summary>Variant of <see cref="SchemePay"/> for schemes said with a vowel sound first, or null.</summary>
        public string SchemePayVowel { get; set; }

        /// <summary>Said for the amount of a URL code that states none.</summary>
        public string UnknownAmount { get; set; }

        /// <summary>Said for the amount of a URL code that states only its currency: {0} currency name.</summary>
        public string AmountInCurrency { get; set; }

        /// <summary>An amount a code states without its currency ({0}: the amount as written), e.g. "{0} in a currency your wallet will confirm".</summary>
        public string AmountWithoutCurrency { get; set; }
    }
}
