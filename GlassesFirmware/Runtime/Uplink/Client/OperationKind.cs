namespace GlassesFirmware.Uplink.Client
{
    /// <summary>What a queued <see cref="Operation"/> sends.</summary>
    internal enum OperationKind
    {
        /// <summary>An empty queue slot.</summary>
        None = 0,

        /// <summary>A payment request (stage 0, or stage 1 carrying the confirmation).</summary>
        Payment = 1,

        /// <summary>A voice chunk.</summary>
        Voice = 2,

        /// <summary>A status query (also how an HTTPS keepalive is followed up).</summary>
        Status = 3,

        /// <summary>A cancel.</summary>
        Cancel = 4,

        /// <summary>The pairing handshake's PairHello.</summary>
        PairHello = 5,

        /// <summary>The pairing handshake's PairFinish.</summary>
        PairFinish = 6
    }
}
