using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace GlassesFirmware.Host.WalletPeer.Voice
{
    /// <summary>
    /// Adapts the US English acoustic model to one wearer from the enrolment samples, by MAP adaptation (Bayesian
    /// updating of the model's Gaussian means towards the wearer's speech) with CMU SphinxTrain's tools
    /// (Debian packages sphinxtrain, sphinxbase-utils and pocketsphinx): <c>sphinx_fe</c> computes the features of the
    /// samples as the decoder would, <c>bw</c> aligns them with the phrases said and collects statistics, and
    /// <c>map_adapt</c> writes the adapted model. Offline, about two seconds on a laptop for the twenty samples of
    /// <see cref="GlassesFirmware.Confirmation.EnrolmentScript"/>. Chosen on the development set over MLLR followed by
    /// MAP and over MAP of the variances too (docs/wallet-peer.md, Recognition).
    /// </summary>
    public sealed class SpeakerAdaptation
    {
        /// <summary>The Debian packages the adaptation needs besides the recognizer's.</summary>
        public const string Packages = "sphinxtrain sphinxbase-utils pocketsphinx";

        private const string TrainerDirectory = "/usr/lib/sphinxtrain";
        private const string FeatureTool = "/usr/bin/sphinx_fe";
        private const string ModelDefinitionTool = "/usr/bin/pocketsphinx_mdef_convert";

        // Longest a tool may run: each takes well under a second for an enrolment; a hung tool must not hold the
        // wearer's hearings (they wait for the adaptation under way) for ever.
        private const int ToolTimeoutMs = 30000;

        // The files of the base model the adapted model keeps as they are, the variances among them: adapted from twenty
        // samples in one room's noise they fitted that noise, and the development set's amounts fell from 162 to 157 of
        // 176. map_adapt writes the means and transition_matrices.
        private static readonly string[] Kept = { "mdef", "feat.params", "noisedict", "sendump", "variances" };

        private readonly string _work;
        private readonly string _base;

        private SpeakerAdaptation(string work)
        {
            _work = work;
            _base = Path.Combine(work, "base");
        }

        /// <summary>True when SphinxTrain's tools are installed.</summary>
        public static bool Available =>
            File.Exists(FeatureTool) && File.Exists(ModelDefinitionTool)
            && File.Exists(Path.Combine(TrainerDirectory, "bw")) && File.Exists(Path.Combine(TrainerDirectory, "map_adapt"));

        /// <summary>
        /// Prepares the adaptation in <paramref name="work"/>: the base model in the form SphinxTrain reads (the model
        /// definition as text, the mixture weights unpacked from the decoder's <c>sendump</c>). Throws
        /// <see cref="SpeechRecognizerMissingException"/> without the tools.
        /// </summary>
        public static SpeakerAdaptation Prepare(string work)
        {
            if (!Available)
            {
                throw new SpeechRecognizerMissingException(
                    "the reference wallet's speaker adaptation needs CMU SphinxTrain: apt-get install " + Packages + " (the .ci/run script does it)");
            }

            var adaptation = new SpeakerAdaptation(work);
            string model = Path.Combine(PocketSphinx.ModelDirectory, "en-us");
            if (Directory.Exists(adaptation._base))
            {
                return adaptation;
            }

            // Prepared aside and moved into place whole, so a preparation cut short is redone, never half used.
            string staging = adaptation._base + ".new";
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, true);
            }

            Directory.CreateDirectory(staging);
            foreach (string file in new[] { "means", "variances", "transition_matrices", "feat.params", "noisedict" })
            {
                File.Copy(Path.Combine(model, file), Path.Combine(staging, file), true);
            }

            Run(ModelDefinitionTool, staging, "-text", Path.Combine(model, "mdef"), Path.Combine(staging, "mdef"));
            MixtureWeights.Unpack(Path.Combine(model, "sendump"), Path.Combine(staging, "mixture_weights"));
            Directory.Move(staging, adaptation._base);
            return adaptation;
        }

        /// <summary>
        /// Writes the model adapted to the speaker of <paramref name="samples"/> (16 kHz PCM as the recognizer hears it,
        /// each with the phrase it says) to <paramref name="modelDirectory"/>, replacing what was there only once the
        /// new model is whole. Throws <see cref="SpeakerAdaptationException"/> when a tool fails.
        /// </summary>
        public void Adapt(IReadOnlyList<(short[] Pcm, string Phrase)> samples, string modelDirectory)
        {
            if (samples.Count == 0)
            {
                throw new ArgumentException("no samples to adapt to", nameof(samples));
            }

            string job = Path.Combine(_work, "job-" + Guid.NewGuid().ToString("N"));
            string features = Path.Combine(job, "features");
            string counts = Path.Combine(job, "counts");
            string model = Path.Combine(job, "model");
            Directory.CreateDirectory(features);
            Directory.CreateDirectory(counts);
            Directory.CreateDirectory(model);
            try
            {
                var ids = new StringBuilder();
                var said = new StringBuilder();
                for (int i = 0; i < samples.Count; i++)
                {
                    string id = "s" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
                    File.WriteAllBytes(Path.Combine(features, id + ".raw"), MemoryMarshal.AsBytes(samples[i].Pcm.AsSpan()).ToArray());
                    ids.Append(id).Append('\n');
                    said.Append("<s> ").Append(samples[i].Phrase).Append(" </s> (").Append(id).Append(")\n");
                }

                string control = Path.Combine(job, "samples.fileids");
                string transcription = Path.Combine(job, "samples.transcription");
                File.WriteAllText(control, ids.ToString());
                File.WriteAllText(transcription, said.ToString());

                Run(FeatureTool, job, "-argfile", Path.Combine(_base, "feat.params"), "-samprate", "16000", "-raw", "yes", "-input_endian", "little",
                    "-c", control, "-di", features, "-do", features, "-ei", "raw", "-eo", "mfc");
                Run(Path.Combine(TrainerDirectory, "bw"), job, "-hmmdir", _base, "-moddeffn", Path.Combine(_base, "mdef"), "-ts2cbfn", ".ptm.",
                    "-feat", "1s_c_d_dd", "-svspec", "0-12/13-25/26-38", "-cmn", "batch", "-agc", "none",
                    "-dictfn", Path.Combine(PocketSphinx.ModelDirectory, "cmudict-en-us.dict"), "-fdictfn", Path.Combine(_base, "noisedict"),
                    "-ctlfn", control, "-lsnfn", transcription, "-cepdir", features, "-accumdir", counts);
                Run(Path.Combine(TrainerDirectory, "map_adapt"), job, "-moddeffn", Path.Combine(_base, "mdef"), "-ts2cbfn", ".ptm.",
                    "-meanfn", Path.Combine(_base, "means"), "-varfn", Path.Combine(_base, "variances"),
                    "-mixwfn", Path.Combine(_base, "mixture_weights"), "-tmatfn", Path.Combine(_base, "transition_matrices"), "-accumdir", counts,
                    "-mapmeanfn", Path.Combine(model, "means"), "-mapvarfn", Path.Combine(job, "variances"),
                    "-mapmixwfn", Path.Combine(job, "mixture_weights"), "-maptmatfn", Path.Combine(model, "transition_matrices"));

                // The decoder keeps the base model's packed mixture weights (MAP's changed nothing measured) and variances.
                string source = Path.Combine(PocketSphinx.ModelDirectory, "en-us");
                foreach (string file in Kept)
                {
                    File.Copy(Path.Combine(source, file), Path.Combine(model, file));
                }

                Replace(model, modelDirectory);
            }
            finally
            {
                Directory.Delete(job, true);
            }
        }

        // Puts the new model where the old one was; a reader sees the old model or the new, never a mixture.
        private static void Replace(string model, string modelDirectory)
        {
            string old = modelDirectory + ".old";
            if (Directory.Exists(old))
            {
                Directory.Delete(old, true);
            }

            if (Directory.Exists(modelDirectory))
            {
                Directory.Move(modelDirectory, old);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelDirectory)));
            Directory.Move(model, modelDirectory);
            if (Directory.Exists(old))
            {
                Directory.Delete(old, true);
            }
        }

        private static void Run(string tool, string directory, params string[] arguments)
        {
            var start = new ProcessStartInfo(tool)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start) ?? throw new SpeakerAdaptationException(Path.GetFileName(tool) + " did not start");
            System.Threading.Tasks.Task<string> output = process.StandardOutput.ReadToEndAsync();
            System.Threading.Tasks.Task<string> errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(ToolTimeoutMs))
            {
                process.Kill(true);
                throw new SpeakerAdaptationException(Path.GetFileName(tool) + " did not finish within " + (ToolTimeoutMs / 1000) + " s");
            }

            output.Wait();
            string log = errors.Result;
            if (process.ExitCode != 0)
            {
                string tail = log.Length > 600 ? log.Substring(log.Length - 600) : log;
                throw new SpeakerAdaptationException(Path.GetFileName(tool) + " failed (exit " + process.ExitCode + "): " + tail.Trim());
            }
        }
    }

    /// <summary>A SphinxTrain tool failed while adapting the model to a wearer: the message names the tool and ends with its log.</summary>
    public sealed class SpeakerAdaptationException : Exception
    {
        /// <summary>Creates the exception with its message.</summary>
        public SpeakerAdaptationException(string message)
            : base(message)
        {
        }
    }
}
