using System;
using System.Collections.Generic;
using System.IO;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Host.Adapters.Confirmation;
using GlassesFirmware.Host.Adapters.Files;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Host.WalletPeer.Voice;
using GlassesFirmware.Host.Simulator.Voice;
using GlassesFirmware.Session;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Host.Simulator.Demo
{
    /// <summary>
    /// The main job end to end, with nothing set up beforehand: the reference wallet starts in process on
    /// 127.0.0.1, the glasses pair by reading the wallet's pairing QR picture with their own decoder, then pay two
    /// merchants by looking at photos of their codes and "saying" the generated confirmation clip, the first over
    /// the BLE framing (loopback TCP), the second over HTTPS after the BLE link is gone. Passes when both are
    /// approved and the wallet's database holds one decision per request id.
    /// </summary>
    public sealed class DemoRun
    {
        /// <summary>The camera: QVGA, as the ESP32 camera modules deliver it.</summary>
        public const int CameraWidth = 320;
        public const int CameraHeight = 240;

        private const int PaymentLimitMs = 30000;
        // Room for the whole enrolment script in real time: about 36 s of speech and a pause after each of 20 prompts.
        private const int EnrolmentLimitMs = 120000;

        private readonly string _data;
        private readonly string _annotate;
        private readonly EventLog _log;
        private readonly DecisionPolicy _policy;

        /// <summary>A run in <paramref name="dataFolder"/>; the wallet decides by <paramref name="policy"/> (default: <see cref="MerchantCodes.Policy"/>).</summary>
        public DemoRun(string dataFolder, string annotateFolder, EventLog log, DecisionPolicy policy = null)
        {
            _data = dataFolder;
            _annotate = annotateFolder;
            _log = log;
            _policy = policy ?? MerchantCodes.Policy();
        }

        /// <summary>The payments' reports, in order.</summary>
        public List<PaymentReport> Payments { get; } = new List<PaymentReport>();

        /// <summary>The wallet's database after the payments, or null when the run stopped before.</summary>
        public WalletAudit Audit { get; private set; }

        /// <summary>Runs the demo; true when it passed. Throws only for I/O and socket failures of the host.</summary>
        public bool Execute()
        {
            OutputFolder.Create(_data);
            string[] photos = WriteInputs();
            RecognizingVoiceVerifier recognizer;
            short[][] script;
            short[][] clips;
            try
            {
                // The wearer's voice saying each enrolment phrase; the payments say two of them again, "confirm" and "cancel".
                script = Array.ConvertAll(EnrolmentScript.Phrases, phrase => SpeechSynthesizer.Speak(phrase, "en-us"));
                clips = new[] { script[Array.IndexOf(EnrolmentScript.Phrases, "confirm")], script[Array.IndexOf(EnrolmentScript.Phrases, "cancel")] };
                recognizer = new RecognizingVoiceVerifier(new SpectralVoiceprint());
            }
            catch (Exception e) when (e is SpeechSynthesizerMissingException || e is SpeechRecognizerMissingException)
            {
                _log.Add("result", "FAIL: " + e.Message);
                return false;
            }

            File.WriteAllBytes(Path.Combine(_data, "confirm.wav"), ConfirmationClip.Wav(clips[0]));
            File.WriteAllBytes(Path.Combine(_data, "cancel.wav"), ConfirmationClip.Wav(clips[1]));
            using var listening = new ListeningWallet(recognizer, _log, _data);
            int enrolled = 0;
            WalletPeerHost peer = WalletPeerHost.StartAsync(Path.Combine(_data, "wallet.db"), _policy, listening).GetAwaiter().GetResult();
            try
            {
                _log.Add("peer", "reference wallet: " + peer.HttpsEndpoint + " (HTTPS), " + peer.FrameEndpoint + " (BLE framing), anchor sha256 "
                    + Convert.ToHexStringLower(peer.Fingerprint)[..16] + "...");
                using var glasses = new SimulatedGlasses(Path.Combine(_data, "glasses"), CameraWidth, CameraHeight, _log);
                if (!Pair(peer, glasses))
                {
                    return false;
                }

                // Right after pairing the glasses record the wearer's voiceprint samples: one per enrolment script phrase.
                enrolled = glasses.Enrol(script, EnrolmentLimitMs);
                _log.Add("enrol", enrolled + " voiceprint enrolment samples sent by the glasses");

                string[] transports = { "BLE framing", "HTTPS", "HTTPS" };
                string[] words = { "confirm", "confirm", "cancel" };
                for (int i = 0; i < photos.Length; i++)
                {
                    if (i == 1)
                    {
                        glasses.DropBle();
                        _log.Add("link", "BLE link closed (the phone is out of range): the glasses go on over HTTPS");
                    }
                    MerchantCodes.Merchant m = MerchantCodes.Demo[i];
                    _log.Add("pay", "payment " + (i + 1) + " over " + transports[i] + ": " + m.QrName + ", SGD " + m.Amount + " (" + Path.GetFileName(photos[i]) + ")");
                    _log.Add("mic", "the wearer will say \"" + words[i] + "\" (espeak-ng, en-us)");
                    PaymentReport report = glasses.Pay(GreyImage.Load(photos[i]), clips[i == 2 ? 1 : 0], PaymentLimitMs);
                    Payments.Add(report);
                    _log.Add("pay", "payment " + (i + 1) + ": " + SessionNames.Outcome(report.Outcome) + " in " + report.Ms + " ms; "
                        + report.FramesSent + " BLE fragments, " + report.HttpsAttempts + " HTTPS posts");
                    Annotate("payment-" + (i + 1), report, "payment " + (i + 1) + " over " + transports[i]);
                }
            }
            finally
            {
                Audit = WalletAudit.Of(peer.Store);
                peer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            _log.Add("wallet", Audit.ToString());
            int samples = EnrolmentScript.Phrases.Length;
            bool passed = enrolled == samples && listening.EnrolledSamples == samples && Payments.Count == 3
                && Payments[0].Outcome == SessionOutcome.Approved && Payments[1].Outcome == SessionOutcome.Approved
                && Payments[2].Outcome == SessionOutcome.Cancelled
                && Payments[0].HttpsAttempts == 0 && Payments[0].FramesSent > 0
                && Payments[1].FramesSent == 0 && Payments[1].HttpsAttempts > 0
                && Audit.Requests == 3 && Audit.Approved == 2 && Audit.LedgerRequestIds == 2 && Audit.OneDecisionPerRequest;
            _log.Add("result", passed ? "PASS: the wearer's voice enrolled from " + samples + " samples, \"confirm\" paid once over each link (BLE framing, HTTPS), \"cancel\" cancelled with nothing booked, one decision per request id"
                : "FAIL: expected " + samples + " enrolment samples, two approved payments, one per link, a cancelled third one, and one decision per request id");
            return passed;
        }

        // The bundled inputs, generated: two merchant photos and the confirmation clip.
        private string[] WriteInputs()
        {
            var photos = new string[MerchantCodes.Demo.Length];
            for (int i = 0; i < photos.Length; i++)
            {
                GreyImage photo = MerchantCodes.Photo(MerchantCodes.Payload(MerchantCodes.Demo[i]), CameraWidth, CameraHeight, 100 + i);
                photos[i] = Path.Combine(_data, "merchant-" + (i + 1) + ".png");
                CameraView.SavePng(photos[i], photo);
            }
            _log.Add("demo", "generated " + photos.Length + " merchant photos (" + CameraWidth + "x" + CameraHeight + ") in " + _data + "; the wearer's clips confirm.wav and cancel.wav come from espeak-ng");
            return photos;
        }

        // The wallet shows its pairing QR; the glasses read it with the loop's pairing scan after the pairing gesture.
        private bool Pair(WalletPeerHost peer, SimulatedGlasses glasses)
        {
            string png = Path.Combine(_data, "pairing.png");
            File.WriteAllBytes(png, WalletPeerHost.PairingPng(peer.CreatePairingText()));
            PairingStatus status = glasses.Pair(GreyImage.Load(png), ble: true, https: true, 20000, out string error);
            if (status != PairingStatus.Ok)
            {
                _log.Add("pair", "FAIL: " + error);
                return false;
            }
            return true;
        }

        private void Annotate(string name, PaymentReport report, string title)
        {
            if (_annotate == null || report.CameraFrame == null)
            {
                return;
            }
            var frame = new GreyImage(report.CameraFrame, CameraWidth, CameraHeight);
            string path = Path.Combine(_annotate, name + ".png");
            CameraView.AnnotatePayment(path, frame, title, report);
            _log.Add("annotate", path);
        }
    }
}
