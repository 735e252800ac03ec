using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using GlassesFirmware.Host.Adapters.Files;
using GlassesFirmware.Host.Simulator.Demo;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Host.Simulator.Voice;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Host.Simulator.Commands
{
    /// <summary>
    /// <c>glasses-sim pair (--peer URL | --qr IMG) [--data DIR] [--transport ble|https] [--enrol WAV,WAV,...] [--json]</c>:
    /// the glasses read a wallet's pairing QR with their own decoder (from the picture IMG, or from the wallet screen that
    /// <c>glasses-sim peer</c> serves at URL) and run the pairing handshake over the BLE framing (default) or HTTPS;
    /// with <c>--enrol</c> the wearer answers the voice enrolment prompts that follow with those clips (16 kHz mono WAV,
    /// in order: the enrolment script's phrases, docs/protocol.md 6.2), so the wallet enrols the wearer's voiceprint; with
    /// fewer clips than phrases the wearer then holds the button, which stops the setup.
    /// The pairing is stored in the glasses' data folder (default ./glasses-data) for <c>pay</c>. Exit code 0 when
    /// paired, 1 when the wallet refused, 2 for usage errors or a picture without a readable code, 3 when the wallet
    /// cannot be reached.
    /// </summary>
    public sealed class PairCommand : ICommand
    {
        private const int LimitMs = 30000;

        // The whole enrolment script, answered in real time (demo: about a minute).
        private const int EnrolmentLimitMs = 120000;

        public string Name => "pair";

        public string Usage => "pair (--peer URL | --qr IMG) [--data DIR] [--transport ble|https] [--enrol WAV,WAV,...] [--json]   pair the glasses with a wallet";

        public int Run(string[] args, TextWriter output, TextWriter error)
        {
            Options options = Options.Parse(args, new[] { "--json" }, new[] { "--peer", "--qr", "--data", "--transport", "--enrol" }, out string problem);
            string transport = options?.Get("--transport", "ble");
            if (options == null || (options.Get("--peer") == null) == (options.Get("--qr") == null) || (transport != "ble" && transport != "https"))
            {
                error.WriteLine("glasses-sim pair: " + (problem ?? "give either --peer URL or --qr IMG, and --transport ble or https") + "\nusage: glasses-sim " + Usage);
                return 2;
            }

            string data = Path.GetFullPath(options.Get("--data", "glasses-data"));
            var log = new EventLog(output, options.Has("--json"));
            string picture = options.Get("--qr");
            try
            {
                string[] enrolFiles = options.Get("--enrol")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? Array.Empty<string>();
                short[][] answers = Array.ConvertAll(enrolFiles, WavMicrophone.LoadWav);
                OutputFolder.Create(data);
                if (picture == null)
                {
                    picture = Path.Combine(data, "pairing-screen.png");
                    string url = options.Get("--peer");
                    log.Add("pair", "looking at the wallet's screen " + url);
                    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
                    File.WriteAllBytes(picture, http.GetByteArrayAsync(new Uri(new Uri(url), "pairing.png")).GetAwaiter().GetResult());
                }
                List<SeenCode> codes = CameraView.Decode(GreyImage.Load(picture));
                if (codes.Count == 0)
                {
                    error.WriteLine("glasses-sim pair: the glasses' decoder finds no QR code in " + picture);
                    return 2;
                }
                // A picture of another code is a usage error, said at once rather than after the pairing window.
                PairingStatus offer = PairingOffer.Parse(Encoding.UTF8.GetBytes(codes[0].Text), 0, Encoding.UTF8.GetByteCount(codes[0].Text), new PairingOffer());
                if (offer != PairingStatus.Ok)
                {
                    error.WriteLine("glasses-sim pair: not a pairing QR (" + PairingStatuses.Name(offer) + ") in " + picture);
                    return 2;
                }
                using var glasses = new SimulatedGlasses(data, 320, 240, log);
                PairingStatus status = glasses.Pair(GreyImage.Load(picture), transport == "ble", transport == "https", LimitMs, out string why);
                if (status == PairingStatus.Ok)
                {
                    if (answers.Length > 0)
                    {
                        int sent = glasses.Enrol(answers, EnrolmentLimitMs);
                        log.Add("enrol", sent + " voiceprint enrolment sample" + (sent == 1 ? "" : "s") + " sent");
                    }
                    else
                    {
                        log.Add("enrol", "no --enrol clips: the enrolment prompts go unanswered, and the wallet accepts any voice until the wearer enrols");
                    }
                    log.Add("result", "paired; the pairing is stored in " + data);
                    return 0;
                }
                error.WriteLine("glasses-sim pair: " + why);
                if (status == PairingStatus.NotAnOffer || status == PairingStatus.BadEncoding || status == PairingStatus.Malformed || status == PairingStatus.UnsupportedVersion)
                {
                    return 2;
                }
                return status == PairingStatus.WrongState || why.StartsWith("cannot reach", StringComparison.Ordinal) ? 3 : 1;
            }
            catch (HttpRequestException e)
            {
                error.WriteLine("glasses-sim pair: cannot reach the wallet's screen: " + e.Message);
                return 3;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidDataException || e is UriFormatException
                || e is TaskCanceledException)
            {
                error.WriteLine("glasses-sim pair: " + e.Message);
                return 2;
            }
        }
    }
}
