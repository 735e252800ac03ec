namespace GlassesFirmware.Session.Loop
{
    /// <summary>Low-power sleep with the trigger button as the wake source.</summary>
    public interface IDeviceSleep
    {
        /// <summary>Stops the radios, sleeps until the button, restarts the radios; false when it did not sleep.</summary>
        bool SleepUntilButton();
    }
}
