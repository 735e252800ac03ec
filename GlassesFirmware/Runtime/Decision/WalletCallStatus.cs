namespace GlassesFirmware.Decision
{
    /// <summary>Immediate result of an <see cref="IWalletClient"/> call.</summary>
    public enum WalletCallStatus
    {
        /// <summary>Queued for sending; the answer comes through <see cref="IWalletClient.Poll"/>.</summary>
        Queued = 0,
        /// <summary>No transport reaches the wallet now; nothing was queued.</summary>
        LinkDown = 1,
        /// <summary>The outgoing queue is full; try again on a later step.</summary>
        Busy = 2,
        /// <summary>The glasses are not paired with a wallet.</summary>
        NotPaired = 3,
        /// <summary>The call was malformed (a programming error in the caller).</summary>
        Rejected = 4,
    }
}
