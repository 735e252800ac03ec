using Xunit;

namespace GlassesFirmware.Host.Tests
{
    /// <summary>
    /// Tests that start reference wallet peers on loopback ports run in this collection: one at a time and not
    /// beside the parallel CPU-heavy tests, so peers never race for ports (the peer picks free ports by probing)
    /// and the real-time uplink timeouts are not starved on a small CI machine.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class LoopbackPeers
    {
        public const string Name = "loopback wallet peers";
    }
}
