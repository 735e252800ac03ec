namespace GlassesFirmware.Uplink.Links
{
    /// <summary>
    /// A datagram link to the paired wallet's phone that carries framing fragments (docs/protocol.md,
    /// "BLE binding"): on the device one fragment is one GATT notification (glasses to phone) or one write to
    /// the control point (phone to glasses); on the host one length-prefixed record on a loopback TCP
    /// connection. The portable framing (Uplink/Framing) splits messages into fragments no longer than
    /// <see cref="MaxFragmentLength"/> and reassembles them; the link only moves whole fragments, in order,
    /// without merging or splitting them. Non-blocking; implementations must not throw.
    /// </summary>
    public interface IFrameLink
    {
        /// <summary>True while a bonded (LE Secure Connections) peer is connected and subscribed.</summary>
        bool IsConnected { get; }

        /// <summary>
        /// Largest fragment in bytes, 20 to 512: the control-point length the glasses publish, bounded by
        /// the negotiated ATT MTU minus 3. May change while connected; read it before each message.
        /// </summary>
        int MaxFragmentLength { get; }

        /// <summary>
        /// Sends one fragment (<paramref name="count"/> bytes from <paramref name="offset"/>, at most
        /// <see cref="MaxFragmentLength"/>). Returns false when it was not accepted (not connected, queue
        /// full); the caller keeps the fragment and the framing treats the message as lost.
        /// </summary>
        bool Send(byte[] data, int offset, int count);

        /// <summary>
        /// Copies the oldest received fragment into <paramref name="buffer"/> and returns its length; 0 when
        /// nothing arrived; <see cref="FrameLinkLimits.TooLong"/> when the fragment did not fit in
        /// <paramref name="capacity"/> (it is dropped, the framing reports a length error).
        /// </summary>
        int Receive(byte[] buffer, int offset, int capacity);
    }
}
