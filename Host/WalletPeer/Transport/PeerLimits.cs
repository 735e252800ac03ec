using System;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// What the reference wallet bounds on its two listeners (docs/wallet-peer.md, "What the peer bounds"): how many
    /// connections it holds, how long it lets one sit idle or spend on a frame, and how large a request may be.
    /// The defaults are the documented values; tests shorten the timeouts.
    /// </summary>
    public sealed class PeerLimits
    {
        /// <summary>
        /// Largest routed message over HTTPS: a length byte, a device id of up to 255 bytes, and a sealed envelope of
        /// a 16 384-byte plaintext (42 bytes of header and tag, docs/protocol.md 1 and 4).
        /// </summary>
        public const int MaxRoutedLength = 1 + 255 + 42 + 16_384;

        /// <summary>Connections one listener holds at once (each listener has its own count).</summary>
        public int MaxConnections { get; init; } = 2048;

        /// <summary>Connections one remote address holds at once on one listener.</summary>
        public int MaxConnectionsPerAddress { get; init; } = 64;

        /// <summary>A connection with nothing in progress is closed after this long without a byte from its peer.</summary>
        public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// Once started, a frame (frame link), a TLS handshake or request headers (HTTPS), and the frame link's
        /// opening control-point length must be complete within this time, or the connection is closed.
        /// </summary>
        public TimeSpan FrameDeadline { get; init; } = TimeSpan.FromSeconds(5);
    }
}
