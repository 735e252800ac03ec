using System;
using System.Buffers;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using GlassesFirmware.Uplink.Framing;
using GlassesFirmware.Uplink.Links;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// One accepted frame-link connection (docs/protocol.md 9, docs/wallet-peer.md "Transports"), served without a
    /// thread of its own: one outstanding asynchronous read, records parsed from a buffer of one record, fragments
    /// fed to the runtime's <see cref="FrameChannel"/>, answers written asynchronously. It is closed when its peer
    /// stays silent for the idle timeout, when a started frame (or the opening control-point length) misses the
    /// frame deadline or the 1.5 s fragment gap (after ERROR Timeout), and when the wallet stops.
    /// </summary>
    internal sealed class FrameConnection : IFrameLink
    {
        private const int RecordHeaderLength = 2;

        // Largest answer frame on the wire: 8 192 bytes in fragments of at least 20, each with a record header.
        private static readonly int MaxOutputLength = FrameCommand.MaxFrameLength * 2;

        private readonly NetworkStream _stream;
        private readonly SerializedProtocol _protocol;
        private readonly PeerLimits _limits;
        private readonly byte[] _input = new byte[RecordHeaderLength + FrameLinkLimits.MaxFragmentLength];
        private int _filled;
        private int _discard;
        private int _fragmentLength;
        private byte[] _output;
        private int _outputLength;
        private FrameChannel _channel;
        private Task<int> _pending;
        private long _lastActivityMs = Environment.TickCount64;
        private long _lastByteMs;
        private long _frameStartMs;
        private bool _inFrame;
        private PeerAnswer _waiting;
        private long _nextKeepaliveMs;

        public FrameConnection(NetworkStream stream, SerializedProtocol protocol, PeerLimits limits)
        {
            _stream = stream;
            _protocol = protocol;
            _limits = limits;
        }

        /// <inheritdoc />
        public bool IsConnected { get; private set; } = true;

        /// <inheritdoc />
        public int MaxFragmentLength { get; private set; }

        /// <summary>Serves the connection until it closes; never throws for the connection's own failures.</summary>
        public async Task RunAsync(CancellationToken stop)
        {
            try
            {
                await ServeAsync(stop).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException || e is SocketException || e is ObjectDisposedException || e is OperationCanceledException || e is SimulatedCrashException)
            {
                // The connection is gone, the wallet stops, or a test's wallet "died" before answering.
            }
            finally
            {
                IsConnected = false;
                if (_output != null)
                {
                    ArrayPool<byte>.Shared.Return(_output);
                }
            }
        }

        /// <inheritdoc />
        public bool Send(byte[] data, int offset, int count)
        {
            if (count < 1 || count > MaxFragmentLength || _outputLength + RecordHeaderLength + count > MaxOutputLength)
            {
                return false;
            }

            _output ??= ArrayPool<byte>.Shared.Rent(MaxOutputLength);
            _output[_outputLength] = (byte)(count >> 8);
            _output[_outputLength + 1] = (byte)count;
            Buffer.BlockCopy(data, offset, _output, _outputLength + RecordHeaderLength, count);
            _outputLength += RecordHeaderLength + count;
            return true;
        }

        /// <inheritdoc />
        public int Receive(byte[] buffer, int offset, int capacity)
        {
            int length = _fragmentLength;
            _fragmentLength = 0;
            if (length > 0)
            {
                Buffer.BlockCopy(_input, RecordHeaderLength, buffer, offset, length);
            }

            return length;
        }

        private async Task ServeAsync(CancellationToken stop)
        {
            // The glasses open with their control-point length (uint16be), as the phone would read it on BLE.
            long opened = Environment.TickCount64;
            while (_filled < RecordHeaderLength)
            {
                int read = await ReadAsync(opened + (long)_limits.FrameDeadline.TotalMilliseconds, stop).ConfigureAwait(false);
                if (read <= 0)
                {
                    return;
                }
            }

            MaxFragmentLength = (_input[0] << 8) | _input[1];
            if (MaxFragmentLength < FrameLinkLimits.MinFragmentLength || MaxFragmentLength > FrameLinkLimits.MaxFragmentLength)
            {
                return;
            }

            Consume(RecordHeaderLength);
            while (true)
            {
                if (!await ProcessRecordsAsync().ConfigureAwait(false))
                {
                    return;
                }

                int read = await ReadAsync(NextDeadline(), stop).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                if (read < 0 && !await OnDeadlineAsync().ConfigureAwait(false))
                {
                    return;
                }
            }
        }

        // Bytes read into the record buffer; 0 when the peer closed; -1 when the deadline came first.
        private async Task<int> ReadAsync(long deadlineMs, CancellationToken stop)
        {
            _pending ??= _stream.ReadAsync(_input.AsMemory(_filled)).AsTask();
            long wait = Math.Max(1, deadlineMs - Environment.TickCount64);
            try
            {
                int read = await _pending.WaitAsync(TimeSpan.FromMilliseconds(wait), stop).ConfigureAwait(false);
                _pending = null;
                _filled += read;
                _lastByteMs = Environment.TickCount64;
                _lastActivityMs = _lastByteMs;
                return read;
            }
            catch (TimeoutException)
            {
                return -1;
            }
        }

        // When the next thing must happen: a keepalive or the end of a wait, the end of a frame, or the idle close.
        private long NextDeadline()
        {
            long now = Environment.TickCount64;
            long deadline = _inFrame
                ? Math.Min(_frameStartMs + (long)_limits.FrameDeadline.TotalMilliseconds, _lastByteMs + FrameCommand.FragmentTimeoutMs + 1)
                : _lastActivityMs + (long)_limits.IdleTimeout.TotalMilliseconds;
            if (_waiting != null)
            {
                long untilWaitEnds = _waiting.WaitUntilMs - UnixMs();
                deadline = Math.Min(deadline, now + Math.Max(0, Math.Min(untilWaitEnds, _nextKeepaliveMs - UnixMs())));
            }

            return deadline;
        }

        // A deadline passed: keep the wallet's wait going, or close (after ERROR Timeout for a started frame).
        private async Task<bool> OnDeadlineAsync()
        {
            long now = Environment.TickCount64;
            if (_waiting != null)
            {
                long unix = UnixMs();
                if (unix >= _waiting.WaitUntilMs)
                {
                    PeerAnswer wait = _waiting;
                    _waiting = null;
                    Reply(await _protocol.AnswerWaitAsync(wait, false).ConfigureAwait(false));
                }
                else if (unix >= _nextKeepaliveMs)
                {
                    Channel.SendByte(FrameCommand.Keepalive, FrameCommand.StatusUserNeeded);
                    _nextKeepaliveMs = unix + FrameCommand.KeepaliveIntervalMs;
                }

                await FlushAsync().ConfigureAwait(false);
                if (!_inFrame || now < NextDeadline())
                {
                    return true;
                }
            }

            if (_inFrame)
            {
                Channel.SendByte(FrameCommand.Error, (byte)FramingError.Timeout);
                await FlushAsync().ConfigureAwait(false);
            }

            return false;
        }

        // Feeds every whole record in the buffer to the channel and acts on each complete frame.
        private async Task<bool> ProcessRecordsAsync()
        {
            while (true)
            {
                if (_discard > 0)
                {
                    int skipped = Math.Min(_discard, _filled);
                    Consume(skipped);
                    _discard -= skipped;
                    if (_discard > 0)
                    {
                        break;
                    }
                }

                if (_filled < RecordHeaderLength)
                {
                    break;
                }

                int length = (_input[0] << 8) | _input[1];
                int recordLength = RecordHeaderLength + length;
                if (length == 0 || length > FrameLinkLimits.MaxFragmentLength)
                {
                    // Not a fragment: skipped without buffering it, and answered as a length error.
                    _fragmentLength = FrameLinkLimits.TooLong;
                    recordLength = RecordHeaderLength;
                    _discard = length;
                }
                else if (_filled < recordLength)
                {
                    break;
                }
                else
                {
                    _fragmentLength = length;
                }

                FrameResult result = Channel.Receive(Environment.TickCount64);
                Consume(recordLength);
                if (result == FrameResult.Complete && !await OnFrameAsync().ConfigureAwait(false))
                {
                    return false;
                }
            }

            bool inFrame = _filled > 0 || _discard > 0 || (_channel != null && _channel.Received.InFrame);
            if (inFrame && !_inFrame)
            {
                _frameStartMs = Environment.TickCount64;
            }

            _inFrame = inFrame;
            await FlushAsync().ConfigureAwait(false);
            return true;
        }

        private async Task<bool> OnFrameAsync()
        {
            FrameAssembler frame = _channel.Received;
            if (frame.Command == FrameCommand.Ping)
            {
                Channel.Send(FrameCommand.Ping, frame.Data, 0, frame.Length);
            }
            else if (frame.Command == FrameCommand.Cancel && _waiting != null)
            {
                PeerAnswer wait = _waiting;
                _waiting = null;
                Reply(await _protocol.AnswerWaitAsync(wait, true).ConfigureAwait(false));
            }
            else if (frame.Command == FrameCommand.Message)
            {
                PeerAnswer answer = await _protocol.HandleAsync(frame.Data.AsSpan(0, frame.Length).ToArray()).ConfigureAwait(false);
                long unix = UnixMs();
                if (answer.WaitUntilMs > unix)
                {
                    _waiting = answer;
                    Channel.SendByte(FrameCommand.Keepalive, FrameCommand.StatusUserNeeded);
                    _nextKeepaliveMs = unix + FrameCommand.KeepaliveIntervalMs;
                }
                else
                {
                    Reply(answer);
                }
            }

            return true;
        }

        private void Reply(PeerAnswer answer)
        {
            if (answer.Body != null)
            {
                Channel.Send(FrameCommand.Message, answer.Body, 0, answer.Body.Length);
            }
            else
            {
                Channel.SendByte(FrameCommand.Error, (byte)answer.Refusal);
            }
        }

        private async Task FlushAsync()
        {
            if (_outputLength > 0)
            {
                await _stream.WriteAsync(_output.AsMemory(0, _outputLength)).ConfigureAwait(false);
                _outputLength = 0;
                _lastActivityMs = Environment.TickCount64;
            }
        }

        // The channel (and its 8 KiB reassembly buffer) only once the connection sends a record.
        private FrameChannel Channel => _channel ??= new FrameChannel(this);

        private void Consume(int count)
        {
            Buffer.BlockCopy(_input, count, _input, 0, _filled - count);
            _filled -= count;
        }

        private static long UnixMs() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    }
}
