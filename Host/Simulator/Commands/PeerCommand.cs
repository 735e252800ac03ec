using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using GlassesFirmware.Host.Adapters.Files;
using GlassesFirmware.Host.Simulator.Demo;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Host.WalletPeer.Voice;

namespace GlassesFirmware.Host.Simulator.Commands
{
    /// <summary>
    /// <c>glasses-sim peer [--data DIR] [--https-port N] [--frame-port N] [--screen-port N] [--limit [CUR=]MINOR]...</c>:
    /// runs the reference wallet (docs/wallet-peer.md) on 127.0.0.1 until Ctrl+C, with the demo's merchants on its
    /// records and the spending limits given (default 100000 minor units in every currency). Prints its
    /// endpoints and a pairing QR (text, and PNG in DIR/pairing.png), and serves a "wallet screen" at
    /// <c>http://127.0.0.1:PORT/pairing.png</c> (<c>/pairing.txt</c>) that shows a fresh single-use pairing QR per
    /// request, for <c>glasses-sim pair --peer URL</c>. Exit code 0 after Ctrl+C, 2 for usage errors or ports in use.
    /// </summary>
    public sealed class PeerCommand : ICommand
    {
        private readonly CancellationToken _stop;

        /// <summary>Runs until Ctrl+C.</summary>
        public PeerCommand()
        {
        }

        /// <summary>Runs until <paramref name="stop"/> is cancelled (tests).</summary>
        public PeerCommand(CancellationToken stop)
        {
            _stop = stop;
        }

        public string Name => "peer";

        public string Usage => "peer [--data DIR] [--https-port N] [--frame-port N] [--screen-port N] [--limit [CUR=]MINOR]...   run the reference wallet until Ctrl+C or SIGTERM";

        public int Run(string[] args, TextWriter output, TextWriter error)
        {
            Options options = Options.Parse(args, new string[0], new[] { "--data", "--https-port", "--frame-port", "--screen-port", "--limit" }, out string problem);
            DecisionPolicy policy = MerchantCodes.Policy();
            string rejected = null;
            if (options == null || !options.TryPort("--https-port", out int httpsPort) || !options.TryPort("--frame-port", out int framePort)
                || !options.TryPort("--screen-port", out int screenPort) || !policy.TrySetLimits(options.GetAll("--limit"), out rejected))
            {
                error.WriteLine("glasses-sim peer: " + (problem ?? (rejected != null ? LimitProblem(rejected) : "a port is a number from 0 to 65535"))
                    + "\nusage: glasses-sim " + Usage);
                return 2;
            }

            string data = Path.GetFullPath(options.Get("--data", "wallet-data"));
            WalletPeerHost peer = null;
            RecognizingVoiceVerifier voice = null;
            HttpListener screen;
            string screenUrl = "http://127.0.0.1:" + (screenPort != 0 ? screenPort : WalletPeerHost.FreePort()) + "/";
            try
            {
                OutputFolder.Create(data);
                try
                {
                    voice = new RecognizingVoiceVerifier(new SpectralVoiceprint());
                }
                catch (SpeechRecognizerMissingException e)
                {
                    error.WriteLine("glasses-sim peer: " + e.Message);
                    return 2;
                }

                peer = WalletPeerHost.StartAsync(Path.Combine(data, "wallet.db"), policy, voice, httpsPort, framePort).GetAwaiter().GetResult();
                screen = new HttpListener();
                screen.Prefixes.Add(screenUrl);
                screen.Start();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is SocketException || e is HttpListenerException)
            {
                peer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
                voice?.Dispose();
                error.WriteLine("glasses-sim peer: cannot start: " + e.Message);
                return 2;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(_stop);
            // Ctrl+C and SIGTERM end the serving loop; the wallet then closes its database cleanly.
            Action<PosixSignalContext> onSignal = context =>
            {
                context.Cancel = true;
                stop.Cancel();
            };
            using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, onSignal);
            using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, onSignal);
            try
            {
                string text = peer.CreatePairingText();
                string png = Path.Combine(data, "pairing.png");
                File.WriteAllBytes(png, WalletPeerHost.PairingPng(text));
                output.WriteLine("reference wallet (database " + Path.Combine(data, "wallet.db") + ")");
                output.WriteLine("  https    " + peer.HttpsEndpoint);
                output.WriteLine("  frames   " + peer.FrameEndpoint + "   (the BLE framing over loopback TCP)");
                output.WriteLine("  anchor   sha256 " + Convert.ToHexStringLower(peer.Fingerprint));
                output.WriteLine("  screen   " + screenUrl + "pairing.png   (a fresh pairing QR per request)");
                output.WriteLine("  voice    PocketSphinx offline, adapted to each enrolled wearer (" + (voice.Adapts ? "SphinxTrain found" : "SphinxTrain missing: apt-get install " + SpeakerAdaptation.Packages) + ")");
                output.WriteLine("pairing QR (" + png + ", single use, valid " + WalletProtocol.OfferLifetime.TotalMinutes + " min):");
                output.WriteLine(text);
                output.WriteLine("serving until Ctrl+C");
                output.Flush();
                using CancellationTokenRegistration closing = stop.Token.Register(screen.Stop);
                ServeScreen(screen, peer, stop.Token);
                return 0;
            }
            finally
            {
                screen.Close();
                peer.DisposeAsync().AsTask().GetAwaiter().GetResult();
                voice.Dispose();
            }
        }

        /// <summary>The message for a <c>--limit</c> value that is neither MINOR nor CUR=MINOR.</summary>
        public static string LimitProblem(string rejected) =>
            "--limit " + rejected + ": give minor units (5000) or a currency and minor units (SGD=5000 or 702=5000)";

        // The wallet's screen: each GET shows a new pairing offer, as a phone wallet's "pair glasses" page does.
        private static void ServeScreen(HttpListener screen, WalletPeerHost peer, CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = screen.GetContext();
                }
                catch (Exception e) when (e is HttpListenerException || e is ObjectDisposedException || e is InvalidOperationException)
                {
                    return;
                }

                using HttpListenerResponse response = context.Response;
                string path = context.Request.Url?.AbsolutePath ?? "";
                byte[] body;
                if (path == "/pairing.png" || path == "/")
                {
                    body = WalletPeerHost.PairingPng(peer.CreatePairingText());
                    response.ContentType = "image/png";
                }
                else if (path == "/pairing.txt")
                {
                    body = Encoding.ASCII.GetBytes(peer.CreatePairingText() + "\n");
                    response.ContentType = "text/plain";
                }
                else
                {
                    response.StatusCode = 404;
                    continue;
                }
                response.ContentLength64 = body.Length;
                response.OutputStream.Write(body, 0, body.Length);
            }
        }
    }
}
