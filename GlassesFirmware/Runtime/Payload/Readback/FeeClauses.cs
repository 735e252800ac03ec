namespace GlassesFirmware.Payload.Readback
{
    /// <summary>
    /// The clause after the amount for what a code charges besides it: a fixed or percentage convenience fee, with or
    /// without the total, or a tip prompt. Part of <see cref="ReadbackLanguage"/>.
    /// </summary>
    public sealed class FeeClauses
    {
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
    }
}
