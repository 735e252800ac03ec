namespace GlassesFirmware.Feedback
{
    /// <summary>
    /// The LED and haptic pattern of each <see cref="FeedbackCue"/> (the suggestions on the enum, for glasses
    /// with one LED and one vibration motor: tones become pulses) and a player that says, at any time, whether
    /// each output is on. Pure and allocation-free: adapters call <see cref="At"/> from a timer.
    /// </summary>
    public sealed class CuePlayer
    {
        /// <summary>Step flag: the LED is lit.</summary>
        public const int Led = 1;

        /// <summary>Step flag: the vibration motor runs.</summary>
        public const int Haptic = 2;

        // Per cue: (flags, milliseconds) pairs; a step of 0 ms holds forever. Cues in Repeating loop.
        private static readonly int[][] Steps =
        {
            new int[] { 0, 0 },                                                          // Idle
            new int[] { Led | Haptic, 120, Led, 0 },                                     // Armed
            new int[] { Led, 500, 0, 500 },                                              // Scanning
            new int[] { Led | Haptic, 80, Led, 60, Led | Haptic, 80, Led, 0 },           // Understood
            new int[] { Led | Haptic, 100, 0, 100, Led | Haptic, 100, 0, 700 },          // Choosing
            new int[] { Led, 150, 0, 150 },                                              // Prompting
            new int[] { Led, 1000, 0, 1000 },                                            // Confirming
            new int[] { Led, 100, 0, 100 },                                              // Authorizing
            new int[] { Led | Haptic, 600, Led, 1400, 0, 0 },                            // Approved
            new int[] { Led | Haptic, 500, 0, 200, Led | Haptic, 500, 0, 0 },            // Declined
            new int[] { Led | Haptic, 120, 0, 120, Led | Haptic, 120, 0, 120, Led | Haptic, 120, 0, 0 }, // Failed
            new int[] { Haptic, 120, 0, 0 },                                             // Cancelled
            new int[] { Led, 400, 0, 400, Led, 400, 0, 400, Led, 400, 0, 0 },            // Refused
            new int[] { Led, 250, 0, 250 },                                              // PairingMode
            new int[] { Haptic, 800, 0, 0 },                                             // Unpaired
        };

        private static readonly bool[] Repeating = { false, false, true, false, true, true, true, true, false, false, false, false, false, true, false };

        private int _cue;
        private long _startMs;

        /// <summary>The cue being played.</summary>
        public FeedbackCue Cue
        {
            get { return (FeedbackCue)_cue; }
        }

        /// <summary>Starts <paramref name="cue"/> at <paramref name="nowMs"/>, replacing the running one.</summary>
        public void Start(FeedbackCue cue, long nowMs)
        {
            int index = (int)cue;
            _cue = index >= 0 && index < Steps.Length ? index : 0;
            _startMs = nowMs;
        }

        /// <summary>The outputs (<see cref="Led"/> | <see cref="Haptic"/>) at <paramref name="nowMs"/>.</summary>
        public int At(long nowMs)
        {
            int[] steps = Steps[_cue];
            long elapsed = nowMs - _startMs;
            if (elapsed < 0)
            {
                elapsed = 0;
            }

            if (Repeating[_cue])
            {
                int period = 0;
                for (int i = 1; i < steps.Length; i += 2)
                {
                    period += steps[i];
                }

                elapsed %= period;
            }

            for (int i = 0; i < steps.Length; i += 2)
            {
                int duration = steps[i + 1];
                if (duration == 0 || elapsed < duration)
                {
                    return steps[i];
                }

                elapsed -= duration;
            }

            return 0;
        }
    }
}
