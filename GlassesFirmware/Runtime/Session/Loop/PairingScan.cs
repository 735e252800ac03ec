using GlassesFirmware.Frame;

namespace GlassesFirmware.Session.Loop
{
    /// <summary>
    /// Looks for the wallet's pairing QR (text <c>GFW1:…</c>, docs/protocol.md 7.1) with the session's
    /// <see cref="CodeScanner"/> while the session is idle, at 5 decodes per second; other codes are ignored.
    /// </summary>
    public sealed class PairingScan : ICodeSink
    {
        /// <summary>Longest pairing text accepted (the offer is about 190 characters).</summary>
        public const int MaxText = 512;

        private const int DecodeIntervalMs = 200;

        private static readonly byte[] Prefix = { (byte)'G', (byte)'F', (byte)'W', (byte)'1', (byte)':' };

        private readonly CodeScanner _scanner;
        private readonly byte[] _text = new byte[MaxText];
        private int _length;
        private bool _running;

        /// <summary>Scans with <paramref name="scanner"/>, the session's.</summary>
        public PairingScan(CodeScanner scanner)
        {
            _scanner = scanner;
        }

        /// <summary>True between <see cref="Start"/> and <see cref="Stop"/> or <see cref="Release"/>.</summary>
        public bool IsRunning
        {
            get { return _running; }
        }

        /// <summary>The pairing text found by the last <see cref="Poll"/> (its length is what Poll returned).</summary>
        public byte[] Text
        {
            get { return _text; }
        }

        /// <summary>Starts the capture source; false when there is none or it failed.</summary>
        public bool Start(long nowMs)
        {
            _running = _scanner.Start(nowMs);
            return _running;
        }

        /// <summary>Stops the capture source and wipes the text.</summary>
        public void Stop()
        {
            if (_running)
            {
                _scanner.Stop();
            }
            Release();
        }

        /// <summary>Stops looking without stopping the capture source: the session has taken it for a payment.</summary>
        public void Release()
        {
            _running = false;
            System.Array.Clear(_text, 0, _text.Length);
        }

        /// <summary>Looks once when a look is due; returns the length of a pairing text found in <see cref="Text"/>, else 0.</summary>
        public int Poll(long nowMs)
        {
            if (!_running || !_scanner.Capture(nowMs, DecodeIntervalMs))
            {
                return 0;
            }
            _length = 0;
            _scanner.Read(this);
            return _length;
        }

        /// <inheritdoc />
        public void OnCode(byte[] payload, int length)
        {
            if (_length == 0 && length <= MaxText && IsPairingText(payload, length))
            {
                System.Array.Copy(payload, _text, length);
                _length = length;
            }
        }

        /// <inheritdoc />
        public void OnTooLong()
        {
            // Longer than any pairing offer: not one.
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
