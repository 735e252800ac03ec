using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Numerics;

namespace GlassesFirmware.Host.WalletPeer.Voice
{
    /// <summary>The speaker-verification part of the voice port: enrol a wearer, then check an utterance against them.</summary>
    public interface IVoiceprint
    {
        /// <summary>Enrols the wearer of <paramref name="deviceId"/> with utterances (16 kHz PCM) recorded at pairing; no samples: forgets the wearer.</summary>
        void Enrol(byte[] deviceId, short[][] samples);

        /// <summary>True when <paramref name="pcm"/> (16 kHz) is the enrolled wearer's voice, or when nobody is enrolled for the device.</summary>
        bool Matches(byte[] deviceId, short[] pcm);
    }

    /// <summary>
    /// The reference voiceprint: an honest baseline, not a security feature. Each utterance becomes the mean
    /// and standard deviation of its 12 MFCCs (25 ms frames, 24 mel bands from 100 to 3,800 Hz so both codecs
    /// carry them, speech frames only); the wearer's print is the average over the enrolment samples; an
    /// utterance matches when the cosine similarity of its vector with the print is at least
    /// <see cref="Threshold"/>. Its measured error rates on synthesized voices are in docs/wallet-peer.md; a
    /// wallet that relies on the voiceprint plugs in a real speaker-verification service instead.
    /// Without an enrolment it accepts every voice (the wallet then relies on the intent alone).
    /// </summary>
    public sealed class SpectralVoiceprint : IVoiceprint
    {
        private const int Coefficients = 12;
        private const int Bands = 24;
        private const int FrameLength = 400;
        private const int Hop = 160;
        private const int FftSize = 512;

        private readonly ConcurrentDictionary<string, double[]> _prints = new();

        /// <summary>Smallest cosine similarity accepted.</summary>
        public double Threshold { get; init; } = 0.90;

        /// <inheritdoc />
        public void Enrol(byte[] deviceId, short[][] samples)
        {
            if (samples.Length == 0)
            {
                _prints.TryRemove(Convert.ToHexString(deviceId), out _);
                return;
            }

            double[] sum = new double[2 * Coefficients];
            foreach (short[] pcm in samples)
            {
                double[] v = Vector(pcm);
                for (int i = 0; i < sum.Length; i++)
                {
                    sum[i] += v[i] / samples.Length;
                }
            }

            _prints[Convert.ToHexString(deviceId)] = sum;
        }

        /// <inheritdoc />
        public bool Matches(byte[] deviceId, short[] pcm)
        {
            return !_prints.TryGetValue(Convert.ToHexString(deviceId), out double[] print) || Similarity(print, Vector(pcm)) >= Threshold;
        }

        /// <summary>Cosine similarity of the voiceprint vectors of two utterances (for measuring error rates).</summary>
        public static double Similarity(short[] a, short[] b) => Similarity(Vector(a), Vector(b));

        private static double Similarity(double[] a, double[] b)
        {
            double dot = 0, na = 0, nb = 0;
            for (int i = 0; i < a.Length; i++)
            {
                dot += a[i] * b[i];
                na += a[i] * a[i];
                nb += b[i] * b[i];
            }

            return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
        }

        // Mean and standard deviation of the MFCCs (c1..c12) of the loudest frames (within 30 dB of the peak).
        private static double[] Vector(short[] pcm)
        {
            int frames = pcm.Length < FrameLength ? 0 : 1 + (pcm.Length - FrameLength) / Hop;
            double[][] mfcc = new double[frames][];
            double[] energy = new double[frames];
            double[,] mel = MelFilters();
            var spectrum = new Complex[FftSize];
            for (int f = 0; f < frames; f++)
            {
                Array.Clear(spectrum);
                for (int n = 0; n < FrameLength; n++)
                {
                    double window = 0.54 - 0.46 * Math.Cos(2 * Math.PI * n / (FrameLength - 1));
                    spectrum[n] = pcm[f * Hop + n] * window;
                }

                Fft.Forward(spectrum);
                double[] logBand = new double[Bands];
                for (int b = 0; b < Bands; b++)
                {
                    double e = 1e-3;
                    for (int k = 0; k <= FftSize / 2; k++)
                    {
                        e += mel[b, k] * (spectrum[k].Real * spectrum[k].Real + spectrum[k].Imaginary * spectrum[k].Imaginary);
                    }

                    logBand[b] = Math.Log(e);
                    energy[f] += e;
                }

                mfcc[f] = new double[Coefficients];
                for (int c = 1; c <= Coefficients; c++)
                {
                    double s = 0;
                    for (int b = 0; b < Bands; b++)
                    {
                        s += logBand[b] * Math.Cos(Math.PI * c * (b + 0.5) / Bands);
                    }

                    mfcc[f][c - 1] = s;
                }
            }

            double[] vector = new double[2 * Coefficients];
            if (frames == 0)
            {
                return vector;
            }

            double floor = energy.Max() / 1000;
            double[][] speech = Enumerable.Range(0, frames).Where(f => energy[f] >= floor).Select(f => mfcc[f]).ToArray();
            for (int c = 0; c < Coefficients; c++)
            {
                double mean = speech.Average(m => m[c]);
                vector[c] = mean;
                vector[Coefficients + c] = Math.Sqrt(speech.Average(m => (m[c] - mean) * (m[c] - mean)));
            }

            return vector;
        }

        private static double[,] MelFilters()
        {
            static double Mel(double hz) => 2595 * Math.Log10(1 + hz / 700);
            static double Hz(double mel) => 700 * (Math.Pow(10, mel / 2595) - 1);
            double low = Mel(100), high = Mel(3800);
            var filters = new double[Bands, FftSize / 2 + 1];
            for (int b = 0; b < Bands; b++)
            {
                double left = Hz(low + (high - low) * b / (Bands + 1));
                double centre = Hz(low + (high - low) * (b + 1) / (Bands + 1));
                double right = Hz(low + (high - low) * (b + 2) / (Bands + 1));
                for (int k = 0; k <= FftSize / 2; k++)
                {
                    double hz = k * 16000.0 / FftSize;
                    filters[b, k] = hz <= left || hz >= right ? 0 : hz <= centre ? (hz - left) / (centre - left) : (right - hz) / (right - centre);
                }
            }

            return filters;
        }
    }
}
