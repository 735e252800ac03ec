using System;
using System.Numerics;

namespace GlassesFirmware.Host.WalletPeer.Voice
{
    /// <summary>
    /// Steady room noise taken out of an utterance before recognition: short-time spectra (32 ms Hann frames, half
    /// overlapping), the noise spectrum estimated from the utterance's own quietest frames (the glasses' voice
    /// detector sends a pre-roll and a hangover of room sound with every utterance), and a spectral-subtraction gain
    /// per bin with a floor, so no bin falls silent. PocketSphinx's own noise removal learns the noise as it goes;
    /// estimated from the whole utterance first, short utterances in strong noise are heard better.
    /// </summary>
    public static class NoiseSuppressor
    {
        private const int FrameSize = 512;
        private const int Hop = FrameSize / 2;

        // Measured on the corpus ("glasses-sim listen", docs/wallet-peer.md): stronger settings (the noise subtracted
        // 1.5 or 2 times, floors of 0.1 to 0.3) left musical noise the recognizer heard as other number words; a
        // higher floor (0.7) left too much noise. The noise of the quietest 10 % of frames: 5 % was noisier, 20 % took speech in.

        /// <summary>How many times the noise estimate is subtracted from a bin's power.</summary>
        public const double OverSubtraction = 1.0;

        /// <summary>The least gain of a bin (amplitude): noise is lowered by at most 6 dB, so no bin falls silent.</summary>
        public const double Floor = 0.5;

        /// <summary>The share of an utterance's frames, quietest first, that estimate its noise.</summary>
        public const double NoiseShare = 0.1;

        private static readonly double[] Window = MakeWindow();

        /// <summary><paramref name="pcm"/> (16 kHz) with its steady noise suppressed; as long as it. Shorter than 4 frames: unchanged.</summary>
        public static short[] Suppress(short[] pcm)
        {
            int frames = (pcm.Length - FrameSize) / Hop + 1;
            if (frames < 4)
            {
                return pcm;
            }

            var spectra = new Complex[frames][];
            var energy = new double[frames];
            for (int f = 0; f < frames; f++)
            {
                var x = new Complex[FrameSize];
                for (int i = 0; i < FrameSize; i++)
                {
                    x[i] = pcm[f * Hop + i] * Window[i];
                }

                Fft.Forward(x);
                spectra[f] = x;
                for (int k = 0; k <= FrameSize / 2; k++)
                {
                    energy[f] += x[k].Real * x[k].Real + x[k].Imaginary * x[k].Imaginary;
                }
            }

            // The noise: the mean power spectrum of the quietest frames.
            int[] order = new int[frames];
            for (int f = 0; f < frames; f++)
            {
                order[f] = f;
            }

            Array.Sort((double[])energy.Clone(), order);
            int quiet = Math.Max(2, (int)(frames * NoiseShare));
            var noise = new double[FrameSize / 2 + 1];
            for (int q = 0; q < quiet; q++)
            {
                Complex[] x = spectra[order[q]];
                for (int k = 0; k < noise.Length; k++)
                {
                    noise[k] += (x[k].Real * x[k].Real + x[k].Imaginary * x[k].Imaginary) / quiet;
                }
            }

            var output = new double[pcm.Length];
            for (int f = 0; f < frames; f++)
            {
                Complex[] x = spectra[f];
                for (int k = 0; k <= FrameSize / 2; k++)
                {
                    double power = x[k].Real * x[k].Real + x[k].Imaginary * x[k].Imaginary;
                    double gain = power <= 0 ? Floor : Math.Max(Floor, Math.Sqrt(Math.Max(0, 1 - OverSubtraction * noise[k] / power)));
                    x[k] *= gain;
                    if (k > 0 && k < FrameSize / 2)
                    {
                        x[FrameSize - k] = Complex.Conjugate(x[k]);
                    }
                }

                Fft.Inverse(x);
                for (int i = 0; i < FrameSize; i++)
                {
                    output[f * Hop + i] += x[i].Real * Window[i];
                }
            }

            // Only one window covers the first and the last half frame, so they fade in and out; the less than one hop
            // after the last whole frame stays silent.
            var result = new short[pcm.Length];
            int covered = (frames - 1) * Hop + FrameSize;
            for (int i = 0; i < pcm.Length; i++)
            {
                double v = i < covered ? output[i] : 0;
                result[i] = (short)Math.Clamp(Math.Round(v), short.MinValue, short.MaxValue);
            }

            return result;
        }

        // Square root of a periodic Hann window: analysis and synthesis windows whose product overlap-adds to 1 at half overlap.
        private static double[] MakeWindow()
        {
            var w = new double[FrameSize];
            for (int i = 0; i < FrameSize; i++)
            {
                w[i] = Math.Sqrt(0.5 - 0.5 * Math.Cos(2 * Math.PI * i / FrameSize));
            }

            return w;
        }
    }
}
