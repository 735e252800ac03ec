namespace GlassesFirmware.Session.Loop
{
    /// <summary>Where the main loop reports the glasses' health and what it did (a console, a BLE characteristic, a log).</summary>
    public interface IDiagnosticsSink
    {
        /// <summary>Publishes a health snapshot with the session's state and the faults counted since boot.</summary>
        void Report(int sessionState, int faults, int deviceFaults);

        /// <summary>One line about what the loop did or why it could not (for the developer, never the wearer).</summary>
        void Note(string message);
    }
}
