namespace GlassesFirmware.Decision
{
    /// <summary>What armed a payment session.</summary>
    public enum TriggerSource
    {
        /// <summary>A tap on the button.</summary>
        Button = 0,
        /// <summary>Speech detected by the voice activity detector.</summary>
        Voice = 1,
        /// <summary>The native wake-word engine.</summary>
        WakeWord = 2,
    }
}
