using Xunit;

namespace GlassesFirmware.Host.Tests.Qr
{
    /// <summary>
    /// The IL meter counts in a static field of the instrumented runtime, so the test classes that use it run one
    /// at a time (in parallel they would add to each other's counts): the QR glance costs and the payload costs.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class IlCostMeterCollection
    {
        public const string Name = "IL cost meter";
    }
}
