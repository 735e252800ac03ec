namespace GlassesFirmware.Feedback
{
    /// <summary>What the wearer is told; one per session state and outcome. Patterns are suggestions for adapters.</summary>
    public enum FeedbackCue
    {
        /// <summary>Nothing in progress: LED off.</summary>
        Idle = 0,
        /// <summary>Trigger accepted, camera starting: one short haptic pulse, LED on.</summary>
        Armed = 1,
        /// <summary>Looking for a code: LED slow blink (500 ms on, 500 ms off).</summary>
        Scanning = 2,
        /// <summary>A payment code was read: rising two-note tone.</summary>
        Understood = 3,
        /// <summary>Two different payment codes in view, the wearer must choose: LED double blink, two pulses.</summary>
        Choosing = 4,
        /// <summary>The wearer must say the amount or a field: LED fast blink (150/150 ms).</summary>
        Prompting = 5,
        /// <summary>Readback spoken, waiting for "confirm" or a tap: LED breathing.</summary>
        Confirming = 6,
        /// <summary>Talking to the wallet: LED fast blink (100/100 ms).</summary>
        Authorizing = 7,
        /// <summary>Payment approved: long haptic pulse, major chord, LED solid 2 s.</summary>
        Approved = 8,
        /// <summary>Payment declined by the wallet or the wearer's voice: two long pulses, low tone.</summary>
        Declined = 9,
        /// <summary>Failed (no code, link, timeout, fault): three short pulses, low tone; the reason is spoken.</summary>
        Failed = 10,
        /// <summary>Cancelled by the wearer: one short pulse, falling tone.</summary>
        Cancelled = 11,
        /// <summary>Refused to start: battery low or too hot; three slow LED blinks.</summary>
        Refused = 12,
        /// <summary>Pairing mode entered: LED alternating blink until paired or timed out.</summary>
        PairingMode = 13,
        /// <summary>Bonds cleared: long falling tone, LED off.</summary>
        Unpaired = 14,
    }
}
