using GlassesFirmware.Uplink.Links;

namespace GlassesFirmware.Uplink.Framing
{
    /// <summary>
    /// Frames over an <see cref="IFrameLink"/>: splits outgoing frames into fragments of the link's current
    /// control-point length and reassembles incoming ones. Used by the glasses' client and by the reference
    /// wallet, so both ends run the same code. A broken incoming frame is answered with an ERROR frame.
    /// </summary>
    public sealed class FrameChannel
    {
        private readonly IFrameLink _link;
        private readonly FrameAssembler _assembler = new FrameAssembler(FrameCommand.MaxFrameLength);
        private readonly byte[] _fragment = new byte[FrameLinkLimits.MaxFragmentLength];
        private readonly byte[] _single = new byte[1];
        private FramingError _lastError;

        /// <summary>Frames over <paramref name="link"/>.</summary>
        public FrameChannel(IFrameLink link)
        {
            if (link == null)
            {
                throw new System.ArgumentNullException("link");
            }

            _link = link;
        }

        /// <summary>The underlying link.</summary>
        public IFrameLink Link
        {
            get { return _link; }
        }

        /// <summary>The reassembler: after <see cref="FrameResult.Complete"/>, its Command, Data and Length.</summary>
        public FrameAssembler Received
        {
            get { return _assembler; }
        }

        /// <summary>Sends one frame; false when the link refused a fragment (the frame is then lost).</summary>
        public bool Send(byte command, byte[] data, int offset, int count)
        {
            int maxFragment = ClampedFragmentLength();
            int fragments = FrameSplitter.FragmentCount(count, maxFragment);
            if (fragments < 0 || !_link.IsConnected)
            {
                return false;
            }

            for (int i = 0; i < fragments; i++)
            {
                int length = FrameSplitter.Fragment(command, data, offset, count, i, maxFragment, _fragment);
                if (!_link.Send(_fragment, 0, length))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Sends a one-byte frame (KEEPALIVE status or ERROR code).</summary>
        public bool SendByte(byte command, byte value)
        {
            _single[0] = value;
            return Send(command, _single, 0, 1);
        }

        /// <summary>
        /// Reads fragments until a frame completes, one fails, or none is left. A failed frame is answered with
        /// ERROR and reported as <see cref="FrameResult.Error"/> with its cause in <see cref="LastError"/>.
        /// </summary>
        public FrameResult Receive(long nowMs)
        {
            int maxFragment = ClampedFragmentLength();
            FrameResult result = _assembler.CheckTimeout(nowMs);
            FramingError error = _assembler.Error;
            while (result == FrameResult.NeedMore)
            {
                int length = _link.Receive(_fragment, 0, _fragment.Length);
                if (length == 0)
                {
                    return FrameResult.NeedMore;
                }

                if (length < 0)
                {
                    _assembler.Reset();
                    result = FrameResult.Error;
                    error = FramingError.InvalidLength;
                    break;
                }

                result = _assembler.Accept(_fragment, 0, length, maxFragment, nowMs);
                error = _assembler.Error;
            }

            if (result == FrameResult.Complete && !WellFormedControl())
            {
                result = FrameResult.Error;
                error = FramingError.InvalidParameter;
            }

            if (result == FrameResult.Error)
            {
                _lastError = error;
                SendByte(FrameCommand.Error, (byte)error);
            }

            return result;
        }

        /// <summary>The cause of the last <see cref="FrameResult.Error"/> from <see cref="Receive"/>.</summary>
        public FramingError LastError
        {
            get { return _lastError; }
        }

        // KEEPALIVE and ERROR carry exactly one byte, CANCEL none.
        private bool WellFormedControl()
        {
            byte command = _assembler.Command;
            if (command == FrameCommand.Keepalive || command == FrameCommand.Error)
            {
                return _assembler.Length == 1;
            }

            return command != FrameCommand.Cancel || _assembler.Length == 0;
        }

        private int ClampedFragmentLength()
        {
            int length = _link.MaxFragmentLength;
            if (length < FrameLinkLimits.MinFragmentLength)
            {
                return FrameLinkLimits.MinFragmentLength;
            }

            return length > FrameLinkLimits.MaxFragmentLength ? FrameLinkLimits.MaxFragmentLength : length;
        }
    }
}
