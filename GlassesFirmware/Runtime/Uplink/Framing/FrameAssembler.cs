namespace GlassesFirmware.Uplink.Framing
{
    /// <summary>
    /// Reassembles fragments into frames (docs/protocol.md 9.2). Checks, in order: a fragment is 1 .. control-point
    /// length bytes; an initial fragment has a known command, a length within the limit and at least its 3 header
    /// bytes, and does not interrupt another frame; a continuation follows an initial fragment, carries the next
    /// sequence number and 1 .. (declared - received) data bytes; fragments of one frame come within
    /// <see cref="FrameCommand.FragmentTimeoutMs"/> of each other. Any failure drops the partial frame and reports
    /// one typed <see cref="FramingError"/>; the assembler is then ready for a new frame. No allocation per fragment.
    /// </summary>
    public sealed class FrameAssembler
    {
        private readonly byte[] _buffer;
        private int _command;
        private int _expected;
        private int _received;
        private int _nextSequence;
        private long _lastFragmentMs;
        private bool _inFrame;
        private FramingError _error;

        /// <summary>Accepts frames of up to <paramref name="maxFrameLength"/> data bytes.</summary>
        public FrameAssembler(int maxFrameLength)
        {
            if (maxFrameLength < 1 || maxFrameLength > 65535)
            {
                throw new System.ArgumentOutOfRangeException("maxFrameLength");
            }

            _buffer = new byte[maxFrameLength];
        }

        /// <summary>The command of the completed frame.</summary>
        public byte Command
        {
            get { return (byte)_command; }
        }

        /// <summary>The completed frame's data (the assembler's own buffer: copy before the next fragment).</summary>
        public byte[] Data
        {
            get { return _buffer; }
        }

        /// <summary>Data bytes of the completed frame.</summary>
        public int Length
        {
            get { return _expected; }
        }

        /// <summary>The error behind the last <see cref="FrameResult.Error"/>.</summary>
        public FramingError Error
        {
            get { return _error; }
        }

        /// <summary>True while a frame is partly received.</summary>
        public bool InFrame
        {
            get { return _inFrame; }
        }

        /// <summary>Drops any partial frame.</summary>
        public void Reset()
        {
            _inFrame = false;
            _received = 0;
            _expected = 0;
            _nextSequence = 0;
        }

        /// <summary>
        /// Reports <see cref="FramingError.Timeout"/> (once) when a partial frame waited longer than
        /// <see cref="FrameCommand.FragmentTimeoutMs"/> for its next fragment.
        /// </summary>
        public FrameResult CheckTimeout(long nowMs)
        {
            if (_inFrame && nowMs - _lastFragmentMs > FrameCommand.FragmentTimeoutMs)
            {
                return Fail(FramingError.Timeout);
            }

            return FrameResult.NeedMore;
        }

        /// <summary>Takes one fragment received at <paramref name="nowMs"/> with the link's current control-point length.</summary>
        public FrameResult Accept(byte[] fragment, int offset, int count, int maxFragment, long nowMs)
        {
            if (CheckTimeout(nowMs) == FrameResult.Error)
            {
                // The stale frame is dropped; this fragment is judged on its own below.
                _error = FramingError.None;
            }

            if (count < 1 || count > maxFragment)
            {
                return Fail(FramingError.InvalidLength);
            }

            byte head = fragment[offset];
            if ((head & 0x80) != 0)
            {
                if (_inFrame)
                {
                    return Fail(FramingError.InvalidSequence);
                }

                if (!FrameCommand.IsKnown(head))
                {
                    return Fail(FramingError.InvalidCommand);
                }

                if (count < FrameCommand.InitHeaderLength)
                {
                    return Fail(FramingError.InvalidLength);
                }

                int declared = (fragment[offset + 1] << 8) | fragment[offset + 2];
                int data = count - FrameCommand.InitHeaderLength;
                if (declared > _buffer.Length || data > declared)
                {
                    return Fail(FramingError.InvalidLength);
                }

                _command = head;
                _expected = declared;
                _received = data;
                _nextSequence = 0;
                System.Array.Copy(fragment, offset + FrameCommand.InitHeaderLength, _buffer, 0, data);
            }
            else
            {
                if (!_inFrame)
                {
                    return Fail(FramingError.InvalidCommand);
                }

                if (head != _nextSequence)
                {
                    return Fail(FramingError.InvalidSequence);
                }

                int data = count - 1;
                if (data == 0 || data > _expected - _received)
                {
                    return Fail(FramingError.InvalidLength);
                }

                System.Array.Copy(fragment, offset + 1, _buffer, _received, data);
                _received += data;
                _nextSequence = (_nextSequence + 1) & 0x7F;
            }

            _lastFragmentMs = nowMs;
            if (_received == _expected)
            {
                _inFrame = false;
                _error = FramingError.None;
                return FrameResult.Complete;
            }

            _inFrame = true;
            return FrameResult.NeedMore;
        }

        private FrameResult Fail(FramingError error)
        {
            Reset();
            _error = error;
            return FrameResult.Error;
        }
    }
}
