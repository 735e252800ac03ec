namespace GlassesFirmware.Session
{
    /// <summary>
    /// nf.config limit.amount.max.minor, applied to the final amount whatever its source: the code's amount or total
    /// before anything is stored, and the amount the wallet will book (resolved by the wallet, spoken by the wearer,
    /// or the only amount of a URL code) before the readback. 0 leaves limits to the wallet.
    /// </summary>
    internal sealed class AmountLimit
    {
        private readonly long _maxMinor;

        internal AmountLimit(long maxMinor)
        {
            _maxMinor = maxMinor;
        }

        /// <summary>True when <paramref name="amountMinor"/> (minor units) is above the limit.</summary>
        internal bool Exceeds(long amountMinor)
        {
            return _maxMinor > 0 && amountMinor > _maxMinor;
        }
    }
}
