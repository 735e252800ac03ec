namespace GlassesFirmware.Confirmation
{
    /// <summary>
    /// Voice activity detection over 20 ms frames of 16 kHz PCM (<see cref="AudioFormat.FrameSamples"/> slots as the
    /// microphone delivers them, see <see cref="IMicrophone"/>) with an adaptive noise floor, integer arithmetic only
    /// and no allocation after construction.
    /// <para>
    /// Level: a quarter of the range (largest minus smallest) of every <see cref="Decimation"/>th sample, 8 spread
    /// over the frame. For so few samples the range is nearly as good a measure of spread as the standard
    /// deviation, it needs one pass with no multiplication, and it ignores the PDM microphone's DC offset without
    /// tracking a mean that a loud click or a DC step would throw off. For noise it is about 0.7 times the
    /// standard deviation, for a tone of peak A up to A/2.
    /// Noise floor: follows a falling level quickly and a rising level slowly, much more slowly inside an
    /// utterance. Speech frame: level above <see cref="MinLevel"/> and above the floor by
    /// <see cref="RatioQ4"/>/16. An utterance starts after <see cref="OnsetFrames"/> speech frames in a row and
    /// hands back up to <see cref="PreRollFrames"/> earlier frames, so the first syllable is not lost; it ends
    /// after <see cref="HangoverFrames"/> non-speech frames in a row, or is cut at <see cref="MaxFrames"/>
    /// (after a cut, a new utterance needs silence first, so steady noise cannot chain utterances).
    /// </para>
    /// </summary>
    public sealed class VoiceActivityDetector
    {
        /// <summary>
        /// Every this many samples enter the level estimate: 8 per frame. 41 is prime, so a tone is sampled at a
        /// constant phase only at multiples of 16000 / 41 = 390 Hz, and even then the phase moves from frame to frame.
        /// </summary>
        public const int Decimation = 41;

        private const int FloorShift = 4;

        private readonly byte[] _preRoll;
        private readonly int _slot;
        private readonly int _frameBytes;
        private readonly int _preRollCapacity;
        private int _preRollNewest = -1;
        private int _preRollCount;

        private int _floorQ4 = -1;
        private int _run;
        private int _quiet;
        private int _length;
        private bool _inUtterance;
        private bool _needSilence;
        private int _lastLevel;

        /// <summary>
        /// Creates a detector for frames of <paramref name="slotBytes"/>-byte slots (2 or 4, the microphone's
        /// <see cref="IMicrophone.SlotBytes"/>), keeping up to <paramref name="preRollFrames"/> frames before an utterance.
        /// </summary>
        public VoiceActivityDetector(int preRollFrames, int slotBytes)
        {
            if (!AudioFormat.IsSlotSize(slotBytes))
            {
                throw new System.ArgumentOutOfRangeException("slotBytes");
            }

            _slot = slotBytes;
            _frameBytes = AudioFormat.FrameSamples * slotBytes;
            _preRollCapacity = preRollFrames < 1 ? 1 : preRollFrames;
            _preRoll = new byte[_preRollCapacity * _frameBytes];
            PreRollFrames = _preRollCapacity;
            OnsetFrames = 3;
            HangoverFrames = 15;
            MaxFrames = 250;
            MinLevel = 60;
            RatioQ4 = 40;
        }

        /// <summary>Frames handed back before an utterance's first detected frame (at most the constructor's capacity).</summary>
        public int PreRollFrames { get; set; }

        /// <summary>Speech frames in a row that start an utterance (default 3 = 60 ms: rejects clicks).</summary>
        public int OnsetFrames { get; set; }

        /// <summary>Non-speech frames in a row that end an utterance (default 15 = 300 ms: pauses between words).</summary>
        public int HangoverFrames { get; set; }

        /// <summary>Longest utterance in frames including pre-roll (default 250 = 5 s).</summary>
        public int MaxFrames { get; set; }

        /// <summary>Smallest level that can be speech, in sample units (default 60, about -55 dBFS).</summary>
        public int MinLevel { get; set; }

        /// <summary>Speech needs level * 16 &gt; floor * RatioQ4 (default 40: 2.5 times the floor, 8 dB).</summary>
        public int RatioQ4 { get; set; }

        /// <summary>Level of the last frame (a quarter of the range of its sampled values, sample units).</summary>
        public int LastLevel
        {
            get { return _lastLevel; }
        }

        /// <summary>The adaptive noise floor (sample units), or -1 before the first frame.</summary>
        public int NoiseFloor
        {
            get { return _floorQ4 < 0 ? -1 : _floorQ4 >> FloorShift; }
        }

        /// <summary>True between <see cref="VadResult.Start"/> and the end of the utterance.</summary>
        public bool InUtterance
        {
            get { return _inUtterance; }
        }

        /// <summary>Frames waiting in the pre-roll after a <see cref="VadResult.Start"/>.</summary>
        public int PreRollCount
        {
            get { return _preRollCount; }
        }

        /// <summary>Forgets the floor, the pre-roll and any utterance.</summary>
        public void Reset()
        {
            _floorQ4 = -1;
            _run = 0;
            _quiet = 0;
            _length = 0;
            _inUtterance = false;
            _needSilence = false;
            _preRollCount = 0;
            _preRollNewest = -1;
        }

        /// <summary>
        /// Ends any utterance silently and allows a new one at once, keeping the noise floor and the pre-roll:
        /// for listening again in a room the detector already knows.
        /// </summary>
        public void Rearm()
        {
            _inUtterance = false;
            _needSilence = false;
            _run = 0;
            _quiet = 0;
            _length = 0;
        }

        /// <summary>Bytes of one frame: <see cref="AudioFormat.FrameSamples"/> slots.</summary>
        public int FrameBytes
        {
            get { return _frameBytes; }
        }

        /// <summary>
        /// Copies pre-roll frame <paramref name="index"/> (0 = oldest) of <see cref="PreRollCount"/> into
        /// <paramref name="dest"/> at <paramref name="offset"/>. Valid right after <see cref="VadResult.Start"/>.
        /// </summary>
        public void CopyPreRoll(int index, byte[] dest, int offset)
        {
            int frame = (_preRollNewest - _preRollCount + 1 + index + 2 * _preRollCapacity) % _preRollCapacity;
            System.Array.Copy(_preRoll, frame * _frameBytes, dest, offset, _frameBytes);
        }

        /// <summary>Classifies the frame of <see cref="FrameBytes"/> bytes at <paramref name="offset"/>.</summary>
        public VadResult Process(byte[] samples, int offset)
        {
            int level = Level(samples, offset);
            _lastLevel = level;
            int levelQ4 = level << FloorShift;
            if (_floorQ4 < 0)
            {
                _floorQ4 = levelQ4;
            }
            bool speech = level >= MinLevel && (long)level * 16 * 16 > (long)_floorQ4 * RatioQ4;

            // Adapt: down fast (a quieter room), up slowly outside speech and very slowly inside it.
            int diff = levelQ4 - _floorQ4;
            if (diff < 0)
            {
                _floorQ4 += diff >> 2;
            }
            else
            {
                _floorQ4 += diff >> (_inUtterance ? 9 : speech ? 7 : 4);
            }

            if (_inUtterance)
            {
                _length++;
                _quiet = speech ? 0 : _quiet + 1;
                if (_length > MaxFrames)
                {
                    EndUtterance(true);
                    Remember(samples, offset);
                    return VadResult.Truncated;
                }
                if (_quiet >= HangoverFrames)
                {
                    EndUtterance(false);
                    Remember(samples, offset);
                    return VadResult.End;
                }
                return VadResult.Speech;
            }

            if (_needSilence)
            {
                _quiet = speech ? 0 : _quiet + 1;
                if (_quiet >= HangoverFrames)
                {
                    _needSilence = false;
                    _run = 0;
                }
                Remember(samples, offset);
                return VadResult.Silence;
            }

            _run = speech ? _run + 1 : 0;
            if (_run >= OnsetFrames)
            {
                _inUtterance = true;
                _quiet = 0;
                int pre = PreRollFrames < _preRollCount ? PreRollFrames : _preRollCount;
                _preRollCount = pre;
                _length = pre + 1;
                return VadResult.Start;
            }
            Remember(samples, offset);
            return VadResult.Silence;
        }

        private void EndUtterance(bool truncated)
        {
            _inUtterance = false;
            _needSilence = truncated;
            _run = 0;
            _quiet = 0;
            _length = 0;
            _preRollCount = 0;
        }

        private void Remember(byte[] samples, int offset)
        {
            _preRollNewest = (_preRollNewest + 1) % _preRollCapacity;
            System.Array.Copy(samples, offset, _preRoll, _preRollNewest * _frameBytes, _frameBytes);
            if (_preRollCount < _preRollCapacity)
            {
                _preRollCount++;
            }
        }

        private int Level(byte[] frame, int offset)
        {
            // One pass over every Decimation-th sample (its top two bytes), keeping the largest and the smallest.
            int step = Decimation * _slot;
            int end = offset + _frameBytes;
            int max = short.MinValue;
            int min = short.MaxValue;
            for (int i = offset + _slot - 2; i < end; i += step)
            {
                int s = (short)(frame[i] | (frame[i + 1] << 8));
                if (s > max)
                {
                    max = s;
                }
                if (s < min)
                {
                    min = s;
                }
            }
            return (max - min) >> 2;
        }
    }
}
