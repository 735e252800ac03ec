namespace GlassesFirmware.Payload.Readback
{
    /// <summary>
    /// Everything language-specific in the confirmation sentence. Adding a language means adding one
    /// table like <see cref="EnglishReadback"/> and listing it in <see cref="ReadbackLanguages"/>;
    /// <see cref="ReadbackComposer"/> stays unchanged. Templates use {0}, {1}, {2} placeholders.
    /// </summary>
    public sealed class ReadbackLanguage
    {
        /// <summary>ISO 639-1 code, also matched against 64.00.</summary>
        public string Code { get; set; }

        /// <summary>Known amount: {0} payee, {1} money, {2} fee or tip clause.</summary>
        public string Pay { get; set; }

        /// <summary>No usable amount: {0} payee, {1} currency name, {2} fee or tip clause.</summary>
        public string PayAmountNeeded { get; set; }

        /// <summary>Fixed fee clause: {0} fee money, {1} total money.</summary>
        public string FixedFee { get; set; }

        /// <summary>Fixed fee clause without an amount: {0} fee money.</summary>
        public string FixedFeeOnly { get; set; }

        /// <summary>Percentage fee clause: {0} percent, {1} fee money, {2} total money.</summary>
        public string PercentFee { get; set; }

        /// <summary>Percentage fee clause without an amount: {0} percent.</summary>
        public string PercentFeeOnly { get; set; }

        /// <summary>Tip prompt clause.</summary>
        public string Tip { get; set; }

        /// <summary>Clause after the amount for a bank-transfer code (EPC069-12, Swiss QR-bill, SPD): how the money goes.</summary>
        public string BankTransfer { get; set; }

        /// <summary>Said instead of a payee name when the payload has none.</summary>
        public string UnknownPayee { get; set; }

        /// <summary>
        /// A payee name from outside, quoted so that it cannot read as the device's own sentence: {0} the cleaned name
        /// (docs/security.md, "Text from outside"). Must contain <see cref="NameEnd"/>.
        /// </summary>
        public string NamedPayee { get; set; }

        /// <summary>The words that close a quoted name, lower case; a name that contains them is refused.</summary>
        public string NameEnd { get; set; }

        /// <summary>Appended to a name cut at the spoken-length cap.</summary>
        public string NameCut { get; set; }

        /// <summary>Said instead of a name that hides characters (bidi controls) or imitates the quoting.</summary>
        public string HiddenName { get; set; }

        /// <summary>Said before the sentence when a name mixes alphabets with look-alike letters.</summary>
        public string MixedScriptWarning { get; set; }

        /// <summary>The wallet's amount or currency differs from the code's: {0} the wallet's, {1} the code's.</summary>
        public string WalletDiffers { get; set; }

        /// <summary>The wallet's payee differs from the code's: {0} the code's quoted payee.</summary>
        public string CodePayeeDiffers { get; set; }

        /// <summary>URL-style codes: {0} scheme or host.</summary>
        public string UrlPayment { get; set; }

        /// <summary>Variant of <see cref="UrlPayment"/> for schemes said with a vowel sound first ("An Alipay payment"), or null.</summary>
        public string UrlPaymentVowel { get; set; }

        /// <summary>
        /// A URL code that states its payee, amount or currency: {0} scheme, {1} the amount (money, or
        /// <see cref="AmountInCurrency"/> or <see cref="UnknownAmount"/>), {2} the payee (quoted, or <see cref="UnknownPayee"/>).
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

        /// <summary>A refused crypto-currency payment URI: {0} the network (Bitcoin, Lightning, Ethereum).</summary>
        public string CryptoRefused { get; set; }

        /// <summary>A code that is not a payment: {0} what it holds, from <see cref="Contents"/>.</summary>
        public string NotPaymentContent { get; set; }

        /// <summary>
        /// What a code that is not a payment holds, indexed by <see cref="CodeContent"/> minus one (web link, Wi-Fi
        /// network, contact card, phone number, e-mail, text message, location, calendar event). Nothing from the
        /// code is said, not even a link's host.
        /// </summary>
        public string[] Contents { get; set; }

        /// <summary>Said for anything that is not accepted.</summary>
        public string NotPayable { get; set; }

        /// <summary>Money: {0} amount digits, {1} currency name.</summary>
        public string Money { get; set; }

        /// <summary>Sentence appended when 62.01-08 ask for input: {0} list of fields.</summary>
        public string Prompt { get; set; }

        /// <summary>Separator in the list of prompted fields.</summary>
        public string ListSeparator { get; set; }

        /// <summary>Names of 62.01 to 62.08 (index 0 is 62.01).</summary>
        public string[] PromptFields { get; set; }

        /// <summary>The session's fixed sentences besides readbacks, indexed by <see cref="SpokenPhrase"/>.</summary>
        public string[] Phrases { get; set; }

        /// <summary>Currency names as triples: ISO alphabetic code, name for exactly one unit, name for other amounts.</summary>
        public string[] Currencies { get; set; }

        /// <summary>Spoken currency name; the ISO code when the table has none.</summary>
        public string CurrencyName(string alpha, bool one)
        {
            for (int i = 0; i + 2 < Currencies.Length; i += 3)
            {
                if (Currencies[i] == alpha) return one ? Currencies[i + 1] : Currencies[i + 2];
            }

            return alpha;
        }
    }
}
