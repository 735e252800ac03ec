using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// Idle connections held open on one of the peer's listeners on 127.0.0.1: each connects, does what a client
    /// must do first (the frame link's control-point length; the TLS handshake), then sends nothing. The sources
    /// are spread over 127.0.0.2 and up, below the per-address cap, so the whole count is held. Each connection
    /// notes when the peer closed it.
    /// </summary>
    internal sealed class IdleConnections : IDisposable
    {
        private readonly List<Socket> _sockets = new List<Socket>();
        private readonly List<Task<double>> _closed = new List<Task<double>>();

        private IdleConnections()
        {
        }

        /// <summary>Connections that completed their opening and are held.</summary>
        public int Held => _closed.Count;

        /// <summary>Opens <paramref name="count"/> idle connections to <paramref name="port"/> (TLS when <paramref name="tls"/>).</summary>
        public static async Task<IdleConnections> OpenAsync(int port, bool tls, int count, int perAddress)
        {
            IdleConnections idle = new IdleConnections();
            using SemaphoreSlim parallel = new SemaphoreSlim(16);
            List<Task> opening = new List<Task>();
            for (int i = 0; i < count; i++)
            {
                IPAddress source = IPAddress.Parse("127.0.0." + (2 + (i / perAddress)));
                await parallel.WaitAsync();
                opening.Add(Task.Run(async () =>
                {
                    try
                    {
                        await idle.OpenOneAsync(source, port, tls);
                    }
                    finally
                    {
                        parallel.Release();
                    }
                }));
            }

            await Task.WhenAll(opening);
            return idle;
        }

        /// <summary>
        /// Waits until the peer closed every connection or <paramref name="limit"/> passed; the connections closed and
        /// the longest time from a connection's opening to its close, in seconds.
        /// </summary>
        public async Task<(int Closed, double MaxSeconds)> WaitClosedAsync(TimeSpan limit)
        {
            Task all = Task.WhenAll(_closed);
            await Task.WhenAny(all, Task.Delay(limit));
            double[] done = _closed.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result).ToArray();
            return (done.Length, done.Length == 0 ? 0 : done.Max());
        }

        /// <summary>Closes whatever the peer left open.</summary>
        public void Dispose()
        {
            lock (_sockets)
            {
                foreach (Socket socket in _sockets)
                {
                    socket.Dispose();
                }
            }
        }

        private async Task OpenOneAsync(IPAddress source, int port, bool tls)
        {
            Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            lock (_sockets)
            {
                _sockets.Add(socket);
            }

            socket.Bind(new IPEndPoint(source, 0));
            await socket.ConnectAsync(IPAddress.Loopback, port);
            NetworkStream stream = new NetworkStream(socket, false);
            Stream opened = stream;
            if (tls)
            {
                SslStream ssl = new SslStream(stream, false, (_, _, _, _) => true);
                await ssl.AuthenticateAsClientAsync("127.0.0.1");
                opened = ssl;
            }
            else
            {
                // The frame link's opening: the control-point length, as the phone reads it on BLE.
                await stream.WriteAsync(new byte[] { 0x00, 0xb9 });
            }

            long since = Stopwatch.GetTimestamp();
            lock (_sockets)
            {
                _closed.Add(ClosedAsync(opened, since));
            }
        }

        // Completes when the peer closes the connection: seconds since it went idle.
        private static async Task<double> ClosedAsync(Stream stream, long since)
        {
            byte[] buffer = new byte[64];
            try
            {
                while (await stream.ReadAsync(buffer) > 0)
                {
                }
            }
            catch (Exception e) when (e is System.IO.IOException || e is SocketException || e is ObjectDisposedException)
            {
            }

            return Stopwatch.GetElapsedTime(since).TotalSeconds;
        }
    }
}
