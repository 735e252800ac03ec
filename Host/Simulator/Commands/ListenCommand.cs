using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Host.Simulator.Voice;
using GlassesFirmware.Host.WalletPeer.Voice;

namespace GlassesFirmware.Host.Simulator.Commands
{
    /// <summary>
    /// <c>glasses-sim listen [--quick] [--adpcm] [--data DIR]</c>: the wallet's recognition accuracy on synthesized
    /// speech after the glasses' device path and codec (docs/wallet-peer.md, Recognition), one line per miss and a
    /// table by intent and noise level.
    /// </summary>
    public sealed class ListenCommand : ICommand
    {
        public string Name => "listen";

        public string Usage => "listen [--quick] [--adpcm] [--data DIR]   recognition accuracy on the synthesized corpus (espeak-ng + PocketSphinx)";

        public int Run(string[] args, TextWriter output, TextWriter error)
        {
            bool quick = args.Contains("--quick");
            IVoiceEncoder encoder = args.Contains("--adpcm") ? new ImaAdpcm() : new MuLaw8k();
            int dataAt = Array.IndexOf(args, "--data");
            string data = dataAt >= 0 && dataAt + 1 < args.Length ? args[dataAt + 1] : null;
            if (data != null)
            {
                Directory.CreateDirectory(data);
            }

            try
            {
                using var verifier = new RecognizingVoiceVerifier(new SpectralVoiceprint());
                List<RecognitionResult> results = RecognitionRun.Run(quick ? SpeechCorpus.Quick() : SpeechCorpus.Full(), verifier, encoder, data);
                foreach (RecognitionResult r in results.Where(r => !r.Right))
                {
                    output.WriteLine("miss  " + r.Case + "  heard \"" + r.Heard + "\"");
                }

                output.WriteLine("intent           20 dB        10 dB        all");
                foreach (string group in new[] { "confirm/cancel", "amount" })
                {
                    Func<RecognitionResult, bool> inGroup = r => (r.Case.Intent == IntentKind.Amount) == (group == "amount");
                    output.WriteLine($"{group,-16} {Cell(results.Where(inGroup).Where(r => r.Case.SnrDb == 20))}  {Cell(results.Where(inGroup).Where(r => r.Case.SnrDb == 10))}  {Cell(results.Where(inGroup))}");
                }

                return 0;
            }
            catch (Exception e) when (e is SpeechRecognizerMissingException || e is SpeechSynthesizerMissingException)
            {
                error.WriteLine("glasses-sim listen: " + e.Message);
                return 2;
            }
        }

        private static string Cell(IEnumerable<RecognitionResult> results)
        {
            int n = results.Count();
            int right = results.Count(r => r.Right);
            return $"{right,3}/{n,-3} {(n == 0 ? 0 : 100.0 * right / n),5:F1} %".PadRight(11);
        }
    }
}
