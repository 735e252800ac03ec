using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using GlassesFirmware.Uplink.Links;

namespace GlassesFirmware.Host.Adapters.Links
{
    /// <summary>
    /// The BLE frame link's stand-in on the host (docs/protocol.md 9.1): each fragment travels as
    /// <c>uint16be(length) | fragment</c> on a stream (a loopback TCP connection). Used by the glasses' side
    /// (<see cref="Connect"/>, which first sends the control-point length as uint16be) and by the reference wallet
    /// for each accepted connection (<see cref="Accept"/>). A background reader
    /// queues fragments; <see cref="Receive"/> never blocks; <see cref="Wait"/> lets a driver sleep until one comes.
    /// </summary>
    public sealed class StreamFrameLink : IFrameLink, IDisposable
    {
        private readonly Stream _stream;
        private readonly TcpClient _client;
        private readonly ConcurrentQueue<byte[]> _received = new ConcurrentQueue<byte[]>();
        private readonly SemaphoreSlim _signal = new SemaphoreSlim(0);
        private readonly object _writeLock = new object();
        private volatile bool _connected = true;

        /// <summary>Wraps an open stream; <paramref name="maxFragmentLength"/> plays the control-point length (20-512).</summary>
        public StreamFrameLink(Stream stream, int maxFragmentLength, TcpClient owner = null)
        {
            if (maxFragmentLength < FrameLinkLimits.MinFragmentLength || maxFragmentLength > FrameLinkLimits.MaxFragmentLength)
            {
                throw new ArgumentOutOfRangeException(nameof(maxFragmentLength));
            }

            _stream = stream;
            _client = owner;
            MaxFragmentLength = maxFragmentLength;
            Task.Run(ReadLoop);
        }

        /// <summary>Connects to a wallet's frame endpoint (<c>tcp://host:port</c>).</summary>
        public static StreamFrameLink Connect(string endpoint, int maxFragmentLength)
        {
            Uri uri = new Uri(endpoint);
            if (uri.Scheme != "tcp")
            {
                throw new ArgumentException("tcp://host:port expected", nameof(endpoint));
            }

            TcpClient client = new TcpClient { NoDelay = true };
            client.Connect(uri.Host, uri.Port);
            // What the phone reads from the control-point length characteristic on BLE.
            client.GetStream().Write(new[] { (byte)(maxFragmentLength >> 8), (byte)maxFragmentLength });
            return new StreamFrameLink(client.GetStream(), maxFragmentLength, client);
        }

        /// <summary>The wallet's side of an accepted connection: reads the glasses' control-point length first.</summary>
        public static StreamFrameLink Accept(TcpClient client)
        {
            byte[] length = new byte[2];
            client.GetStream().ReadExactly(length, 0, 2);
            return new StreamFrameLink(client.GetStream(), (length[0] << 8) | length[1], client);
        }

        /// <inheritdoc />
        public bool IsConnected => _connected;

        /// <inheritdoc />
        public int MaxFragmentLength { get; set; }

        /// <summary>Fragments sent so far.</summary>
        public int FragmentsSent;

        /// <inheritdoc />
        public bool Send(byte[] data, int offset, int count)
        {
            if (!_connected || count > MaxFragmentLength || count < 1)
            {
                return false;
            }

            byte[] record = new byte[2 + count];
            record[0] = (byte)(count >> 8);
            record[1] = (byte)count;
            Buffer.BlockCopy(data, offset, record, 2, count);
            try
            {
                lock (_writeLock)
                {
                    _stream.Write(record, 0, record.Length);
                    _stream.Flush();
                }

                Interlocked.Increment(ref FragmentsSent);
                return true;
            }
            catch (Exception e) when (e is IOException || e is ObjectDisposedException || e is SocketException)
            {
                _connected = false;
                _signal.Release();
                return false;
            }
        }

        /// <inheritdoc />
        public int Receive(byte[] buffer, int offset, int capacity)
        {
            if (!_received.TryDequeue(out byte[] fragment))
            {
                return 0;
            }

            if (fragment.Length > capacity)
            {
                return FrameLinkLimits.TooLong;
            }

            Buffer.BlockCopy(fragment, 0, buffer, offset, fragment.Length);
            return fragment.Length;
        }

        /// <summary>Blocks up to <paramref name="milliseconds"/> until a fragment is queued or the link drops.</summary>
        public bool Wait(int milliseconds) => !_received.IsEmpty || _signal.Wait(milliseconds);

        /// <summary>Closes the connection.</summary>
        public void Dispose()
        {
            _connected = false;
            _stream.Dispose();
            _client?.Dispose();
            _signal.Release();
        }

        private async Task ReadLoop()
        {
            byte[] head = new byte[2];
            try
            {
                while (true)
                {
                    await _stream.ReadExactlyAsync(head, 0, 2);
                    int length = (head[0] << 8) | head[1];
                    byte[] fragment = new byte[length];
                    await _stream.ReadExactlyAsync(fragment, 0, length);
                    _received.Enqueue(fragment);
                    _signal.Release();
                }
            }
            catch (Exception e) when (e is IOException || e is EndOfStreamException || e is ObjectDisposedException || e is SocketException)
            {
                _connected = false;
                _signal.Release();
            }
        }
    }
}
