using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>
    /// Runs seeded <see cref="FaultScenario"/>s and sums them up: faults injected by kind, invariants held, and the
    /// first scenarios that broke one (with their seeds, to run again alone).
    /// </summary>
    public sealed class FaultCampaign
    {
        /// <summary>Scenarios run.</summary>
        public int Scenarios { get; private set; }

        /// <summary>Scenarios in which each fault kind struck at least once.</summary>
        public int[] ScenariosWith { get; } = new int[FaultPlan.Kinds];

        /// <summary>Faults injected, by kind.</summary>
        public long[] Injected { get; } = new long[FaultPlan.Kinds];

        /// <summary>Scenarios that broke each invariant.</summary>
        public int[] Broken { get; } = new int[Enum.GetValues<FaultInvariant>().Length];

        /// <summary>Payments, approvals, payments settled by asking again, reboots.</summary>
        public long Payments { get; private set; }

        /// <summary>Payments the ledger booked.</summary>
        public long Approved { get; private set; }

        /// <summary>Payments first reported unknown, then settled by asking the wallet again.</summary>
        public long AskedAgain { get; private set; }

        /// <summary>Boots after a power cut.</summary>
        public long Reboots { get; private set; }

        /// <summary>The first broken scenarios: seed and what broke.</summary>
        public System.Collections.Generic.List<string> Failures { get; } = new System.Collections.Generic.List<string>();

        /// <summary>Runs seeds <paramref name="firstSeed"/> .. + <paramref name="count"/> - 1 in a temporary directory.</summary>
        public static FaultCampaign Run(int firstSeed, int count, Action<int> progress = null)
        {
            FaultCampaign campaign = new FaultCampaign();
            string directory = Directory.CreateTempSubdirectory("fault-campaign-").FullName;
            try
            {
                for (int seed = firstSeed; seed < firstSeed + count; seed++)
                {
                    campaign.Add(FaultScenario.Run(seed, directory));
                    progress?.Invoke(seed - firstSeed + 1);
                }
            }
            finally
            {
                Directory.Delete(directory, true);
            }

            return campaign;
        }

        /// <summary>True when every scenario held every invariant.</summary>
        public bool AllHeld => Broken.All(n => n == 0);

        /// <summary>The table of faults injected and invariants held.</summary>
        public void Print(TextWriter output)
        {
            output.WriteLine($"{Scenarios} scenarios, {Payments} payments ({Approved} booked, {AskedAgain} settled by asking again after an unknown answer), {Reboots} boots after a power cut");
            output.WriteLine();
            output.WriteLine($"{"fault",-24} {"scenarios",10} {"injected",10}");
            for (int i = 0; i < FaultPlan.Kinds; i++)
            {
                output.WriteLine($"{(FaultKind)i,-24} {ScenariosWith[i],10} {Injected[i],10}");
            }

            output.WriteLine();
            output.WriteLine($"{"invariant",-24} {"held",10} {"broken",10}");
            foreach (FaultInvariant invariant in Enum.GetValues<FaultInvariant>())
            {
                output.WriteLine($"{invariant,-24} {Scenarios - Broken[(int)invariant],10} {Broken[(int)invariant],10}");
            }

            foreach (string failure in Failures)
            {
                output.WriteLine(failure);
            }
        }

        private void Add(ScenarioResult result)
        {
            Scenarios++;
            for (int i = 0; i < FaultPlan.Kinds; i++)
            {
                Injected[i] += result.Injected[i];
                ScenariosWith[i] += result.Injected[i] > 0 ? 1 : 0;
            }

            foreach (FaultInvariant invariant in result.Violations.Select(v => v.Invariant).Distinct())
            {
                Broken[(int)invariant]++;
            }

            if (result.Violations.Count > 0 && Failures.Count < 20)
            {
                string faults = string.Join(" ", Enumerable.Range(0, FaultPlan.Kinds).Where(i => result.Injected[i] > 0).Select(i => (FaultKind)i + "x" + result.Injected[i]));
                Failures.Add("seed " + result.Seed + " (" + result.Transports + "; " + faults + "): " + string.Join("; ", result.Violations.Select(v => v.Invariant + ": " + v.What).Distinct()));
            }

            Payments += result.Payments;
            Approved += result.Approved;
            AskedAgain += result.AskedAgain;
            Reboots += result.Reboots;
        }

        /// <summary>`wallet-peer faults [--scenarios N] [--seed S]`: runs the campaign and prints the table; exit 1 when an invariant broke.</summary>
        public static int Command(string[] args)
        {
            int count = 10_000;
            int seed = 1;
            for (int i = 1; i + 1 < args.Length; i += 2)
            {
                if (args[i] == "--scenarios" && int.TryParse(args[i + 1], out int n) && n > 0)
                {
                    count = n;
                }
                else if (args[i] == "--seed" && int.TryParse(args[i + 1], out int s))
                {
                    seed = s;
                }
                else
                {
                    Console.Error.WriteLine("usage: wallet-peer faults [--scenarios N] [--seed S]");
                    return 2;
                }
            }

            Stopwatch watch = Stopwatch.StartNew();
            FaultCampaign campaign = Run(seed, count, done =>
            {
                if (done % 500 == 0)
                {
                    Console.Error.WriteLine($"{done}/{count} scenarios, {watch.Elapsed.TotalSeconds:F0} s");
                }
            });
            campaign.Print(Console.Out);
            Console.WriteLine($"seeds {seed}..{seed + count - 1}, {watch.Elapsed.TotalSeconds:F1} s");
            return campaign.AllHeld ? 0 : 1;
        }
    }
}
