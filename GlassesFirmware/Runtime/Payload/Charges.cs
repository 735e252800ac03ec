namespace GlassesFirmware.Payload
{
    /// <summary>
    /// What a code charges besides its amount and what that totals: the tip or convenience fee clause of EMVCo 55 to 57,
    /// or a bank-transfer code's total; and an amount a code states without a currency, which is not money until the
    /// wallet sets one. Part of <see cref="PaymentIntent"/>.
    /// </summary>
    public sealed class Charges
    {
        /// <summary>
        /// The amount a code states without a currency, as written ("12.50" of paypal.me/NAME/12.50, a MobilePay
        /// link's amount), or null. Spoken with "in a currency your wallet will confirm"; never sent as money
        /// (<see cref="PaymentIntent.HasAmount"/> stays false), since its minor units depend on the currency the wallet sets.
        /// </summary>
        public string AmountWithoutCurrency { get; internal set; }

        /// <summary>Tip or convenience fee mode from 55.</summary>
        public TipMode TipMode { get; internal set; }

        /// <summary>Convenience fee in minor units (fixed, or computed from the percentage).</summary>
        public long FeeMinor { get; internal set; }

        /// <summary>Percentage fee in hundredths of a percent (57 "3.5" = 350); 0 otherwise.</summary>
        public int FeeBasisPoints { get; internal set; }

        /// <summary>True when <see cref="TotalMinor"/> is known (amount present and no tip prompt).</summary>
        public bool HasTotal { get; internal set; }

        /// <summary>Amount plus convenience fee in minor units.</summary>
        public long TotalMinor { get; internal set; }
    }
}
