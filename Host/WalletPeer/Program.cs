using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Host.WalletPeer.Voice;

// wallet-peer [--db wallet.db] [--bind 127.0.0.1] [--https-port N] [--frame-port N] [--limit [CUR=]MINOR]... [--approval-delay-ms N] [--qr pairing.png]
// wallet-peer bench [--payments N] [--runs R] [--idle N]: the uplink and load benchmark (docs/performance.md, Uplink).
// Starts the reference wallet, prints a fresh pairing QR text (and writes its PNG), serves until Ctrl+C.
// wallet-peer faults [--scenarios N] [--seed S]: the seeded fault campaign (docs/wallet-peer.md, "Fault campaign").
if (args.Length > 0 && args[0] == "faults")
{
    return GlassesFirmware.Host.WalletPeer.Faults.FaultCampaign.Command(args);
}

if (args.Length > 0 && args[0] == "bench")
{
    return await Bench.RunAsync(args);
}

const string Usage = "usage: wallet-peer [--db wallet.db] [--bind 127.0.0.1] [--https-port N] [--frame-port N] [--limit [CUR=]MINOR]... [--approval-delay-ms N] [--qr pairing.png]";
string database = "wallet.db";
string png = "pairing.png";
int httpsPort = 0;
System.Net.IPAddress address = System.Net.IPAddress.Loopback;
int framePort = 0;
DecisionPolicy policy = new DecisionPolicy();
for (int i = 0; i < args.Length; i += 2)
{
    string value = i + 1 < args.Length ? args[i + 1] : null;
    if (value == null || !Apply(args[i], value))
    {
        Console.Error.WriteLine("wallet-peer: " + (value == null ? args[i] + " needs a value" : "bad option " + args[i] + " " + value) + "\n" + Usage);
        return 2;
    }
}

RecognizingVoiceVerifier voice;
try
{
    voice = new RecognizingVoiceVerifier(new SpectralVoiceprint());
}
catch (SpeechRecognizerMissingException e)
{
    Console.Error.WriteLine("wallet-peer: " + e.Message);
    return 2;
}

// Disposed after the host: it deletes the wearers' adapted models.
using RecognizingVoiceVerifier ownedVoice = voice;
await using WalletPeerHost host = await WalletPeerHost.StartAsync(database, policy, voice, httpsPort, framePort, null, address);
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

// One option and its value; false when the option is unknown or the value does not fit it.
bool Apply(string option, string value)
{
    switch (option)
    {
        case "--db":
            database = value;
            return true;
        case "--qr":
            png = value;
            return true;
        case "--https-port":
            return int.TryParse(value, out httpsPort) && httpsPort >= 0 && httpsPort <= 65535;
        case "--frame-port":
            return int.TryParse(value, out framePort) && framePort >= 0 && framePort <= 65535;
        case "--bind":
            return System.Net.IPAddress.TryParse(value, out address);
        case "--limit":
            return policy.TrySetLimit(value);
        case "--approval-delay-ms":
            bool ok = int.TryParse(value, out int delay) && delay >= 0;
            policy.UserApprovalDelayMs = ok ? delay : 0;
            return ok;
        default:
            return false;
    }
}
