namespace GlassesFirmware.Trigger
{
    /// <summary>
    /// A native wake-word engine (custom firmware builds with an ESP-SR style detector): reports each time
    /// the wake word was heard. Builds without one simply do not compose this port; the voice trigger then
    /// comes from the portable voice activity detector. Implementations must not throw.
    /// </summary>
    public interface IWakeWord
    {
        /// <summary>Takes the oldest queued detection; <paramref name="atMs"/> is its clock time in milliseconds. False when none.</summary>
        bool TryTakeDetection(out long atMs);
    }
}
