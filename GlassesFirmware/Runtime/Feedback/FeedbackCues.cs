using GlassesFirmware.Text;

namespace GlassesFirmware.Feedback
{
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
