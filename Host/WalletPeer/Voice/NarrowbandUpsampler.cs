using System;

namespace GlassesFirmware.Host.WalletPeer.Voice
{
    /// <summary>
    /// Doubles the rate of 8 kHz speech for the 16 kHz recognizer model: zero-stuffing and a windowed-sinc
    /// low-pass at 3.8 kHz (65 taps, Hann window), so the band from 4 to 8 kHz stays empty. Linear interpolation,
    /// used before, left mirror images of the speech there, which the model read as fricatives ("glasses-sim
    /// listen": 64.6 % to 68.8 % of confirm/cancel and 35.0 % to 41.7 % of amounts right with this filter).
    /// </summary>
    public static class NarrowbandUpsampler
    {
        private const int HalfTaps = 32;
        private const double Cutoff = 3800.0 / 16000.0;

        // The interpolation filter at 16 kHz, gain 2 (zero-stuffing halves the level), centred on HalfTaps.
        private static readonly double[] Taps = MakeTaps();

        /// <summary>16 kHz samples for <paramref name="narrow"/> (8 kHz): twice as many, the same audio below 3.8 kHz.</summary>
        public static short[] ToWideband(short[] narrow)
        {
            short[] wide = new short[narrow.Length * 2];
            for (int j = 0; j < wide.Length; j++)
            {
                // Only the even positions of the zero-stuffed signal are non-zero: take the taps that meet them.
                double sum = 0;
                for (int i = -HalfTaps + ((j + HalfTaps) & 1); i <= HalfTaps; i += 2)
                {
                    int m = j - i;
                    if (m >= 0 && m < wide.Length)
                    {
                        sum += Taps[i + HalfTaps] * narrow[m / 2];
                    }
                }

                wide[j] = (short)Math.Clamp(Math.Round(sum), short.MinValue, short.MaxValue);
            }

            return wide;
        }

        private static double[] MakeTaps()
        {
            double[] h = new double[2 * HalfTaps + 1];
            for (int i = -HalfTaps; i <= HalfTaps; i++)
            {
                double x = 2 * Math.PI * Cutoff * i;
                double sinc = i == 0 ? 1 : Math.Sin(x) / x;
                double window = 0.5 + 0.5 * Math.Cos(Math.PI * i / (HalfTaps + 1));
                h[i + HalfTaps] = 2 * 2 * Cutoff * sinc * window;
            }

            return h;
        }
    }
}
