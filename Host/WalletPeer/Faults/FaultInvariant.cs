namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>What must hold after every scenario of the fault campaign.</summary>
    public enum FaultInvariant
    {
        /// <summary>At most one decision (request row) and one ledger entry per (device, request id).</summary>
        OneDecisionPerRequest,
        /// <summary>The glasses believe a payment approved exactly when the ledger books it.</summary>
        GlassesAgreeWithLedger,
        /// <summary>Every payment reaches a final answer on the glasses (asking again after an unknown one); pairing ends.</summary>
        NothingStuck,
        /// <summary>No exception escapes the glasses or the wallet; every event and answer is of a known type.</summary>
        RefusalsTyped,
    }
}
