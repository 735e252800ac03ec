namespace GlassesFirmware.Decision
{
    /// <summary>The wallet's answer about a request.</summary>
    public enum WalletOutcome
    {
        /// <summary>No outcome in this event.</summary>
        None = 0,
        /// <summary>Paid.</summary>
        Approved = 1,
        /// <summary>Refused; see <see cref="WalletEvent.Reason"/>.</summary>
        Declined = 2,
        /// <summary>The wallet resolved payee and amount; read them back and confirm.</summary>
        NeedsConfirmation = 3,
        /// <summary>The wallet resolved the payee but needs the amount spoken.</summary>
        NeedsAmount = 4,
        /// <summary>The wallet knows the request and has not decided yet (status query).</summary>
        Pending = 5,
        /// <summary>The wallet never received this request id (status query): nothing was paid.</summary>
        Unknown = 6,
        /// <summary>The request was withdrawn before any payment.</summary>
        Cancelled = 7,
    }
}
