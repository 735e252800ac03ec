using GlassesFirmware.Feedback;
using GlassesFirmware.Platform;

namespace GlassesFirmware.Session.Loop
{
    /// <summary>
    /// The adapters a <see cref="MainLoop"/> works with besides the session's own. Clock and feedback are required;
    /// the others may be null: no pairing without <see cref="Pairing"/>, no sleep without <see cref="Sleep"/>, no
    /// join without <see cref="Network"/>, nothing reported without <see cref="Diagnostics"/>.
    /// </summary>
    public sealed class LoopPorts
    {
        /// <summary>Monotonic time (the session's clock).</summary>
        public IClock Clock { get; set; }

        /// <summary>The pairing cues (the session's feedback).</summary>
        public IFeedback Feedback { get; set; }

        /// <summary>The uplink's pairing, or null when the glasses have no link.</summary>
        public IPairingUplink Pairing { get; set; }

        /// <summary>The BLE radio's pairing window and bonds, or null without BLE.</summary>
        public IPairingWindow PairingWindow { get; set; }

        /// <summary>Sleep with button wake, or null.</summary>
        public IDeviceSleep Sleep { get; set; }

        /// <summary>Wi-Fi join, or null without Wi-Fi.</summary>
        public INetworkJoin Network { get; set; }

        /// <summary>Health reports and loop notes, or null.</summary>
        public IDiagnosticsSink Diagnostics { get; set; }
    }
}
