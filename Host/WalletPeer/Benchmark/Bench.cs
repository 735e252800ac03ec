using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GlassesFirmware.Decision;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Uplink.Channel;
using GlassesFirmware.Uplink.Client;
using GlassesFirmware.Uplink.Links;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// <c>wallet-peer bench [--payments N] [--runs R] [--idle N]</c> (a benchmark, not a test; docs/performance.md,
    /// "Wallet peer under load"): seal+open time per payment request on the host; then, against one peer on 127.0.0.1,
    /// payments/s and p50/p99/max latency over the frame link and over HTTPS, sequential and 8-way (R runs of N
    /// payments); then the same with N idle connections held on each listener, the bench process's RSS before and
    /// after, and whether the peer closed the idle connections within its idle timeout. It stops by itself.
    /// </summary>
    public static class Bench
    {
        private const int Ways = 8;
        private const double StallMs = 500;

        // The peer checks idle connections once a second (Kestrel's heartbeat), so a close may come that much later.
        private const int IdleSlackSeconds = 3;

        /// <summary>Runs the benchmark; 0 on completion, 2 on a usage error.</summary>
        public static async Task<int> RunAsync(string[] args)
        {
            int payments = 500, runs = 5, idle = 1000;
            for (int i = 1; i < args.Length; i += 2)
            {
                int value = i + 1 < args.Length && int.TryParse(args[i + 1], out int parsed) && parsed > 0 ? parsed : -1;
                switch (value < 0 ? null : args[i])
                {
                    case "--payments": payments = value; break;
                    case "--runs": runs = value; break;
                    case "--idle": idle = value; break;
                    default:
                        Console.Error.WriteLine("usage: wallet-peer bench [--payments N] [--runs R] [--idle N]");
                        return 2;
                }
            }

            Console.WriteLine($"command: dotnet run -c Release --project Host/WalletPeer -- bench --payments {payments} --runs {runs} --idle {idle}");
            Console.WriteLine("machine: " + Environment.ProcessorCount + " cores, " + System.Runtime.InteropServices.RuntimeInformation.OSDescription + ", .NET " + Environment.Version);
            SealOpen();
            PeerLimits limits = new PeerLimits();
            string directory = Directory.CreateTempSubdirectory("uplink-bench-").FullName;
            try
            {
                DecisionPolicy policy = new DecisionPolicy { LimitMinor = long.MaxValue };
                await using WalletPeerHost peer = await WalletPeerHost.StartAsync(Path.Combine(directory, "wallet.db"), policy, new MarkerVoiceVerifier(), limits: limits);
                Console.WriteLine($"peer limits: {limits.MaxConnections} connections per listener, {limits.MaxConnectionsPerAddress} per address, idle timeout {limits.IdleTimeout.TotalSeconds:F0} s, frame deadline {limits.FrameDeadline.TotalSeconds:F0} s");
                long rssStart = Rss();
                foreach (bool frames in new[] { true, false })
                {
                    Load(peer, frames, payments, runs);
                }

                Console.WriteLine($"-- with {idle} idle connections held on each listener (sources 127.0.0.2 and up, {limits.MaxConnectionsPerAddress / 2} per address)");
                long rssBefore = Rss();
                using IdleConnections idleFrames = await IdleConnections.OpenAsync(peer.FramePort, false, idle, limits.MaxConnectionsPerAddress / 2);
                using IdleConnections idleHttps = await IdleConnections.OpenAsync(peer.HttpsPort, true, idle, limits.MaxConnectionsPerAddress / 2);
                Console.WriteLine($"held: frame link {idleFrames.Held} (peer holds {peer.FrameConnections.Open}), HTTPS {idleHttps.Held} (peer holds {peer.HttpsConnections.Open}); bench process RSS {rssBefore / 1048576} MiB before, {Rss() / 1048576} MiB now");
                foreach (bool frames in new[] { true, false })
                {
                    using BenchGlasses glasses = new BenchGlasses(peer, frames);
                    double latency = glasses.Pay(0, out bool approved);
                    Console.WriteLine($"{Name(frames)}: one payment from newly paired glasses: {latency:F1} ms ({(approved ? "approved" : "NOT approved")})");
                }

                foreach (bool frames in new[] { true, false })
                {
                    Load(peer, frames, payments, 1);
                }

                Console.WriteLine($"bench process RSS with idle connections held, after the load: {Rss() / 1048576} MiB (at start {rssStart / 1048576} MiB)");
                TimeSpan wait = limits.IdleTimeout + TimeSpan.FromSeconds(10);
                foreach ((string name, IdleConnections held) in new[] { (Name(true), idleFrames), (Name(false), idleHttps) })
                {
                    (int closed, double seconds) = await held.WaitClosedAsync(wait);
                    bool within = closed == held.Held && seconds <= limits.IdleTimeout.TotalSeconds + IdleSlackSeconds;
                    Console.WriteLine($"{name}: peer closed {closed} of {held.Held} idle connections, the last {seconds:F1} s after it went idle: {(within ? "within" : "NOT within")} the {limits.IdleTimeout.TotalSeconds:F0} s idle timeout (+{IdleSlackSeconds} s: the timers tick once a second)");
                }

                GC.Collect();
                Console.WriteLine($"bench process RSS after the idle connections closed: {Rss() / 1048576} MiB; peer holds {peer.FrameConnections.Open} frame-link and {peer.HttpsConnections.Open} HTTPS connections");
            }
            finally
            {
                Directory.Delete(directory, true);
            }

            return 0;
        }

        private static void SealOpen()
        {
            DotNetCryptoPrimitives crypto = new DotNetCryptoPrimitives();
            byte[] secret = RandomNumberGenerator.GetBytes(32), wallet = RandomNumberGenerator.GetBytes(16), device = RandomNumberGenerator.GetBytes(16);
            UplinkChannel glasses = new UplinkChannel(crypto, secret, wallet, device, ChannelRole.Glasses, new VolatileCounters(0, 0));
            UplinkChannel walletEnd = new UplinkChannel(crypto, secret, wallet, device, ChannelRole.Wallet, new VolatileCounters(0, 0));
            UplinkMessage request = SampleRequest();
            UplinkMessage decoded = new UplinkMessage();
            byte[][] challenges = { RandomNumberGenerator.GetBytes(16) };
            int size = 0;
            void Once()
            {
                glasses.Seal(request, challenges[0], out _, out byte[] routed);
                RoutedEnvelope.TryRead(routed, 0, routed.Length, out _, out _, out int envelope);
                walletEnd.Open(routed, envelope, routed.Length - envelope, challenges, decoded);
                size = routed.Length;
            }

            for (int i = 0; i < 5000; i++)
            {
                Once();
            }

            const int N = 50_000;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            Stopwatch watch = Stopwatch.StartNew();
            for (int i = 0; i < N; i++)
            {
                Once();
            }

            watch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            Console.WriteLine($"seal + open + decode, stage-1 payment request ({size} routed bytes), host: {watch.Elapsed.TotalMicroseconds / N:F1} us, {allocated / N} bytes allocated per request ({N} requests)");
        }

        // Sequential (one glasses) then 8-way (eight glasses on their own threads), `runs` runs of `payments` each.
        private static void Load(WalletPeerHost peer, bool frames, int payments, int runs)
        {
            using BenchGlasses single = new BenchGlasses(peer, frames);
            for (int i = 0; i < 20; i++)
            {
                // Warm-up: JIT, TLS session, SQLite.
                single.Pay(i, out _);
            }

            Report(Name(frames) + ", sequential", Measure(new[] { single }, payments));
            BenchGlasses[] many = Enumerable.Range(0, Ways).Select(_ => new BenchGlasses(peer, frames)).ToArray();
            try
            {
                for (int run = 1; run <= runs; run++)
                {
                    Report($"{Name(frames)}, {Ways}-way, run {run}", Measure(many, payments));
                }
            }
            finally
            {
                foreach (BenchGlasses glasses in many)
                {
                    glasses.Dispose();
                }
            }
        }

        private static (List<double> Latencies, double Seconds, int Approved) Measure(BenchGlasses[] glasses, int payments)
        {
            List<double> latencies = new List<double>();
            int approved = 0, next = 0;
            Stopwatch watch = Stopwatch.StartNew();
            Thread[] threads = glasses.Select(g => new Thread(() =>
            {
                int sequence;
                while ((sequence = Interlocked.Increment(ref next)) <= payments)
                {
                    double ms = g.Pay(sequence, out bool ok);
                    lock (latencies)
                    {
                        latencies.Add(ms);
                        approved += ok ? 1 : 0;
                    }
                }
            })).ToArray();
            foreach (Thread thread in threads)
            {
                thread.Start();
            }

            foreach (Thread thread in threads)
            {
                thread.Join();
            }

            return (latencies, watch.Elapsed.TotalSeconds, approved);
        }

        private static void Report(string name, (List<double> Latencies, double Seconds, int Approved) m)
        {
            int stalls = m.Latencies.Count(v => v > StallMs);
            Console.WriteLine($"{name}: {m.Latencies.Count} payments ({m.Approved} approved) in {m.Seconds:F2} s = {m.Latencies.Count / m.Seconds:F0}/s; " +
                $"p50 {P(m.Latencies, 50):F1} ms, p99 {P(m.Latencies, 99):F1} ms, max {m.Latencies.Max():F1} ms, {stalls} above {StallMs} ms");
        }

        private static string Name(bool frames) => frames ? "frame link" : "HTTPS";

        private static long Rss()
        {
            using Process self = Process.GetCurrentProcess();
            return self.WorkingSet64;
        }

        private static double P(List<double> values, int percentile)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
        }

        private static UplinkMessage SampleRequest()
        {
            UplinkMessage m = new UplinkMessage();
            m.Reset(MessageType.PaymentRequest);
            RandomNumberGenerator.Fill(m.RequestId);
            m.Payment.Stage = 1;
            m.Payment.Payee = "Cafe Alpha";
            m.AmountMinor = 1250;
            m.CurrencyNumeric = 702;
            byte[] payload = Encoding.ASCII.GetBytes(new string('0', 200));
            m.SetData(payload, 0, payload.Length);
            SHA256.HashData(payload).CopyTo(m.Payment.PayloadHash, 0);
            m.Payment.PayloadKind = 1;
            m.Payment.Dynamic = true;
            return m;
        }
    }
}
