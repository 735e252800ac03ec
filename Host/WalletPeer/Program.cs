using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using GlassesFirmware.Host.WalletPeer;

// wallet-peer [--db wallet.db] [--bind 127.0.0.1] [--https-port N] [--frame-port N] [--limit MINOR] [--approval-delay-ms N] [--qr pairing.png]
// wallet-peer bench [--payments N]: the uplink benchmark (docs/performance.md, Uplink).
// Starts the reference wallet, prints a fresh pairing QR text (and writes its PNG), serves until Ctrl+C.
if (args.Length > 0 && args[0] == "bench")
{
    return await Bench.RunAsync(args);
}

string database = "wallet.db";
string png = "pairing.png";
int httpsPort = 0;
System.Net.IPAddress address = System.Net.IPAddress.Loopback;
int framePort = 0;
DecisionPolicy policy = new DecisionPolicy();
for (int i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--db": database = args[i + 1]; break;
        case "--https-port": httpsPort = int.Parse(args[i + 1]); break;
        case "--frame-port": framePort = int.Parse(args[i + 1]); break;
        case "--limit": policy.LimitMinor = long.Parse(args[i + 1]); break;
        case "--approval-delay-ms": policy.UserApprovalDelayMs = int.Parse(args[i + 1]); break;
        case "--qr": png = args[i + 1]; break;
        case "--bind": address = System.Net.IPAddress.Parse(args[i + 1]); break;
        default:
            Console.Error.WriteLine("unknown option " + args[i]);
            return 2;
    }
}

await using WalletPeerHost host = await WalletPeerHost.StartAsync(database, policy, new MarkerVoiceVerifier(), httpsPort, framePort, null, address);
string text = host.CreatePairingText();
File.WriteAllBytes(png, WalletPeerHost.PairingPng(text));
Console.WriteLine("https " + host.HttpsEndpoint + "  frames " + host.FrameEndpoint + "  anchor sha256 " + Convert.ToHexStringLower(host.Fingerprint));
Console.WriteLine("pairing QR (" + png + ", valid " + WalletProtocol.OfferLifetime.TotalMinutes + " min):");
Console.WriteLine(text);
using CancellationTokenSource stop = new CancellationTokenSource();
Console.CancelKeyPress += (sender, e) => { e.Cancel = true; stop.Cancel(); };
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (TaskCanceledException)
{
}

return 0;
