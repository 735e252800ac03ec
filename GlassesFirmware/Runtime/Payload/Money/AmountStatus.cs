namespace GlassesFirmware.Payload.Money
{
    /// <summary>Result of reading an EMVCo amount.</summary>
    public enum AmountStatus
    {
        /// <summary>Well-formed, non-zero and exactly representable in minor units.</summary>
        Ok = 0,
        /// <summary>Not 1-13 characters of digits with at most one '.' (first character a digit).</summary>
        Malformed,
        /// <summary>Well-formed but zero.</summary>
        Zero,
        /// <summary>Well-formed, but non-zero digits beyond the currency exponent: no exact minor-unit value.</summary>
        Inexact,
    }
}
