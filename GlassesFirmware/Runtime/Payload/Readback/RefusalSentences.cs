namespace GlassesFirmware.Payload.Readback
{
    /// <summary>
    /// What is said for a code the glasses do not pay: a refused crypto-currency URI, a code that holds something else
    /// (a link, a Wi-Fi network, ...), anything else not accepted. Part of <see cref="ReadbackLanguage"/>.
    /// </summary>
    public sealed class RefusalSentences
    {
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
    }
}
