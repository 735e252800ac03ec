namespace GlassesFirmware.Decision
{
    /// <summary>Kinds of <see cref="WalletEvent"/>.</summary>
    public enum WalletEventKind
    {
        /// <summary>The event holds nothing.</summary>
        None = 0,
        /// <summary>The wallet is still working on <see cref="WalletEvent.RequestId"/> (waiting for its user or its backend).</summary>
        Keepalive = 1,
        /// <summary>An answer about <see cref="WalletEvent.RequestId"/>: see <see cref="WalletEvent.Outcome"/>.</summary>
        Decision = 2,
        /// <summary>The link to the wallet was lost; queued calls are kept and resent after reconnecting.</summary>
        LinkDown = 3,
        /// <summary>The link to the wallet is back.</summary>
        LinkUp = 4,
        /// <summary>
        /// The call about <see cref="WalletEvent.RequestId"/> could not be completed: retries exhausted, or the
        /// wallet refused it (conflicting content, unknown request). Nothing is known to be paid: query the status
        /// later; never report success.
        /// </summary>
        Failed = 5,
    }
}
