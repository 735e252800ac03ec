using GlassesFirmware.Text;

namespace GlassesFirmware.Feedback
{
    /// <summary>
    /// What the wearer sees, feels and hears: one cue per session state or outcome, played by the adapter
    /// as an LED / haptic / tone pattern (suggested patterns are on each <see cref="FeedbackCue"/>), and the
    /// sentences to speak (the phone wallet speaks them over BLE, or a speaker on the glasses). Calls return
    /// at once: the adapter plays patterns and speech in the background, a new cue replaces the running one,
    /// and a new sentence interrupts the one being spoken. Implementations must not throw.
    /// </summary>
    public interface IFeedback
    {
        /// <summary>Starts the pattern of <paramref name="cue"/>, replacing the current one.</summary>
        void Show(FeedbackCue cue);

        /// <summary>
        /// Speaks <paramref name="sentence"/> in <paramref name="language"/> (nf.config readback.language:
        /// "en", "zh"). The runtime keeps no reference requirement: the adapter may hold the string.
        /// </summary>
        void Speak(string sentence, string language);

        /// <summary>Stops speech at once (cancel, timeout, fault).</summary>
        void StopSpeaking();
    }

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

    /// <summary>Stable names of <see cref="FeedbackCue"/> values for logs (enum ToString prints numbers on the device).</summary>
    public static class FeedbackCues
    {
        private static readonly string[] Names =
        {
            "idle", "armed", "scanning", "understood", "choosing", "prompting", "confirming", "authorizing",
            "approved", "declined", "failed", "cancelled", "refused", "pairingMode", "unpaired",
        };

        /// <summary>The name of <paramref name="cue"/>, or its number when it has none.</summary>
        public static string Name(FeedbackCue cue)
        {
            return EnumNames.Of(Names, (int)cue);
        }
    }
}
