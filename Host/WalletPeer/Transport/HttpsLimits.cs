using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// Kestrel's side of <see cref="PeerLimits"/>: the listener's connection cap, keep-alive (idle) timeout, TLS
    /// handshake and request-header deadlines, the body limit, and a per-address cap in front of TLS (a connection
    /// over it is closed before the handshake).
    /// </summary>
    public static class HttpsLimits
    {
        /// <summary>Binds <paramref name="address"/>:<paramref name="port"/> over TLS with the limits applied.</summary>
        public static void Apply(KestrelServerOptions options, PeerLimits limits, IPAddress address, int port, X509Certificate2 certificate, ConnectionBudget budget)
        {
            options.AddServerHeader = false;
            options.Limits.MaxConcurrentConnections = limits.MaxConnections;
            options.Limits.MaxConcurrentUpgradedConnections = 0;
            options.Limits.KeepAliveTimeout = limits.IdleTimeout;
            options.Limits.RequestHeadersTimeout = limits.FrameDeadline;
            options.Limits.MaxRequestBodySize = PeerLimits.MaxRoutedLength;
            options.Limits.MaxRequestHeadersTotalSize = 8192;
            options.Listen(address, port, listen =>
            {
                listen.Use(next => async connection =>
                {
                    IPAddress remote = (connection.RemoteEndPoint as IPEndPoint)?.Address ?? IPAddress.None;
                    if (!budget.TryEnter(remote))
                    {
                        connection.Abort(new ConnectionAbortedException("over the per-address connection cap"));
                        return;
                    }

                    try
                    {
                        await next(connection);
                    }
                    finally
                    {
                        budget.Leave(remote);
                    }
                });
                listen.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificate = certificate, HandshakeTimeout = limits.FrameDeadline });
            });
        }
    }
}
