namespace GlassesFirmware.Trigger
{
    /// <summary>
    /// Decides when voice arms a payment, from the two sources the configuration enables: an utterance that
    /// the on-device voice activity detector heard for at least <see cref="MinSpeechMs"/> (nf.config
    /// trigger.voice), or a native wake-word detection (trigger.wakeword). After firing it stays quiet for
    /// <see cref="RefractoryMs"/>, so one sentence cannot arm twice. Pure logic over timestamps.
    /// </summary>
    public sealed class VoiceTrigger
    {
        private readonly bool _vadEnabled;
        private readonly bool _wakeWordEnabled;
        private long _speechSince = -1;
        private long _quietUntil = long.MinValue;

        /// <summary>Creates a trigger with the sources nf.config enables.</summary>
        public VoiceTrigger(bool vadEnabled, bool wakeWordEnabled)
        {
            _vadEnabled = vadEnabled;
            _wakeWordEnabled = wakeWordEnabled;
            MinSpeechMs = 300;
            RefractoryMs = 2000;
        }

        /// <summary>Speech must last this long before it arms (a cough or a door does not).</summary>
        public int MinSpeechMs { get; set; }

        /// <summary>Quiet time after firing.</summary>
        public int RefractoryMs { get; set; }

        /// <summary>True when the detector must listen (trigger.voice is on).</summary>
        public bool ListensToSpeech
        {
            get { return _vadEnabled; }
        }

        /// <summary>The detector's view at <paramref name="nowMs"/>: <paramref name="speaking"/> while an utterance lasts. True when this arms.</summary>
        public bool OnSpeech(bool speaking, long nowMs)
        {
            if (!_vadEnabled || !speaking)
            {
                _speechSince = -1;
                return false;
            }
            if (_speechSince < 0)
            {
                _speechSince = nowMs;
            }
            if (nowMs - _speechSince < MinSpeechMs)
            {
                return false;
            }
            _speechSince = -1;
            return Fire(nowMs);
        }

        /// <summary>A wake-word detection at <paramref name="atMs"/>. True when this arms.</summary>
        public bool OnWakeWord(long atMs)
        {
            return _wakeWordEnabled && Fire(atMs);
        }

        private bool Fire(long atMs)
        {
            if (atMs < _quietUntil)
            {
                return false;
            }
            _quietUntil = atMs + RefractoryMs;
            return true;
        }
    }
}
