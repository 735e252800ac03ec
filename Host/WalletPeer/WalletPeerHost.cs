using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Uplink.Framing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QRCoder;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// The reference wallet peer (docs/wallet-peer.md): one SQLite file, an HTTPS endpoint on 127.0.0.1 (or a given
    /// LAN address) with a
    /// self-generated certificate (kept in the database, so its fingerprint survives restarts), and the frame
    /// link over loopback TCP. Both transports feed the same <see cref="WalletProtocol"/>. Ports are kept in the
    /// database too: a restarted peer listens where the glasses' pairing says it is.
    /// </summary>
    public sealed class WalletPeerHost : IAsyncDisposable
    {
        private readonly WalletStore _store;
        private readonly SerializedProtocol _serialized;
        private readonly WebApplication _web;
        private readonly FrameLinkListener _frames;
        private readonly CancellationTokenSource _stop;
        private readonly X509Certificate2 _certificate;

        private WalletPeerHost(WalletStore store, SerializedProtocol serialized, WebApplication web, FrameLinkListener frames, CancellationTokenSource stop, X509Certificate2 certificate, int httpsPort, IPAddress address, ConnectionBudget https)
        {
            Address = address;
            _store = store;
            _serialized = serialized;
            Protocol = serialized.Protocol;
            _web = web;
            _frames = frames;
            _stop = stop;
            _certificate = certificate;
            HttpsPort = httpsPort;
            FramePort = frames.Port;
            Fingerprint = SHA256.HashData(certificate.RawData);
            HttpsConnections = https;
        }

        /// <summary>The protocol (tests hook <see cref="WalletProtocol.AfterCommit"/>).</summary>
        public WalletProtocol Protocol { get; }

        /// <summary>Connections the frame-link listener holds now.</summary>
        public ConnectionBudget FrameConnections => _frames.Budget;

        /// <summary>Connections the HTTPS listener holds now (past Kestrel's own cap).</summary>
        public ConnectionBudget HttpsConnections { get; }

        /// <summary>The store (tests count ledger rows).</summary>
        public WalletStore Store => _store;

        /// <summary>HTTPS port on 127.0.0.1.</summary>
        public int HttpsPort { get; }

        /// <summary>Frame-link (TCP) port on 127.0.0.1.</summary>
        public int FramePort { get; }

        /// <summary>SHA-256 of the HTTPS certificate (DER): the pairing QR's anchor fingerprint.</summary>
        public byte[] Fingerprint { get; }

        /// <summary>The address both listeners are bound to (127.0.0.1 unless a LAN address was asked for).</summary>
        public IPAddress Address { get; }

        /// <summary>Base URL of the HTTPS binding.</summary>
        public string HttpsEndpoint => "https://" + Address + ":" + HttpsPort + "/";

        /// <summary>The frame-link endpoint.</summary>
        public string FrameEndpoint => "tcp://" + Address + ":" + FramePort;

        /// <summary>
        /// Opens (or creates) the wallet in <paramref name="databasePath"/> and starts listening on
        /// <paramref name="address"/> (default 127.0.0.1; a LAN address lets real glasses reach it). Ports 0 mean "the
        /// ones stored, else any free one". The certificate names the address and is kept per address.
        /// <paramref name="limits"/> bounds both listeners (default: the documented <see cref="PeerLimits"/>).
        /// </summary>
        public static async Task<WalletPeerHost> StartAsync(string databasePath, DecisionPolicy policy, IVoiceVerifier voice, int httpsPort = 0, int framePort = 0, Func<long> nowMs = null, IPAddress address = null, PeerLimits limits = null)
        {
            address ??= IPAddress.Loopback;
            limits ??= new PeerLimits();
            WalletStore store = new WalletStore(databasePath);
            byte[] walletId = store.Meta("wallet_id", () => RandomNumberGenerator.GetBytes(16));
            string certificateKey = address.Equals(IPAddress.Loopback) ? "certificate" : "certificate " + address;
            X509Certificate2 certificate = X509CertificateLoader.LoadPkcs12(store.Meta(certificateKey, () => CreateCertificate(address)), null);
            // A stored port is reused; otherwise the listeners bind port 0 and the port they got is stored. Probing for
            // a free port and binding it later would let a parallel process take it in between.
            httpsPort = httpsPort != 0 ? httpsPort : StoredPort(store, "https_port");
            framePort = framePort != 0 ? framePort : StoredPort(store, "frame_port");
            WalletProtocol protocol = new WalletProtocol(store, new DotNetCryptoPrimitives(), policy, voice, walletId, certificate.RawData,
                nowMs ?? (() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));

            SerializedProtocol serialized = new SerializedProtocol(protocol);
            ConnectionBudget httpsBudget = new ConnectionBudget(limits.MaxConnections, limits.MaxConnectionsPerAddress);
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(options => HttpsLimits.Apply(options, limits, address, httpsPort, certificate, httpsBudget));
            WebApplication web = builder.Build();
            web.MapPost("/v1/uplink", (HttpContext context) => HandleHttps(serialized, context));
            await web.StartAsync();
            string bound = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>().Addresses.First();
            httpsPort = new Uri(bound).Port;
            store.Meta("https_port", () => BitConverter.GetBytes((ushort)httpsPort));

            CancellationTokenSource stop = new CancellationTokenSource();
            FrameLinkListener frames = new FrameLinkListener(address, framePort, serialized, limits, stop.Token);
            store.Meta("frame_port", () => BitConverter.GetBytes((ushort)frames.Port));
            return new WalletPeerHost(store, serialized, web, frames, stop, certificate, httpsPort, address, httpsBudget);
        }

        /// <summary>Issues a pairing offer: its QR text.</summary>
        public string CreatePairingText() => Protocol.CreateOffer(HttpsEndpoint, FrameEndpoint, Fingerprint);

        /// <summary>The QR of a pairing text as PNG bytes.</summary>
        public static byte[] PairingPng(string text)
        {
            using QRCodeGenerator generator = new QRCodeGenerator();
            using QRCodeData data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
            return new PngByteQRCode(data).GetGraphic(6);
        }

        /// <summary>Stops both listeners and closes the database.</summary>
        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _frames.Stop();
            // Open keep-alive connections would hold a graceful stop for seconds: a wallet that stops, stops.
            using (CancellationTokenSource quick = new CancellationTokenSource(TimeSpan.FromMilliseconds(200)))
            {
                await _web.StopAsync(quick.Token);
            }

            await _web.DisposeAsync();
            // A frame-link connection may still be in a batch: the database closes between batches.
            await _serialized.CloseAsync(_store.Dispose);
            _certificate.Dispose();
        }

        private static async Task HandleHttps(SerializedProtocol protocol, HttpContext context)
        {
            // Kestrel refuses a body above PeerLimits.MaxRoutedLength with 413 while it is read.
            MemoryStream body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            string key = context.Request.Headers["Idempotency-Key"].FirstOrDefault();
            if (string.IsNullOrEmpty(key))
            {
                context.Response.StatusCode = 400;
                return;
            }

            PeerAnswer answer;
            try
            {
                answer = await protocol.HandleAsync(body.ToArray(), key);
            }
            catch (SimulatedCrashException)
            {
                context.Abort();
                return;
            }

            if (answer.Body == null)
            {
                // The only transport-level refusal is UnknownDevice: it does not say whether a pairing is in progress.
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = "application/octet-stream";
            await context.Response.Body.WriteAsync(answer.Body);
        }

        private static byte[] CreateCertificate(IPAddress address)
        {
            using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            CertificateRequest request = new CertificateRequest("CN=GlassesFirmware reference wallet", key, HashAlgorithmName.SHA256);
            SubjectAlternativeNameBuilder names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(address);
            request.CertificateExtensions.Add(names.Build());
            using X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
            return certificate.Export(X509ContentType.Pkcs12);
        }

        private static int StoredPort(WalletStore store, string key)
        {
            byte[] stored = store.Meta(key, () => null);
            return stored == null ? 0 : BitConverter.ToUInt16(stored);
        }

        /// <summary>A loopback port free at the moment of asking (another process may take it before it is bound).</summary>
        public static int FreePort()
        {
            TcpListener probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }
    }

    /// <summary>Thrown by a test's <see cref="WalletProtocol.AfterCommit"/> hook: the peer "dies" before answering.</summary>
    public sealed class SimulatedCrashException : Exception
    {
    }
}
