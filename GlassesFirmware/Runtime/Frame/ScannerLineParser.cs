using GlassesFirmware.Buffers;

namespace GlassesFirmware.Frame
{
    /// <summary>
    /// Turns the byte stream of a UART QR scanner module (M5Stack ATOM QR class, or any scanner that ends
    /// each code with a terminator) into whole payloads. A payload ends at TAB, CR or LF; empty lines (CR LF
    /// pairs) are skipped. A line that starts with a control byte N (4 to 31, not a terminator) is the
    /// module's SSI reply to a command (ACK 04 D0 00 00 FF 2C, NAK 05 D1 ...): N + 2 bytes long, dropped.
    /// A partial line older than the idle gap is dropped (noise at power-up must not prefix the next code).
    /// Completed payloads wait in a fixed ring; a payload longer than the slot is kept only as a
    /// <see cref="ScannedPayload.TooLong"/> marker, never truncated. Everything is allocated once.
    /// </summary>
    public sealed class ScannerLineParser
    {
        private const int Tab = 9;
        private const int Lf = 10;
        private const int Cr = 13;

        private readonly PayloadRing _payloads;
        private readonly byte[] _line;
        private readonly int _idleGapMs;
        private int _lineLength;
        private bool _lineTooLong;
        private int _skip;
        private long _lastByteMs;

        /// <summary>
        /// Creates a parser holding up to <paramref name="slots"/> payloads of at most
        /// <paramref name="maxPayload"/> bytes; a partial line idle for <paramref name="idleGapMs"/> is dropped.
        /// </summary>
        public ScannerLineParser(int slots, int maxPayload, int idleGapMs)
        {
            if (slots < 1 || maxPayload < 1 || idleGapMs < 1)
            {
                throw new System.ArgumentOutOfRangeException("slots");
            }

            _payloads = new PayloadRing(slots, maxPayload);
            _line = new byte[maxPayload];
            _idleGapMs = idleGapMs;
        }

        /// <summary>Completed payloads waiting for <see cref="Take"/>.</summary>
        public int Pending
        {
            get { return _payloads.Count; }
        }

        /// <summary>Payloads lost because the ring was full (the oldest is overwritten), since creation.</summary>
        public int Dropped
        {
            get { return _payloads.Dropped; }
        }

        /// <summary>Partial lines discarded after an idle gap, since creation.</summary>
        public int Garbled { get; private set; }

        /// <summary>Command replies (ACK or NAK packets) seen since creation: proof the module is there.</summary>
        public int Replies { get; private set; }

        /// <summary>Feeds <paramref name="count"/> received bytes, received at <paramref name="nowMs"/>.</summary>
        public void Feed(byte[] data, int offset, int count, long nowMs)
        {
            if ((_lineLength > 0 || _lineTooLong || _skip > 0) && nowMs - _lastByteMs > _idleGapMs)
            {
                Garbled++;
                ResetLine();
            }

            if (count > 0)
            {
                _lastByteMs = nowMs;
            }

            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                int b = data[i];
                if (_skip > 0)
                {
                    _skip--;
                    continue;
                }

                if (b == Tab || b == Cr || b == Lf)
                {
                    EndLine();
                    continue;
                }

                if (_lineLength == 0 && !_lineTooLong && b >= 4 && b < 32)
                {
                    _skip = b + 1; // the reply's remaining bytes after this length byte
                    Replies++;
                    continue;
                }

                if (_lineLength < _line.Length)
                {
                    _line[_lineLength++] = (byte)b;
                }
                else
                {
                    _lineTooLong = true;
                }
            }
        }

        /// <summary>
        /// Copies the oldest payload into <paramref name="buffer"/> at <paramref name="offset"/>: returns its
        /// length, 0 when none is waiting, or <see cref="ScannedPayload.TooLong"/> when it was longer than its
        /// slot or than <paramref name="capacity"/> (it is dropped).
        /// </summary>
        public int Take(byte[] buffer, int offset, int capacity)
        {
            return _payloads.Take(buffer, offset, capacity);
        }

        /// <summary>Drops the partial line and every waiting payload (scanner stopped).</summary>
        public void Clear()
        {
            _payloads.Clear();
            ResetLine();
        }

        private void EndLine()
        {
            if (_lineTooLong)
            {
                _payloads.PutTooLong();
            }
            else if (_lineLength > 0)
            {
                _payloads.Put(_line, 0, _lineLength);
            }

            ResetLine();
        }

        private void ResetLine()
        {
            _lineLength = 0;
            _lineTooLong = false;
            _skip = 0;
        }
    }
}
