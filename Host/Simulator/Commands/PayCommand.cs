using System;
using System.IO;
using GlassesFirmware.Host.Adapters.Files;
using GlassesFirmware.Host.Simulator.Demo;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Host.Simulator.Voice;
using GlassesFirmware.Session;

namespace GlassesFirmware.Host.Simulator.Commands
{
    /// <summary>
    /// <c>glasses-sim pay --qr IMG --voice WAV --transport ble|https [--data DIR] [--json] [--annotate DIR]</c>: one
    /// payment by the paired glasses (data folder from <c>pair</c>, default ./glasses-data) against a running wallet:
    /// a tap arms them, the camera sees IMG (the camera has the picture's size), and after the readback the wearer
    /// says WAV (16 kHz mono; other rates and stereo are converted). Prints each state with the elapsed time.
    /// Exit code 0 when approved, 1 when declined, failed, refused or cancelled, 2 for usage errors or unreadable
    /// files, 3 when the glasses are not paired or the wallet cannot be reached.
    /// </summary>
    public sealed class PayCommand : ICommand
    {
        private const int LimitMs = 90000;

        public string Name => "pay";

        public string Usage => "pay --qr IMG --voice WAV --transport ble|https [--data DIR] [--json] [--annotate DIR]   pay with the paired glasses";

        public int Run(string[] args, TextWriter output, TextWriter error)
        {
            Options options = Options.Parse(args, new[] { "--json" }, new[] { "--qr", "--voice", "--transport", "--data", "--annotate" }, out string problem);
            string transport = options?.Get("--transport");
            if (options == null || options.Get("--qr") == null || options.Get("--voice") == null || (transport != "ble" && transport != "https"))
            {
                error.WriteLine("glasses-sim pay: " + (problem ?? "--qr IMG, --voice WAV and --transport ble|https are required") + "\nusage: glasses-sim " + Usage);
                return 2;
            }

            GreyImage picture;
            short[] voice;
            try
            {
                picture = GreyImage.Load(options.Get("--qr"));
                voice = WavMicrophone.LoadWav(options.Get("--voice"));
                if (options.Get("--annotate") != null)
                {
                    OutputFolder.Create(options.Get("--annotate"));
                }

                string dataOption = options.Get("--data", "glasses-data");
                if (File.Exists(dataOption))
                {
                    throw new InputFileException(dataOption, InputProblem.NotAFolder, "is a file, not the glasses' data folder");
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidDataException)
            {
                error.WriteLine("glasses-sim pay: " + e.Message);
                return 2;
            }

            string data = Path.GetFullPath(options.Get("--data", "glasses-data"));
            if (!Directory.Exists(data))
            {
                error.WriteLine("glasses-sim pay: not paired (no data folder " + data + "): run glasses-sim pair first");
                return 3;
            }
            var log = new EventLog(output, options.Has("--json"));
            using var glasses = new SimulatedGlasses(data, picture.Width, picture.Height, log);
            string why = glasses.Boot(transport == "ble", transport == "https");
            if (why != null)
            {
                error.WriteLine("glasses-sim pay: " + why);
                return 3;
            }
            log.Add("pay", "over " + (transport == "ble" ? "BLE framing" : "HTTPS") + ": " + Path.GetFileName(options.Get("--qr")));
            PaymentReport report = glasses.Pay(picture, voice, LimitMs);
            string annotate = options.Get("--annotate");
            if (annotate != null && report.CameraFrame != null)
            {
                string path = Path.Combine(annotate, Path.GetFileNameWithoutExtension(options.Get("--qr")) + "-seen.png");
                CameraView.AnnotatePayment(path, new GreyImage(report.CameraFrame, picture.Width, picture.Height), "pay over " + transport, report);
                log.Add("annotate", path);
            }
            log.Add("result", SessionNames.Outcome(report.Outcome) + " in " + report.Ms + " ms"
                + (report.Error == SessionError.None ? "" : " (" + SessionNames.Error(report.Error) + " in " + SessionNames.State(report.ErrorState) + ")"));
            return report.Outcome == SessionOutcome.Approved ? 0 : 1;
        }
    }
}
