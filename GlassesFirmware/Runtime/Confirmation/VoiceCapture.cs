namespace GlassesFirmware.Confirmation
{
    /// <summary>
    /// Microphone to voice chunks: reads whole 20 ms frames from an <see cref="IMicrophone"/>, runs the
    /// <see cref="VoiceActivityDetector"/>, and encodes the frames of an utterance (its pre-roll first) into
    /// blocks of its <see cref="IVoiceEncoder"/> for an <see cref="IVoiceSink"/>. Without a sink it only detects speech (the voice
    /// trigger). Buffers are allocated once; a pump allocates nothing.
    /// </summary>
    public sealed class VoiceCapture
    {
        private readonly VoiceActivityDetector _vad;
        private readonly IVoiceEncoder _encoder;
        private readonly int _slot;
        private readonly byte[] _frame;
        private readonly byte[] _preFrame;
        private readonly byte[] _block = new byte[VoiceCodec.LargestFrameBytes];
        private int _filled;
        private int _sequence;

        /// <summary>
        /// Creates a capture for a microphone with <paramref name="slotBytes"/>-byte slots
        /// (<see cref="IMicrophone.SlotBytes"/>) and a detector keeping <paramref name="preRollFrames"/> frames
        /// (10 = 200 ms is typical), encoding with <paramref name="encoder"/> (a native one on the device), or
        /// <see cref="ImaAdpcm"/> when null.
        /// </summary>
        public VoiceCapture(int preRollFrames, int slotBytes, IVoiceEncoder encoder)
        {
            _vad = new VoiceActivityDetector(preRollFrames, slotBytes);
            _slot = slotBytes;
            _frame = new byte[_vad.FrameBytes];
            _preFrame = new byte[_vad.FrameBytes];
            _encoder = encoder != null ? encoder : new ImaAdpcm();
        }

        /// <summary>The detector, for tuning and for reading its level and floor.</summary>
        public VoiceActivityDetector Detector
        {
            get { return _vad; }
        }

        /// <summary>Blocks sent in the current or last utterance.</summary>
        public int Blocks
        {
            get { return _sequence; }
        }

        /// <summary>Starts over: detector, encoder and any partial frame.</summary>
        public void Reset()
        {
            _vad.Reset();
            _encoder.Reset();
            _filled = 0;
            _sequence = 0;
        }

        /// <summary>Listens for a new utterance at once, keeping the detector's noise floor (see <see cref="VoiceActivityDetector.Rearm"/>).</summary>
        public void Rearm()
        {
            _vad.Rearm();
            _sequence = 0;
        }

        /// <summary>
        /// Processes at most <paramref name="maxFrames"/> whole frames available from <paramref name="mic"/>.
        /// Utterance frames go to <paramref name="sink"/> when it is not null. Stops after an utterance ends so
        /// the caller sees <see cref="VoiceActivity.Ended"/> before anything that follows.
        /// </summary>
        public VoiceActivity Pump(IMicrophone mic, IVoiceSink sink, int maxFrames)
        {
            bool started = false;
            for (int f = 0; f < maxFrames; f++)
            {
                if (!FillFrame(mic))
                {
                    break;
                }
                VadResult r = _vad.Process(_frame, 0);
                if (r == VadResult.Start)
                {
                    started = true;
                    _sequence = 0;
                    _encoder.Reset();
                    if (sink != null)
                    {
                        for (int i = 0; i < _vad.PreRollCount; i++)
                        {
                            _vad.CopyPreRoll(i, _preFrame, 0);
                            Send(sink, _preFrame);
                        }
                    }
                    Send(sink, _frame);
                }
                else if (r == VadResult.Speech)
                {
                    Send(sink, _frame);
                }
                else if (r == VadResult.End || r == VadResult.Truncated)
                {
                    if (sink != null)
                    {
                        sink.OnUtteranceEnd(_sequence, r == VadResult.Truncated);
                    }
                    return VoiceActivity.Ended;
                }
            }
            if (started)
            {
                return VoiceActivity.Started;
            }
            return _vad.InUtterance ? VoiceActivity.Speaking : VoiceActivity.Listening;
        }

        private bool FillFrame(IMicrophone mic)
        {
            while (_filled < _frame.Length)
            {
                int got = mic.Read(_frame, _filled, _frame.Length - _filled);
                if (got <= 0)
                {
                    return false;
                }
                _filled += got;
            }
            _filled = 0;
            return true;
        }

        private void Send(IVoiceSink sink, byte[] frame)
        {
            if (sink == null)
            {
                return;
            }
            int n = _encoder.EncodeBlock(frame, 0, AudioFormat.FrameSamples, _slot, _block, 0);
            sink.OnVoiceBlock(_block, n, _sequence++);
        }
    }
}
