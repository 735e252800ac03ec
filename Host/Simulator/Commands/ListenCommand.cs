using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GlassesFirmware.Board;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Host.Simulator.Voice;
using GlassesFirmware.Host.WalletPeer.Voice;

namespace GlassesFirmware.Host.Simulator.Commands
{
    /// <summary>
    /// <c>glasses-sim listen [--quick|--negatives] [--dev] [--rates FIRST,SECOND] [--no-enrol] [--amounts-confirm] [--codec NAME] [--clean] [--synthesizer espeak-ng|flite] [--pre-roll FRAMES] [--data DIR]</c>: the wallet's recognition accuracy on
    /// synthesized speech after the glasses' device path and codec (docs/wallet-peer.md, Recognition), one line per
    /// miss and a table by intent and noise level. <c>--codec none</c> hands the 16 kHz speech straight to the
    /// recognizer and <c>--clean</c> leaves the room noise out, which tells where accuracy is lost. <c>--negatives</c>
    /// runs the negative corpus instead: other words and amounts heard as a confirmation, none of which may confirm;
    /// <c>--amounts-confirm</c> hears each spoken amount as the confirmation of that amount. <c>--dev</c> runs the
    /// development set (or its negatives) instead: what the recognizer is tuned on, disjoint from the corpus.
    /// <c>--pre-roll</c> sets how many 20 ms frames the glasses' detector hands back before an utterance's onset (the
    /// device keeps <see cref="BufferSizes.VoicePreRollFrames"/>), to measure what a start cut by the detector costs.
    /// Each voice enrols first (<see cref="RecognitionRun.Enrol"/>: the wallet adapts to it) unless <c>--no-enrol</c>;
    /// <c>--rates</c> says the corpus at two other speaking rates, in other noise.
    /// </summary>
    public sealed class ListenCommand : ICommand
    {
        public string Name => "listen";

        public string Usage => "listen [--quick|--negatives] [--dev] [--rates FIRST,SECOND] [--no-enrol] [--amounts-confirm] [--codec " + string.Join("|", Codecs.Keys) + "] [--clean] [--synthesizer espeak-ng|flite] [--pre-roll FRAMES] [--data DIR]   recognition accuracy on the synthesized corpus (espeak-ng and flite speech, PocketSphinx)";

        // The longest pre-roll --pre-roll accepts: 1 s, well inside the detector's longest utterance (5 s).
        private const int MaxPreRollFrames = 50;

        // The speaking rates --rates accepts (words a minute): what both synthesizers say intelligibly.
        private const int MinRate = 80;
        private const int MaxRate = 250;

        // The device paths by name; null = no device path (16 kHz PCM straight to the recognizer).
        private static readonly Dictionary<string, Func<IVoiceEncoder>> Codecs = new()
        {
            ["mulaw16k"] = () => new MuLawEncoder(VoiceCodec.MuLaw16k),
            ["mulaw8k"] = () => new MuLawEncoder(VoiceCodec.MuLaw8k),
            ["adpcm"] = () => new ImaAdpcm(),
            ["none"] = () => null,
        };

