using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace GlassesFirmware.Host.Simulator.Voice
{
    /// <summary>
    /// Test and demo speech from two synthesizers of Debian's packages: espeak-ng (formant synthesis; voice names as
    /// espeak-ng has them, "en-us") and flite (CMU Flite 2.2: diphone and statistical parametric voices; voice names
    /// "flite:" and the voice, "flite:slt"). The text spoken by one English voice, as 16 kHz mono PCM. Without the
    /// program <see cref="Speak"/> throws <see cref="SpeechSynthesizerMissingException"/> naming the package.
    /// </summary>
    public static class SpeechSynthesizer
    {
        /// <summary>The prefix of a flite voice name.</summary>
        public const string FlitePrefix = "flite:";

        /// <summary>The Debian packages of the synthesizers.</summary>
        public const string Packages = "espeak-ng flite";

        /// <summary>
        /// The voices of the test corpus. espeak-ng: US, British, Scottish, Caribbean and RP English, male and female
        /// variants. flite: kal (US male diphone, 8 kHz), kal16 (the same at 16 kHz), awb (Scottish male), rms (US
        /// male) and slt (US female), the last three statistical parametric voices built from recordings.
        /// </summary>
        public static readonly string[] Voices =
        {
            "en-us", "en-us+f3", "en-gb", "en-gb-scotland+m3", "en-029+f2", "en-gb-x-rp+klatt",
            "flite:kal", "flite:kal16", "flite:awb", "flite:rms", "flite:slt",
        };

        /// <summary>The synthesizer of <paramref name="voice"/>: "flite" or "espeak-ng".</summary>
        public static string SynthesizerOf(string voice) => voice.StartsWith(FlitePrefix, StringComparison.Ordinal) ? "flite" : "espeak-ng";

        /// <summary>Speaks <paramref name="text"/> with <paramref name="voice"/> at <paramref name="wordsPerMinute"/>; peak about -6 dBFS.</summary>
        public static short[] Speak(string text, string voice, int wordsPerMinute = 160)
        {
            string wav = Path.Combine(Path.GetTempPath(), "glasses-speech-" + Guid.NewGuid().ToString("N") + ".wav");
            try
            {
                string program = SynthesizerOf(voice);
                var arguments = new List<string>();
                if (program == "flite")
                {
                    // Flite speaks about 160 words a minute at its own pace; a longer duration is a slower speaker.
                    double stretch = 160.0 / wordsPerMinute;
                    arguments.AddRange(new[] { "-voice", voice.Substring(FlitePrefix.Length), "--setf", "duration_stretch=" + stretch.ToString("0.###", CultureInfo.InvariantCulture), "-t", text, "-o", wav });
                }
                else
                {
                    arguments.AddRange(new[] { "-v", voice, "-s", wordsPerMinute.ToString(CultureInfo.InvariantCulture), "-w", wav, text });
                }

                Run(program, arguments, voice, wav);
                return Normalize(WavMicrophone.LoadWav(wav), 16000);
            }
            finally
            {
                File.Delete(wav);
            }
        }

        private static void Run(string program, List<string> arguments, string voice, string wav)
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (string a in arguments)
            {
                start.ArgumentList.Add(a);
            }

            Process process;
            try
            {
                process = Process.Start(start);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                throw new SpeechSynthesizerMissingException("test speech needs " + program + ": apt-get install " + program + " (the .ci/run script installs " + Packages + ")");
            }

            using (process)
            {
                _ = process.StandardOutput.ReadToEndAsync();
                string problem = process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0 || !File.Exists(wav) || new FileInfo(wav).Length <= 44)
                {
                    throw new InvalidOperationException(program + " failed for voice " + voice + ": " + problem);
                }
            }
        }

        // Scales to a peak of `peak`, like a microphone gain set for speech at arm's length.
        private static short[] Normalize(short[] pcm, int peak)
        {
            int max = 1;
            foreach (short s in pcm)
            {
                max = Math.Max(max, Math.Abs((int)s));
            }

            var scaled = new short[pcm.Length];
            for (int i = 0; i < pcm.Length; i++)
            {
                scaled[i] = (short)(pcm[i] * peak / max);
            }

            return scaled;
        }
    }

    /// <summary>A test-speech synthesizer is not installed: the message names the package and the command that installs it.</summary>
    public sealed class SpeechSynthesizerMissingException : Exception
    {
        /// <summary>Creates the exception with its message.</summary>
        public SpeechSynthesizerMissingException(string message)
            : base(message)
        {
        }
    }
}
