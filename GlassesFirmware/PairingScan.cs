using GlassesFirmware.Frame;
using GlassesFirmware.Qr;

namespace GlassesFirmware
{
    /// <summary>
    /// Looks for the wallet's pairing QR (text <c>GFW1:…</c>, docs/protocol.md 7.1) after the pairing gesture,
    /// with the capture source the session uses: the UART scanner's text, or camera frames through the
    /// on-device decoder at 5 frames per second. The camera path allocates its frame and decoder only while
    /// pairing, so they are not part of the payment memory plan.
    /// </summary>
    public sealed class PairingScan
    {
        /// <summary>Longest pairing text accepted (the offer is about 190 characters).</summary>
        public const int MaxText = 512;

        private const int DecodeIntervalMs = 200;

        private static readonly byte[] Prefix = { (byte)'G', (byte)'F', (byte)'W', (byte)'1', (byte)':' };

        private readonly IFrameSource _camera;
        private readonly IScannedPayloadSource _scanner;
        private byte[] _frame;
        private QrDecoder _decoder;
        private QrResultSet _codes;
        private long _nextDecodeMs;
        private bool _running;

        /// <summary>Scans with <paramref name="camera"/> or <paramref name="scanner"/> (one may be null).</summary>
        public PairingScan(IFrameSource camera, IScannedPayloadSource scanner)
        {
            _camera = camera;
            _scanner = scanner;
        }

        /// <summary>True between <see cref="Start"/> and <see cref="Stop"/>.</summary>
        public bool IsRunning
        {
            get { return _running; }
        }

        /// <summary>Starts the capture source; false when there is none or it failed.</summary>
        public bool Start()
        {
            if (_scanner != null)
            {
                _running = _scanner.Start();
            }
            else if (_camera != null && _camera.Start())
            {
                _frame = new byte[_camera.Stride * _camera.Height];
                _decoder = new QrDecoder(_camera.Width, _camera.Height);
                _codes = new QrResultSet();
                _running = true;
            }

            return _running;
        }

        /// <summary>Stops the capture source and releases the camera buffers.</summary>
        public void Stop()
        {
            if (!_running)
            {
                return;
            }

            _running = false;
            if (_scanner != null)
            {
                _scanner.Stop();
            }
            else
            {
                _camera.Stop();
                _frame = null;
                _decoder = null;
                _codes = null;
            }
        }

        /// <summary>
        /// Copies a pairing QR's text into <paramref name="text"/> (at least <see cref="MaxText"/> bytes) and
        /// returns its length; 0 while none was seen. Other codes are ignored.
        /// </summary>
        public int Poll(byte[] text, long nowMs)
        {
            if (!_running)
            {
                return 0;
            }

            if (_scanner != null)
            {
                int n = _scanner.Read(text, 0, MaxText);
                return n > 0 && IsPairingText(text, n) ? n : 0;
            }

            if (nowMs < _nextDecodeMs || !_camera.Capture(_frame))
            {
                return 0;
            }

            _nextDecodeMs = nowMs + DecodeIntervalMs;
            _decoder.Decode(_frame, _camera.Width, _camera.Height, _camera.Stride, _codes);
            for (int i = 0; i < _codes.Count; i++)
            {
                byte[] payload = _codes.Get(i).Payload;
                if (payload != null && payload.Length <= MaxText && IsPairingText(payload, payload.Length))
                {
                    System.Array.Copy(payload, text, payload.Length);
                    return payload.Length;
                }
            }

            return 0;
        }

        private static bool IsPairingText(byte[] text, int length)
        {
            if (length <= Prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < Prefix.Length; i++)
            {
                if (text[i] != Prefix[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
