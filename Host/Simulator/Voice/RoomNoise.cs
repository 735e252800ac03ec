using System;

namespace GlassesFirmware.Host.Simulator.Voice
{
    /// <summary>
    /// Room noise for test speech: brown-ish rumble, a 100 Hz mains hum and a hiss, mixed into an utterance
    /// padded with noise before and after, at a given speech-to-noise ratio (speech power over its active
    /// 20 ms frames, the frames within 30 dB of the loudest).
    /// </summary>
    public static class RoomNoise
    {
        /// <summary>Noise alone, <paramref name="samples"/> long, with RMS <paramref name="rms"/>.</summary>
        public static short[] Make(int samples, double rms, int seed)
        {
            var rng = new Random(seed);
            double[] x = new double[samples];
            double low = 0;
            double power = 0;
            for (int i = 0; i < samples; i++)
            {
                double white = rng.NextDouble() * 2 - 1;
                low = 0.98 * low + 0.2 * white;
                x[i] = low + 0.35 * white + 0.3 * Math.Sin(2 * Math.PI * 100 * i / 16000.0);
                power += x[i] * x[i];
            }

            double scale = rms / Math.Sqrt(Math.Max(power / Math.Max(samples, 1), 1e-12));
            var pcm = new short[samples];
            for (int i = 0; i < samples; i++)
            {
                pcm[i] = (short)Math.Clamp(x[i] * scale, short.MinValue, short.MaxValue);
            }

            return pcm;
        }

        /// <summary>
        /// <paramref name="speech"/> with <paramref name="padMs"/> of noise before and after, noise mixed in at
        /// <paramref name="snrDb"/> dB below the speech power.
        /// </summary>
        public static short[] Mix(short[] speech, double snrDb, int padMs, int seed)
        {
            int pad = padMs * 16;
            short[] noise = Make(speech.Length + 2 * pad, Math.Sqrt(ActivePower(speech) / Math.Pow(10, snrDb / 10)), seed);
            var mixed = new short[noise.Length];
            for (int i = 0; i < mixed.Length; i++)
            {
                int k = i - pad;
                int s = k >= 0 && k < speech.Length ? speech[k] : 0;
                mixed[i] = (short)Math.Clamp(s + noise[i], short.MinValue, short.MaxValue);
            }

            return mixed;
        }

        /// <summary>Mean power of the active 20 ms frames of <paramref name="pcm"/>.</summary>
        public static double ActivePower(short[] pcm)
        {
            int frames = pcm.Length / 320;
            double[] power = new double[frames];
            double peak = 0;
            for (int f = 0; f < frames; f++)
            {
                for (int i = 0; i < 320; i++)
                {
                    double s = pcm[f * 320 + i];
                    power[f] += s * s / 320;
                }

                peak = Math.Max(peak, power[f]);
            }

            double sum = 0;
            int active = 0;
            foreach (double p in power)
            {
                if (p >= peak / 1000)
                {
                    sum += p;
                    active++;
                }
            }

            return active == 0 ? 0 : sum / active;
        }
    }
}
