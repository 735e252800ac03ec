namespace GlassesFirmware.Uplink.Messages
{
    /// <summary>
    /// The keys only a Decision carries (docs/protocol.md section 6.2): outcome, decline reason and the payee the wallet
    /// resolved. The amount and currency it booked are <see cref="UplinkMessage.AmountMinor"/> and
    /// <see cref="UplinkMessage.CurrencyNumeric"/>.
    /// </summary>
    public sealed class DecisionFields
    {
        /// <summary>Key 20: the outcome (WalletOutcome).</summary>
        public int Outcome;

        /// <summary>Key 21: the decline reason (DeclineReason).</summary>
        public int Reason;

        /// <summary>Key 22: the payee the wallet resolved from its records, or null.</summary>
        public string ResolvedPayee;

        /// <summary>Clears every key.</summary>
        public void Clear()
        {
            Outcome = 0;
            Reason = 0;
            ResolvedPayee = null;
        }
    }
}