        public int Run(string[] args, TextWriter output, TextWriter error)
        {
            bool quick = args.Contains("--quick");
            bool clean = args.Contains("--clean");
            bool negatives = args.Contains("--negatives");
            bool amountsConfirm = args.Contains("--amounts-confirm");
            int codecAt = Array.IndexOf(args, "--codec");
            string codec = codecAt >= 0 && codecAt + 1 < args.Length ? args[codecAt + 1] : "mulaw16k";
            if (!Codecs.TryGetValue(codec, out Func<IVoiceEncoder> makeEncoder))
            {
                error.WriteLine("glasses-sim listen: unknown codec " + codec + "; one of " + string.Join(", ", Codecs.Keys));
                return 2;
            }

            int preRoll = BufferSizes.VoicePreRollFrames;
            int preRollAt = Array.IndexOf(args, "--pre-roll");
            if (preRollAt >= 0 && (preRollAt + 1 >= args.Length || !int.TryParse(args[preRollAt + 1], out preRoll) || preRoll < 1 || preRoll > MaxPreRollFrames))
            {
                error.WriteLine("glasses-sim listen: --pre-roll needs a number of 20 ms frames from 1 to " + MaxPreRollFrames);
                return 2;
            }

            int firstRate = SpeechCorpus.FirstRate, secondRate = SpeechCorpus.SecondRate;
            int ratesAt = Array.IndexOf(args, "--rates");
            if (ratesAt >= 0)
            {
                string[] rates = ratesAt + 1 < args.Length ? args[ratesAt + 1].Split(',') : Array.Empty<string>();
                if (rates.Length != 2 || !int.TryParse(rates[0], out firstRate) || !int.TryParse(rates[1], out secondRate)
                    || firstRate < MinRate || firstRate > MaxRate || secondRate < MinRate || secondRate > MaxRate)
                {
                    error.WriteLine("glasses-sim listen: --rates needs two speaking rates FIRST,SECOND in words a minute, from " + MinRate + " to " + MaxRate);
                    return 2;
                }
            }

            int synthesizerAt = Array.IndexOf(args, "--synthesizer");
            string synthesizerOnly = synthesizerAt >= 0 && synthesizerAt + 1 < args.Length ? args[synthesizerAt + 1] : null;
            IVoiceEncoder encoder = makeEncoder();
            int dataAt = Array.IndexOf(args, "--data");
            string data = dataAt >= 0 && dataAt + 1 < args.Length ? args[dataAt + 1] : null;
            if (data != null)
            {
                Directory.CreateDirectory(data);
            }

            try
            {
                using var verifier = new RecognizingVoiceVerifier(new SpectralVoiceprint());
                bool dev = args.Contains("--dev");
                List<SpeechCase> cases = dev
                    ? (negatives ? SpeechCorpus.DevNegatives() : SpeechCorpus.Dev())
                    : negatives ? SpeechCorpus.Negatives() : quick ? SpeechCorpus.Quick() : SpeechCorpus.Full(firstRate, secondRate);
                if (synthesizerOnly != null)
                {
                    cases = cases.Where(c => SpeechSynthesizer.SynthesizerOf(c.Voice) == synthesizerOnly).ToList();
                }

                if (!args.Contains("--no-enrol"))
                {
                    if (!verifier.Adapts)
                    {
                        error.WriteLine("glasses-sim listen: the wallet cannot adapt to a wearer without CMU SphinxTrain: apt-get install " + SpeakerAdaptation.Packages + " (or --no-enrol)");
                        return 2;
                    }

                    RecognitionRun.Enrol(cases, verifier, encoder, preRoll);
                }

                List<RecognitionResult> results = RecognitionRun.Run(cases, verifier, encoder, data, !clean, amountsConfirm, preRoll);
                foreach (RecognitionResult r in results.Where(r => !r.Right))
                {
                    output.WriteLine("miss  " + r.Case + "  heard \"" + r.Heard + "\"");
                }

                if (negatives)
                {
                    output.WriteLine("synthesizer                   20 dB        10 dB        all");
                    foreach (string synthesizer in Synthesizers(results).Append("all"))
                    {
                        var of = results.Where(r => synthesizer == "all" || SpeechSynthesizer.SynthesizerOf(r.Case.Voice) == synthesizer).ToList();
                        output.WriteLine($"{synthesizer,-12} not confirmed    {Cell(of.Where(r => r.Case.SnrDb == 20))}  {Cell(of.Where(r => r.Case.SnrDb == 10))}  {Cell(of)}");
                    }

                    return results.All(r => r.Right) ? 0 : 1;
                }

                output.WriteLine("synthesizer  intent           20 dB        10 dB        all");
                foreach (string synthesizer in Synthesizers(results).Append("all"))
                {
                    foreach (string group in new[] { "confirm/cancel", "amount" })
                    {
                        Func<RecognitionResult, bool> inGroup = r => (r.Case.Intent == IntentKind.Amount) == (group == "amount")
                            && (synthesizer == "all" || SpeechSynthesizer.SynthesizerOf(r.Case.Voice) == synthesizer);
                        output.WriteLine($"{synthesizer,-12} {group,-16} {Cell(results.Where(inGroup).Where(r => r.Case.SnrDb == 20))}  {Cell(results.Where(inGroup).Where(r => r.Case.SnrDb == 10))}  {Cell(results.Where(inGroup))}");
                    }
                }

                // The miss that pays: a cancel the wallet took as a confirmation.
                output.WriteLine($"cancels taken as a confirmation: {results.Count(r => r.Case.Intent == IntentKind.Cancel && r.Confirms)} of {results.Count(r => r.Case.Intent == IntentKind.Cancel)}");
                return 0;
            }
            catch (Exception e) when (e is SpeechRecognizerMissingException || e is SpeechSynthesizerMissingException)
            {
                error.WriteLine("glasses-sim listen: " + e.Message);
                return 2;
            }
        }

        // The synthesizers of the results' voices, in corpus order.
        private static IEnumerable<string> Synthesizers(List<RecognitionResult> results) =>
            results.Select(r => SpeechSynthesizer.SynthesizerOf(r.Case.Voice)).Distinct();

        private static string Cell(IEnumerable<RecognitionResult> results)
        {
            int n = results.Count();
            int right = results.Count(r => r.Right);
            return $"{right,3}/{n,-3} {(n == 0 ? 0 : 100.0 * right / n),5:F1} %".PadRight(11);
        }
    }
}
