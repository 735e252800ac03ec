using System;

namespace GlassesFirmware.Host.Benchmarks
{
    /// <summary>Code-free frames for the false-decode count: several random and texture-like families.</summary>
    public static class NoiseFrames
    {
        public const int Kinds = 6;

        /// <summary>Family names, indexed like <see cref="Fill"/>'s kind.</summary>
        public static readonly string[] Names = { "uniform random noise", "blocky noise", "smoothed noise", "clutter", "stripes", "checkers" };

        public static void Fill(byte[] frame, int width, int height, int kind, Random rng)
        {
            switch (kind)
            {
                case 0:
                    rng.NextBytes(frame);
                    break;
                case 1:
                    Blocks(frame, width, height, rng.Next(2, 17), rng);
                    break;
                case 2:
                    Smoothed(frame, width, height, 0.8 + rng.NextDouble() * 2.5, rng);
                    break;
                case 3:
                    Clutter(frame, width, height, rng);
                    break;
                case 4:
                    Stripes(frame, width, height, rng);
                    break;
                default:
                    Checkers(frame, width, height, rng.Next(2, 12), rng);
                    break;
            }
        }

        private static void Blocks(byte[] f, int w, int h, int size, Random rng)
        {
            for (int by = 0; by < h; by += size)
            {
                for (int bx = 0; bx < w; bx += size)
                {
                    byte v = (byte)(rng.Next(2) == 0 ? rng.Next(0, 70) : rng.Next(180, 256));
                    for (int y = by; y < Math.Min(h, by + size); y++)
                    {
                        for (int x = bx; x < Math.Min(w, bx + size); x++)
                        {
                            f[y * w + x] = v;
                        }
                    }
                }
            }
        }

        private static void Smoothed(byte[] f, int w, int h, double sigma, Random rng)
        {
            double[] img = new double[w * h];
            for (int i = 0; i < img.Length; i++)
            {
                img[i] = rng.Next(256);
            }

            SyntheticFrames.Blur(img, w, h, sigma);
            // Stretch contrast so the thresholding sees strong edges.
            for (int i = 0; i < img.Length; i++)
            {
                f[i] = (byte)Math.Clamp((int)((img[i] - 128) * 4 + 128), 0, 255);
            }
        }

        private static void Clutter(byte[] f, int w, int h, Random rng)
        {
            for (int i = 0; i < f.Length; i++)
            {
                f[i] = 128;
            }

            int shapes = rng.Next(20, 120);
            for (int s = 0; s < shapes; s++)
            {
                int sw = rng.Next(1, 40);
                int sh = rng.Next(1, 40);
                int x0 = rng.Next(w);
                int y0 = rng.Next(h);
                byte v = (byte)rng.Next(256);
                for (int y = y0; y < Math.Min(h, y0 + sh); y++)
                {
                    for (int x = x0; x < Math.Min(w, x0 + sw); x++)
                    {
                        f[y * w + x] = v;
                    }
                }
            }
        }

        private static void Stripes(byte[] f, int w, int h, Random rng)
        {
            double angle = rng.NextDouble() * Math.PI;
            double period = 2 + rng.NextDouble() * 20;
            double c = Math.Cos(angle);
            double s = Math.Sin(angle);
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    double t = (x * c + y * s) / period;
                    f[y * w + x] = (byte)(128 + 120 * Math.Sin(2 * Math.PI * t) + rng.Next(-10, 11));
                }
            }
        }

        private static void Checkers(byte[] f, int w, int h, int size, Random rng)
        {
            int ox = rng.Next(size);
            int oy = rng.Next(size);
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    bool dark = (((x + ox) / size) + ((y + oy) / size)) % 2 == 0;
                    f[y * w + x] = (byte)(dark ? 30 + rng.Next(20) : 210 + rng.Next(20));
                }
            }
        }
    }
}
