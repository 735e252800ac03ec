using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading.Tasks;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Uplink.Framing;
using GlassesFirmware.Uplink.Messages;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// What the reference wallet bounds (docs/wallet-peer.md): idle and stalled connections are closed, a remote
    /// address over its connection cap is refused with ERROR Busy, and the HTTPS body limit fits a sealed 16 KiB
    /// plaintext but nothing larger. Short timeouts; the assertions wait generously, they do not time anything.
    /// </summary>
    [Collection(LoopbackPeers.Name)]
    public class WalletPeerBoundsTests
    {
        private static readonly PeerLimits Short = new PeerLimits { IdleTimeout = TimeSpan.FromMilliseconds(400), FrameDeadline = TimeSpan.FromMilliseconds(400), MaxConnectionsPerAddress = 2 };

        [Fact]
        public async Task AnIdleFrameLinkConnectionIsClosedAfterTheIdleTimeout()
        {
            await using Peer peer = await Peer.StartAsync(Short);
            using TcpClient idle = await ConnectAsync(peer.Host, IPAddress.Loopback);
            await idle.GetStream().WriteAsync(new byte[] { 0x00, 0x40 });
            Assert.Equal(0, await ReadToEndAsync(idle.GetStream(), new MemoryStream()));
        }

        [Fact]
        public async Task AStalledFrameGetsErrorTimeoutAndTheConnectionIsClosed()
        {
            await using Peer peer = await Peer.StartAsync(Short);
            using TcpClient stalled = await ConnectAsync(peer.Host, IPAddress.Loopback);
            // Control-point length 64, then the initial fragment of a 100-byte PING that never continues.
            byte[] opening = new byte[2 + 2 + 64];
            opening[1] = 64;
            opening[3] = 64;
            opening[4] = FrameCommand.Ping;
            opening[6] = 100;
            await stalled.GetStream().WriteAsync(opening);
            MemoryStream received = new MemoryStream();
            Assert.Equal(0, await ReadToEndAsync(stalled.GetStream(), received));
            Assert.Equal(new byte[] { 0x00, 0x04, FrameCommand.Error, 0x00, 0x01, (byte)FramingError.Timeout }, received.ToArray());
        }

        [Theory]
        [InlineData(0)]
        [InlineData(19)]
        [InlineData(513)]
        [InlineData(65535)]
        public async Task AControlPointLengthOutside20To512ClosesTheConnectionWithoutAnAnswer(int length)
        {
            await using Peer peer = await Peer.StartAsync(Short);
            using TcpClient client = await ConnectAsync(peer.Host, IPAddress.Loopback);
            // Then a PING record, which the peer must not answer.
            await client.GetStream().WriteAsync(new byte[] { (byte)(length >> 8), (byte)length, 0x00, 0x03, FrameCommand.Ping, 0x00, 0x00 });
            MemoryStream received = new MemoryStream();
            Assert.Equal(0, await ReadToEndAsync(client.GetStream(), received));
            Assert.Empty(received.ToArray());
        }

        [Theory]
        [InlineData(0)]
        [InlineData(513)]
        public async Task ARecordOf0OrMoreThan512BytesIsSkippedAndAnsweredWithInvalidLength(int length)
        {
            await using Peer peer = await Peer.StartAsync(Short);
            using TcpClient client = await ConnectAsync(peer.Host, IPAddress.Loopback);
            NetworkStream stream = client.GetStream();
            byte[] record = new byte[2 + 2 + length];
            record[1] = 64;
            record[2] = (byte)(length >> 8);
            record[3] = (byte)length;
            await stream.WriteAsync(record);
            byte[] error = new byte[6];
            await stream.ReadExactlyAsync(error);
            Assert.Equal(new byte[] { 0x00, 0x04, FrameCommand.Error, 0x00, 0x01, (byte)FramingError.InvalidLength }, error);

            // The connection goes on: the next record is read as a fragment.
            await stream.WriteAsync(new byte[] { 0x00, 0x04, FrameCommand.Ping, 0x00, 0x01, 0x5a });
            byte[] echo = new byte[6];
            await stream.ReadExactlyAsync(echo);
            Assert.Equal(new byte[] { 0x00, 0x04, FrameCommand.Ping, 0x00, 0x01, 0x5a }, echo);
        }

        [Fact]
        public async Task AnIdleHttpsConnectionIsClosedAfterTheIdleTimeout()
        {
            await using Peer peer = await Peer.StartAsync(Short);
            using TcpClient idle = await ConnectAsync(peer.Host, IPAddress.Loopback, peer.Host.HttpsPort);
            using System.Net.Security.SslStream tls = new System.Net.Security.SslStream(idle.GetStream(), false, (_, _, _, _) => true);
            await tls.AuthenticateAsClientAsync("127.0.0.1");
            Assert.Equal(0, await ReadToEndAsync(tls, new MemoryStream()));
        }

        [Fact]
        public async Task AnAddressOverItsConnectionCapIsRefusedWithBusyAndOthersAreStillServed()
        {
            await using Peer peer = await Peer.StartAsync(new PeerLimits { MaxConnectionsPerAddress = 2 });
            using TcpClient first = await OpenFrameLinkAsync(peer.Host, IPAddress.Loopback);
            using TcpClient second = await OpenFrameLinkAsync(peer.Host, IPAddress.Loopback);
            using TcpClient third = await ConnectAsync(peer.Host, IPAddress.Loopback);
            MemoryStream refusal = new MemoryStream();
            Assert.Equal(0, await ReadToEndAsync(third.GetStream(), refusal));
            Assert.Equal(new byte[] { 0x00, 0x04, FrameCommand.Error, 0x00, 0x01, (byte)FramingError.Busy }, refusal.ToArray());

            // Another address has its own places, and the first two connections are still served.
            using TcpClient other = await OpenFrameLinkAsync(peer.Host, IPAddress.Parse("127.0.0.2"));
            foreach (TcpClient served in new[] { first, other })
            {
                await served.GetStream().WriteAsync(new byte[] { 0x00, 0x04, FrameCommand.Ping, 0x00, 0x01, 0x2a });
                byte[] echo = new byte[6];
                await served.GetStream().ReadExactlyAsync(echo);
                Assert.Equal(new byte[] { 0x00, 0x04, FrameCommand.Ping, 0x00, 0x01, 0x2a }, echo);
            }
        }

        [Fact]
        public async Task HttpsTakesASealed16KiBPlaintextAndRefusesALargerBodyWith413()
        {
            await using UplinkRig rig = await UplinkRig.StartAsync(false, true);
            rig.Pair();
            HandSealedGlasses glasses = HandSealedGlasses.Paired(rig.Store);
            byte[] largest = glasses.Route(new byte[16_384], rig.Client.Counters.LastSent + 1000);
            (HttpStatusCode status, byte[] body) = await PostAsync(rig.Peer, largest);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(WireError.Malformed, glasses.Open(body).ErrorCode);

            byte[] tooLarge = new byte[PeerLimits.MaxRoutedLength + 1];
            largest.CopyTo(tooLarge, 0);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync(rig.Peer, tooLarge)).Status);
        }

        private static async Task<TcpClient> ConnectAsync(WalletPeerHost peer, IPAddress source, int port = 0)
        {
            TcpClient client = new TcpClient(new IPEndPoint(source, 0));
            await client.ConnectAsync(IPAddress.Loopback, port == 0 ? peer.FramePort : port);
            return client;
        }

        // A frame-link connection past its opening: the peer answered a PING on it.
        private static async Task<TcpClient> OpenFrameLinkAsync(WalletPeerHost peer, IPAddress source)
        {
            TcpClient client = await ConnectAsync(peer, source);
            await client.GetStream().WriteAsync(new byte[] { 0x00, 0x40, 0x00, 0x03, FrameCommand.Ping, 0x00, 0x00 });
            byte[] echo = new byte[5];
            await client.GetStream().ReadExactlyAsync(echo);
            return client;
        }

        // Reads until the peer closes (what it read goes to `into`); 0 then, or -1 if it is still open after 10 s.
        private static async Task<int> ReadToEndAsync(Stream stream, MemoryStream into)
        {
            byte[] buffer = new byte[256];
            Task copy = Task.Run(async () =>
            {
                int read;
                try
                {
                    while ((read = await stream.ReadAsync(buffer)) > 0)
                    {
                        into.Write(buffer, 0, read);
                    }
                }
                catch (IOException)
                {
                }
            });
            return await Task.WhenAny(copy, Task.Delay(TimeSpan.FromSeconds(10))) == copy ? 0 : -1;
        }

        private static async Task<(HttpStatusCode Status, byte[] Body)> PostAsync(WalletPeerHost peer, byte[] body)
        {
            using HttpClientHandler handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
            using HttpClient http = new HttpClient(handler);
            using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, peer.HttpsEndpoint + "v1/uplink") { Content = new ByteArrayContent(body) };
            request.Headers.Add("Idempotency-Key", "c1");
            using HttpResponseMessage response = await http.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
        }

        // A peer with the given limits in a temporary database.
        private sealed class Peer : IAsyncDisposable
        {
            private readonly string _directory;

            private Peer(string directory, WalletPeerHost host)
            {
                _directory = directory;
                Host = host;
            }

            public WalletPeerHost Host { get; }

            public static async Task<Peer> StartAsync(PeerLimits limits)
            {
                string directory = Directory.CreateTempSubdirectory("peer-bounds-").FullName;
                WalletPeerHost host = await WalletPeerHost.StartAsync(Path.Combine(directory, "wallet.db"), new DecisionPolicy(), new MarkerVoiceVerifier(), limits: limits);
                return new Peer(directory, host);
            }

            public async ValueTask DisposeAsync()
            {
                await Host.DisposeAsync();
                Directory.Delete(_directory, true);
            }
        }
    }
}
