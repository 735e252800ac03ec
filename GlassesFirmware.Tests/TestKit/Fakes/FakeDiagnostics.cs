using GlassesFirmware.Session.Loop;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>Records the reports (with their clock time) and the notes.</summary>
    public sealed class FakeDiagnostics : IDiagnosticsSink
    {
        private readonly FakeClock _clock;
        /// <summary>Set or read by the test.</summary>
        public int Reports;
        /// <summary>Set or read by the test.</summary>
        public long LastReportAt;
        /// <summary>Set or read by the test.</summary>
        public int LastFaults;
        /// <summary>Set or read by the test.</summary>
        public string LastNote;
        /// <summary>Every note, oldest first.</summary>
        public readonly System.Collections.ArrayList Notes = new System.Collections.ArrayList();

        /// <summary>A fake driven by the test.</summary>
        public FakeDiagnostics(FakeClock clock)
        {
            _clock = clock;
        }

        /// <inheritdoc />
        public void Report(int sessionState, int faults, int deviceFaults)
        {
            Reports++;
            LastReportAt = _clock.Now;
            LastFaults = faults;
        }

        /// <inheritdoc />
        public void Note(string message)
        {
            LastNote = message;
            Notes.Add(message);
        }
    }
}
