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

        /// <summary>Fee and tip clauses.</summary>
        public FeeClauses FeeClauses { get; set; }

        /// <summary>Clause after the amount for a bank-transfer code (EPC069-12, Swiss QR-bill, SPD): how the money goes.</summary>
        public string BankTransfer { get; set; }

        /// <summary>How payee names are said.</summary>
        public PayeeWords PayeeWords { get; set; }

        /// <summary>The wallet's amount or currency differs from the code's: {0} the wallet's, {1} the code's.</summary>
        public string WalletDiffers { get; set; }

        /// <summary>The wallet's payee differs from the code's: {0} the code's quoted payee.</summary>
        public string CodePayeeDiffers { get; set; }

        /// <summary>Sentences for URL-style payment codes.</summary>
        public UrlCodeSentences UrlCodeSentences { get; set; }

        /// <summary>Sentences for codes that are not paid.</summary>
        public RefusalSentences RefusalSentences { get; set; }

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
