namespace GlassesFirmware.Uplink.Channel
{
    /// <summary>
    /// Where a <see cref="UplinkChannel"/> gets its envelope counters (docs/protocol.md 8): the glasses keep them in
    /// flash blocks (<see cref="Pairing.CounterStore"/>), the wallet in its database, a handshake in memory
    /// (<see cref="VolatileCounters"/>). Recording a counter accepted from the peer is the caller's decision, made
    /// once the message is accepted, so the port only reads it.
    /// </summary>
    public interface IChannelCounters
    {
        /// <summary>
        /// Reserves the next counter to send under, made durable before it is handed out; false (and 0) when it
        /// cannot be: the message must then not be sent.
        /// </summary>
        bool TryNext(out ulong counter);

        /// <summary>The highest counter accepted from the peer (0 before the first).</summary>
        ulong LastReceived { get; }
    }
}
