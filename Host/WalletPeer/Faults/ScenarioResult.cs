using System.Collections.Generic;

namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>What one scenario injected and whether every invariant held.</summary>
    public sealed class ScenarioResult
    {
        /// <summary>The scenario's seed.</summary>
        public int Seed { get; init; }

        /// <summary>The glasses' links: "BLE", "HTTPS" or "BLE+HTTPS".</summary>
        public string Transports { get; set; }

        /// <summary>Faults injected, by <see cref="FaultKind"/>.</summary>
        public int[] Injected { get; init; } = new int[FaultPlan.Kinds];

        /// <summary>Broken invariants, each with what was seen.</summary>
        public List<(FaultInvariant Invariant, string What)> Violations { get; } = new List<(FaultInvariant, string)>();

        /// <summary>Payments attempted.</summary>
        public int Payments { get; set; }

        /// <summary>Payments the ledger booked (and the glasses know approved).</summary>
        public int Approved { get; set; }

        /// <summary>Payments the glasses first reported as unknown (Failed), then settled by asking the wallet again.</summary>
        public int AskedAgain { get; set; }

        /// <summary>Times the glasses booted after a power cut.</summary>
        public int Reboots { get; set; }

        /// <summary>Simulated milliseconds the scenario took.</summary>
        public long SimulatedMs { get; set; }

        /// <summary>Notes a broken invariant.</summary>
        public void Fail(FaultInvariant invariant, string what) => Violations.Add((invariant, what));
    }
}
