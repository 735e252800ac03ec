using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using GlassesFirmware.Decision;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Host.Adapters.Uplink;
using GlassesFirmware.Uplink.Channel;
using GlassesFirmware.Uplink.Client;
using GlassesFirmware.Uplink.Links;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// <c>wallet-peer bench [--payments N]</c> (a benchmark, not a test): seal+open time and allocation per payment
    /// request on the host and loopback request-to-decision latency over N payments on each
    /// transport, glasses runtime client against this peer on 127.0.0.1.
    /// </summary>
    public static class Bench
    {
        public static async Task<int> RunAsync(string[] args)
        {
            int payments = args.Length > 2 && args[1] == "--payments" ? int.Parse(args[2]) : 1000;
            Console.WriteLine("command: dotnet run -c Release --project Host/WalletPeer -- bench --payments " + payments);
            Console.WriteLine("machine: " + Environment.ProcessorCount + " cores, " + System.Runtime.InteropServices.RuntimeInformation.OSDescription + ", .NET " + Environment.Version);
            SealOpen();
            foreach ((string name, bool frames) in new[] { ("frame link (BLE framing over loopback TCP)", true), ("HTTPS (TLS 1.3, pinned anchor)", false) })
            {
                await Loopback(name, frames, payments);
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

        private static async Task Loopback(string name, bool frames, int payments)
        {
            string directory = Directory.CreateTempSubdirectory("uplink-bench-").FullName;
            DecisionPolicy policy = new DecisionPolicy { LimitMinor = long.MaxValue };
            await using WalletPeerHost peer = await WalletPeerHost.StartAsync(Path.Combine(directory, "wallet.db"), policy, new MarkerVoiceVerifier());
            MemoryRecordStore store = new MemoryRecordStore();
            StreamFrameLink frameLink = frames ? StreamFrameLink.Connect(peer.FrameEndpoint, 185) : null;
            HttpsRequestLink requestLink = frames ? null : new HttpsRequestLink(TimeSpan.FromSeconds(5), new RetrySchedule(50, 500, 3));
            WalletClient client = new WalletClient(new DotNetCryptoPrimitives(), new DotNetRandomSource(), store, new StopwatchClock(), frameLink, requestLink);
            WalletEvent e = new WalletEvent();
            void Drive(Func<bool> done)
            {
                while (!done())
                {
                    if (!client.Poll(e))
                    {
                        if (frameLink != null)
                        {
                            frameLink.Wait(5);
                        }
                        else
                        {
                            requestLink.Wait(5);
                        }
                    }
                }
            }

            byte[] qr = Encoding.ASCII.GetBytes(peer.CreatePairingText());
            client.BeginPairing(qr, 0, qr.Length);
            Drive(() => client.PairingResult != PairingStatus.WrongState);
            List<double> resolve = new List<double>(), authorize = new List<double>(), whole = new List<double>();
            PaymentRequest request = new PaymentRequest(64);
            int approved = 0;
            for (int i = -20; i < payments; i++)
            {
                RandomNumberGenerator.Fill(request.RequestId);
                byte[] payload = Encoding.ASCII.GetBytes("00020101021226BENCH" + i);
                payload.CopyTo(request.Payload, 0);
                request.PayloadLength = payload.Length;
                request.Payee = "Bench Cafe";
                request.AmountMinor = 100 + i;
                request.CurrencyNumeric = 702;
                long start = Stopwatch.GetTimestamp();
                client.Submit(request);
                Drive(() => e.Kind == WalletEventKind.Decision && e.IsFor(request.RequestId));
                long resolved = Stopwatch.GetTimestamp();
                client.Confirm(request.RequestId, ConfirmationMethod.Button, "Pay Bench Cafe");
                e.Clear();
                Drive(() => (e.Kind == WalletEventKind.Decision || e.Kind == WalletEventKind.Failed) && e.IsFor(request.RequestId));
                long end = Stopwatch.GetTimestamp();
                if (i >= 0)
                {
                    // The first 20 warm up JIT, TLS session and SQLite.
                    resolve.Add(Stopwatch.GetElapsedTime(start, resolved).TotalMilliseconds);
                    authorize.Add(Stopwatch.GetElapsedTime(resolved, end).TotalMilliseconds);
                    whole.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
                    approved += e.Outcome == WalletOutcome.Approved ? 1 : 0;
                }
            }

            Console.WriteLine($"{name}: {payments} payments, {approved} approved, ledger {peer.Store.LedgerCount()} rows");
            Console.WriteLine($"  request -> decision, stage 0 (Hello+Challenge, resolve):   p50 {P(resolve, 50):F2} ms  p99 {P(resolve, 99):F2} ms");
            Console.WriteLine($"  request -> decision, stage 1 (Hello+Challenge, authorize): p50 {P(authorize, 50):F2} ms  p99 {P(authorize, 99):F2} ms");
            Console.WriteLine($"  whole payment (4 exchanges):                               p50 {P(whole, 50):F2} ms  p99 {P(whole, 99):F2} ms");
            frameLink?.Dispose();
            requestLink?.Dispose();
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
            m.Stage = 1;
            m.Payee = "Cafe Alpha";
            m.AmountMinor = 1250;
            m.CurrencyNumeric = 702;
            byte[] payload = Encoding.ASCII.GetBytes(new string('0', 200));
            m.SetData(payload, 0, payload.Length);
            SHA256.HashData(payload).CopyTo(m.PayloadHash, 0);
            m.PayloadKind = 1;
            m.Dynamic = true;
            return m;
        }
    }
}
