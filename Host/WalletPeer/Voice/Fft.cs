using System;
using System.Numerics;

namespace GlassesFirmware.Host.WalletPeer.Voice
{
    /// <summary>In-place radix-2 fast Fourier transform of a power-of-two length, for the wallet's audio analysis.</summary>
    public static class Fft
    {
        /// <summary>Replaces <paramref name="x"/> by its discrete Fourier transform.</summary>
        public static void Forward(Complex[] x)
        {
            int n = x.Length;
            for (int i = 1, j = 0; i < n; i++)
            {
                int bit = n >> 1;
                for (; (j & bit) != 0; bit >>= 1)
                {
                    j ^= bit;
                }

                j ^= bit;
                if (i < j)
                {
                    (x[i], x[j]) = (x[j], x[i]);
                }
            }

            for (int length = 2; length <= n; length <<= 1)
            {
                Complex step = Complex.FromPolarCoordinates(1, -2 * Math.PI / length);
                for (int i = 0; i < n; i += length)
                {
                    Complex w = Complex.One;
                    for (int k = 0; k < length / 2; k++)
                    {
                        Complex u = x[i + k], v = x[i + k + length / 2] * w;
                        x[i + k] = u + v;
                        x[i + k + length / 2] = u - v;
                        w *= step;
                    }
                }
            }
        }

        /// <summary>Replaces <paramref name="x"/> by its inverse discrete Fourier transform (scaled by 1/n).</summary>
        public static void Inverse(Complex[] x)
        {
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = Complex.Conjugate(x[i]);
            }

            Forward(x);
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = Complex.Conjugate(x[i]) / x.Length;
            }
        }
    }
}
