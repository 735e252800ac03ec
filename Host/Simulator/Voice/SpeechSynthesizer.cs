using System;
using System.Diagnostics;
using System.IO;

namespace GlassesFirmware.Host.Simulator.Voice
{
    /// <summary>
    /// Test and demo speech from espeak-ng (Debian package espeak-ng): the text spoken by one English voice,
    /// as 16 kHz mono PCM. Without the program <see cref="Speak"/> throws <see cref="SpeechSynthesizerMissingException"/>
    /// naming the package.
    /// </summary>
    public static class SpeechSynthesizer
    {
        /// <summary>The voices of the test corpus: US, British, Scottish, Caribbean and RP English, male and female variants.</summary>
        public static readonly string[] Voices = { "en-us", "en-us+f3", "en-gb", "en-gb-scotland+m3", "en-029+f2", "en-gb-x-rp+klatt" };

        /// <summary>Speaks <paramref name="text"/> with <paramref name="voice"/> at <paramref name="wordsPerMinute"/>; peak about -6 dBFS.</summary>
        public static short[] Speak(string text, string voice, int wordsPerMinute = 160)
        {
            string wav = Path.Combine(Path.GetTempPath(), "glasses-speech-" + Guid.NewGuid().ToString("N") + ".wav");
            try
            {
                var start = new ProcessStartInfo("espeak-ng") { RedirectStandardError = true, RedirectStandardOutput = true };
                foreach (string a in new[] { "-v", voice, "-s", wordsPerMinute.ToString(), "-w", wav, text })
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
                    throw new SpeechSynthesizerMissingException("test speech needs espeak-ng: apt-get install espeak-ng (the .ci/run script does it)");
                }

                using (process)
                {
                    string problem = process.StandardError.ReadToEnd();
                    process.WaitForExit();
                    if (process.ExitCode != 0 || !File.Exists(wav))
                    {
                        throw new InvalidOperationException("espeak-ng failed for voice " + voice + ": " + problem);
                    }
                }

                return Normalize(WavMicrophone.LoadWav(wav), 16000);
            }
            finally
            {
                File.Delete(wav);
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

    /// <summary>espeak-ng is not installed: the message names the package and the command that installs it.</summary>
    public sealed class SpeechSynthesizerMissingException : Exception
    {
        /// <summary>Creates the exception with its message.</summary>
        public SpeechSynthesizerMissingException(string message)
            : base(message)
        {
        }
    }
}
