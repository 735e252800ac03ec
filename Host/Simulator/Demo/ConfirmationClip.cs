using System;
using System.IO;
using GlassesFirmware.Confirmation;

namespace GlassesFirmware.Host.Simulator.Demo
{
    /// <summary>
    /// A speech-like clip made by code: two voiced syllables with a falling pitch, vowel formants and an "f" of
    /// shaped noise between them, as 16 kHz mono 16-bit PCM, and the WAV writer the demo uses for every clip. It
    /// sounds like speech to the glasses' voice activity detector but says no word: the demo's wearer speaks
    /// with espeak-ng (Voice/SpeechSynthesizer), which the reference wallet's recognizer understands.
    /// </summary>
    public static class ConfirmationClip
    {
        /// <summary>The clip's samples (about 0.95 s, 16 kHz).</summary>
        public static short[] Samples()
        {
            var rng = new Random(11);
            var pcm = new short[AudioFormat.SampleRate * 95 / 100];
            int at = Ms(120);
            at = Syllable(pcm, at, Ms(250), 140, 122, 600, 1000, rng);
            at += Ms(40);
            at = Fricative(pcm, at, Ms(70), rng);
            Syllable(pcm, at, Ms(330), 125, 98, 450, 1350, rng);
            return pcm;
        }

        /// <summary>A RIFF WAVE file (PCM, 16 kHz, mono, 16-bit) of <paramref name="pcm"/>.</summary>
        public static byte[] Wav(short[] pcm)
        {
            var stream = new MemoryStream();
            var w = new BinaryWriter(stream);
            w.Write("RIFF"u8);
            w.Write(36 + pcm.Length * 2);
            w.Write("WAVEfmt "u8);
            w.Write(16);
            w.Write((short)1);
            w.Write((short)1);
            w.Write(AudioFormat.SampleRate);
            w.Write(AudioFormat.SampleRate * 2);
            w.Write((short)2);
            w.Write((short)16);
            w.Write("data"u8);
            w.Write(pcm.Length * 2);
            foreach (short s in pcm)
            {
                w.Write(s);
            }
            w.Flush();
            return stream.ToArray();
        }

        private static int Ms(int ms) => ms * AudioFormat.SampleRate / 1000;

        // A vowel: harmonics of a gliding pitch weighted by two formants, with attack and release.
        private static int Syllable(short[] pcm, int start, int length, double f0From, double f0To, double f1, double f2, Random rng)
        {
            double phase = 0;
            for (int i = 0; i < length && start + i < pcm.Length; i++)
            {
                double t = (double)i / length;
                double f0 = f0From + (f0To - f0From) * t;
                phase += f0 / AudioFormat.SampleRate;
                double v = 0;
                for (int k = 1; k * f0 < 3500; k++)
                {
                    double f = k * f0;
                    double gain = Math.Exp(-Math.Pow((f - f1) / 180, 2)) + 0.6 * Math.Exp(-Math.Pow((f - f2) / 250, 2)) + 0.05;
                    v += gain * Math.Sin(2 * Math.PI * k * phase);
                }
                double envelope = Math.Min(1, Math.Min(i / (double)Ms(30), (length - i) / (double)Ms(60)));
                pcm[start + i] = (short)Math.Clamp((v * 2600 + (rng.NextDouble() - 0.5) * 200) * envelope, short.MinValue, short.MaxValue);
            }
            return start + length;
        }

        // An "f": high-passed noise (first difference of white noise), rising and falling.
        private static int Fricative(short[] pcm, int start, int length, Random rng)
        {
            double last = 0;
            for (int i = 0; i < length && start + i < pcm.Length; i++)
            {
                double white = rng.NextDouble() * 2 - 1;
                double envelope = Math.Sin(Math.PI * i / length);
                pcm[start + i] = (short)((white - last) * 1800 * envelope);
                last = white;
            }
            return start + length;
        }
    }
}
