namespace GlassesFirmware.Decision
{
    /// <summary>How the wearer confirmed.</summary>
    public enum ConfirmationMethod
    {
        /// <summary>Spoken confirmation (streamed as <see cref="VoicePurpose.Confirmation"/>).</summary>
        Voice = 0,
        /// <summary>A tap on the button (builds without a microphone, or the wearer prefers it).</summary>
        Button = 1,
    }
}
