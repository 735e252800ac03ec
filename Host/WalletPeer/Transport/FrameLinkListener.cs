using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using GlassesFirmware.Uplink.Framing;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// The frame-link listener (loopback TCP standing in for BLE): accepts connections asynchronously, refuses one
    /// over the listener's or its address's cap with ERROR Busy and a close, and serves the others as
    /// <see cref="FrameConnection"/>s, none of which holds a thread while it waits.
    /// </summary>
    public sealed class FrameLinkListener
    {
        // ERROR Busy as one record: uint16be(4) | ERROR, frame length 1, Busy. It fits any control-point length.
        private static readonly byte[] BusyRecord = { 0x00, 0x04, FrameCommand.Error, 0x00, 0x01, (byte)FramingError.Busy };

        private readonly TcpListener _listener;
        private readonly SerializedProtocol _protocol;
        private readonly PeerLimits _limits;
        private readonly CancellationToken _stop;

        /// <summary>Starts listening on <paramref name="address"/>:<paramref name="port"/> (0 for any free port).</summary>
        public FrameLinkListener(IPAddress address, int port, SerializedProtocol protocol, PeerLimits limits, CancellationToken stop)
        {
            _protocol = protocol;
            _limits = limits;
            _stop = stop;
            Budget = new ConnectionBudget(limits.MaxConnections, limits.MaxConnectionsPerAddress);
            _listener = new TcpListener(address, port);
            _listener.Start(1024);
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _ = AcceptLoop();
        }

        /// <summary>The port listened on.</summary>
        public int Port { get; }

        /// <summary>The connections held now, in all and per address.</summary>
        public ConnectionBudget Budget { get; }

        /// <summary>Stops accepting (open connections end when the stop token fires).</summary>
        public void Stop() => _listener.Stop();

        private async Task AcceptLoop()
        {
            while (!_stop.IsCancellationRequested)
            {
                Socket socket;
                try
                {
                    socket = await _listener.AcceptSocketAsync(_stop).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException || e is SocketException || e is ObjectDisposedException)
                {
                    return;
                }

                socket.NoDelay = true;
                IPAddress remote = ((IPEndPoint)socket.RemoteEndPoint).Address;
                _ = Budget.TryEnter(remote) ? ServeAsync(socket, remote) : RefuseAsync(socket);
            }
        }

        private async Task ServeAsync(Socket socket, IPAddress remote)
        {
            try
            {
                using NetworkStream stream = new NetworkStream(socket, true);
                await new FrameConnection(stream, _protocol, _limits).RunAsync(_stop).ConfigureAwait(false);
            }
            finally
            {
                Budget.Leave(remote);
            }
        }

        private static async Task RefuseAsync(Socket socket)
        {
            using (socket)
            {
                try
                {
                    await socket.SendAsync(BusyRecord, SocketFlags.None).ConfigureAwait(false);
                    socket.Shutdown(SocketShutdown.Both);
                }
                catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
                {
                    // Gone already: nothing to tell it.
                }
            }
        }
    }
}
