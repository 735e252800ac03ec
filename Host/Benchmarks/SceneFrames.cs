using System;
using System.Collections.Generic;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Qr;

namespace GlassesFirmware.Host.Benchmarks
{
    /// <summary>
    /// Code-free 240x240 scenes of what a wearer looks at between payments, generated deterministically:
    /// printed text, hard edges, rotated checkerboards, foliage, screens, printed patterns (halftone,
    /// 1D barcodes, hatching), lighting gradients, regions of the shared photos away from their code,
    /// and a shop counter (a collage of all of them). Used for the false-decode count and the IL cost of
    /// the "nothing here" path.
    /// </summary>
    public sealed class SceneFrames
    {
        /// <summary>Scene family names, indexed like <see cref="Fill"/>'s kind.</summary>
        public static readonly string[] Kinds = { "text", "edges", "checkerboard", "foliage", "screen", "printed pattern", "gradient", "photo region", "shop counter" };

        public const int Side = 240;

        private readonly List<byte[]> _photoRegions;

        /// <summary>Cuts code-free regions out of the photos (the code located by the decoder itself).</summary>
        public SceneFrames(IReadOnlyList<BlackboxCorpus.Sample> photos)
        {
            _photoRegions = PhotoRegions(photos);
        }

        /// <summary>Number of code-free photo regions available.</summary>
        public int PhotoRegionCount => _photoRegions.Count;

        /// <summary>Fills a 240x240 frame with a scene of the given kind.</summary>
        public void Fill(byte[] f, int kind, Random rng)
        {
            switch (kind)
            {
                case 0: Paper(f, rng); Text(f, 0, 0, Side, Side, rng); break;
                case 1: Edges(f, rng); break;
                case 2: RotatedCheckers(f, rng); break;
                case 3: Foliage(f, rng); break;
                case 4: Screen(f, rng); break;
                case 5: Printed(f, 0, 0, Side, Side, rng); break;
                case 6: Gradient(f, rng); break;
                case 7: Array.Copy(_photoRegions[rng.Next(_photoRegions.Count)], f, f.Length); break;
                default: Counter(f, rng); break;
            }

            AddNoise(f, rng, 3);
        }

        private static void Paper(byte[] f, Random rng)
        {
            Array.Fill(f, (byte)rng.Next(170, 245));
        }

        // Lines of pseudo-glyphs: 5x7 dot-matrix shapes, 1-4 px per dot, dark on light or the reverse.
        private static void Text(byte[] f, int x0, int y0, int w, int h, Random rng)
        {
            int scale = rng.Next(1, 5);
            bool inverse = rng.Next(4) == 0;
            byte ink = (byte)(inverse ? rng.Next(190, 250) : rng.Next(10, 80));
            if (inverse)
            {
                FillRect(f, x0, y0, w, h, (byte)rng.Next(10, 60));
            }

            var glyphs = new bool[40][];
            for (int g = 0; g < glyphs.Length; g++)
            {
                glyphs[g] = new bool[35];
                for (int i = 0; i < 35; i++)
                {
                    glyphs[g][i] = rng.Next(100) < 42;
                }
            }

            for (int ly = y0 + rng.Next(4); ly + 7 * scale < y0 + h; ly += 9 * scale + rng.Next(3))
            {
                for (int lx = x0 + rng.Next(6); lx + 5 * scale < x0 + w; lx += 6 * scale)
                {
                    if (rng.Next(7) == 0)
                    {
                        continue;
                    }

                    bool[] glyph = glyphs[rng.Next(glyphs.Length)];
                    for (int i = 0; i < 35; i++)
                    {
                        if (glyph[i])
                        {
                            FillRect(f, lx + (i % 5) * scale, ly + (i / 5) * scale, scale, scale, ink);
                        }
                    }
                }
            }
        }

        // Half-planes and bars with hard edges at random angles.
        private static void Edges(byte[] f, Random rng)
        {
            Array.Fill(f, (byte)rng.Next(40, 220));
            int n = rng.Next(6, 30);
            for (int k = 0; k < n; k++)
            {
                double a = rng.NextDouble() * Math.PI;
                double c = Math.Cos(a), s = Math.Sin(a);
                double d0 = rng.NextDouble() * 340 - 50;
                double width = rng.Next(3) == 0 ? 1e9 : 1 + rng.NextDouble() * 12;
                byte v = (byte)rng.Next(256);
                for (int y = 0; y < Side; y++)
                {
                    for (int x = 0; x < Side; x++)
                    {
                        double d = x * c + y * s - d0;
                        if (d >= 0 && d < width)
                        {
                            f[y * Side + x] = v;
                        }
                    }
                }
            }
        }

        private static void RotatedCheckers(byte[] f, Random rng)
        {
            double size = 1.5 + rng.NextDouble() * 12;
            double a = rng.NextDouble() * Math.PI / 2;
            double c = Math.Cos(a), s = Math.Sin(a);
            for (int y = 0; y < Side; y++)
            {
                for (int x = 0; x < Side; x++)
                {
                    int u = (int)Math.Floor((x * c + y * s) / size);
                    int v = (int)Math.Floor((-x * s + y * c) / size);
                    f[y * Side + x] = (byte)(((u + v) & 1) == 0 ? 40 : 210);
                }
            }
        }

        // Overlapping leaves: shaded ellipses of many sizes and greys, then a slight blur.
        private static void Foliage(byte[] f, Random rng)
        {
            double[] img = new double[Side * Side];
            Array.Fill(img, rng.Next(20, 90));
            int n = rng.Next(150, 600);
            for (int k = 0; k < n; k++)
            {
                double cx = rng.NextDouble() * Side, cy = rng.NextDouble() * Side;
                double ra = 2 + rng.NextDouble() * 14, rb = 1 + rng.NextDouble() * 6;
                double a = rng.NextDouble() * Math.PI;
                double c = Math.Cos(a), s = Math.Sin(a);
                double v = rng.Next(20, 240);
                int r = (int)ra + 1;
                for (int y = Math.Max(0, (int)cy - r); y < Math.Min(Side, (int)cy + r); y++)
                {
                    for (int x = Math.Max(0, (int)cx - r); x < Math.Min(Side, (int)cx + r); x++)
                    {
                        double u = ((x - cx) * c + (y - cy) * s) / ra;
                        double w = (-(x - cx) * s + (y - cy) * c) / rb;
                        if (u * u + w * w <= 1)
                        {
                            img[y * Side + x] = v * (0.8 + 0.2 * u);
                        }
                    }
                }
            }

            SyntheticFrames.Blur(img, Side, Side, 0.4 + rng.NextDouble() * 0.8);
            ToBytes(img, f);
        }

        // A phone or till screen: panels, rows of small text, icons and the display's pixel grid.
        private static void Screen(byte[] f, Random rng)
        {
            Array.Fill(f, (byte)rng.Next(200, 250));
            int panels = rng.Next(3, 9);
            for (int p = 0; p < panels; p++)
            {
                int w = rng.Next(30, 200), h = rng.Next(12, 90);
                int x = rng.Next(Side - w), y = rng.Next(Side - h);
                FillRect(f, x, y, w, h, (byte)rng.Next(256));
                Text(f, x + 2, y + 2, w - 4, h - 4, rng);
            }

            double period = 2 + rng.NextDouble() * 2;
            for (int y = 0; y < Side; y++)
            {
                for (int x = 0; x < Side; x++)
                {
                    double g = 0.85 + 0.15 * Math.Cos(2 * Math.PI * x / period) * Math.Cos(2 * Math.PI * y / period);
                    f[y * Side + x] = (byte)(f[y * Side + x] * g);
                }
            }
        }

        // Halftone dots, 1D barcodes or hatching.
        private static void Printed(byte[] f, int x0, int y0, int w, int h, Random rng)
        {
            int kind = rng.Next(3);
            if (kind == 0)
            {
                double pitch = 3 + rng.NextDouble() * 6;
                double fx = rng.NextDouble() * 0.05, fy = rng.NextDouble() * 0.05;
                for (int y = y0; y < y0 + h; y++)
                {
                    for (int x = x0; x < x0 + w; x++)
                    {
                        double tone = 0.5 + 0.45 * Math.Sin(x * fx + y * fy);
                        double dx = x % pitch - pitch / 2, dy = y % pitch - pitch / 2;
                        bool dot = dx * dx + dy * dy < tone * pitch * pitch / 2;
                        f[y * Side + x] = (byte)(dot ? 35 : 225);
                    }
                }
            }
            else if (kind == 1)
            {
                FillRect(f, x0, y0, w, h, 230);
                int bar = rng.Next(1, 4);
                for (int top = y0 + 4; top + 20 < y0 + h; top += rng.Next(30, 70))
                {
                    int height = Math.Min(rng.Next(15, 60), y0 + h - top);
                    for (int x = x0 + 6; x < x0 + w - 6;)
                    {
                        int run = bar * rng.Next(1, 5);
                        if (rng.Next(2) == 0)
                        {
                            FillRect(f, x, top, Math.Min(run, x0 + w - x), height, 25);
                        }

                        x += run;
                    }
                }
            }
            else
            {
                FillRect(f, x0, y0, w, h, 220);
                int pitch = rng.Next(3, 9);
                int slope = rng.Next(-2, 3);
                for (int y = y0; y < y0 + h; y++)
                {
                    for (int x = x0; x < x0 + w; x++)
                    {
                        if (((x + slope * y) % pitch + pitch) % pitch < pitch / 2)
                        {
                            f[y * Side + x] = 50;
                        }
                    }
                }
            }
        }

        private static void Gradient(byte[] f, Random rng)
        {
            double a = rng.Next(40, 200), gx = rng.NextDouble() - 0.5, gy = rng.NextDouble() - 0.5;
            double cx = rng.Next(Side), cy = rng.Next(Side), radial = rng.NextDouble() * 0.003;
            for (int y = 0; y < Side; y++)
            {
                for (int x = 0; x < Side; x++)
                {
                    double r2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
                    f[y * Side + x] = (byte)Math.Clamp(a + gx * x + gy * y - radial * r2 * 0.2, 0, 255);
                }
            }
        }

        // A shop counter: patches of every other kind side by side.
        private void Counter(byte[] f, Random rng)
        {
            byte[] patch = new byte[Side * Side];
            Foliage(f, rng);
            int patches = rng.Next(5, 12);
            for (int p = 0; p < patches; p++)
            {
                int w = rng.Next(40, 160), h = rng.Next(30, 140);
                int x = rng.Next(Side - w), y = rng.Next(Side - h);
                int kind = rng.Next(_photoRegions.Count > 0 ? 8 : 7);
                if (kind == 0 || kind == 5)
                {
                    FillRect(f, x, y, w, h, (byte)rng.Next(180, 250));
                    if (kind == 0)
                    {
                        Text(f, x, y, w, h, rng);
                    }
                    else
                    {
                        Printed(f, x, y, w, h, rng);
                    }

                    continue;
                }

                Fill(patch, kind, rng);
                for (int r = 0; r < h; r++)
                {
                    Array.Copy(patch, (y + r) * Side + x, f, (y + r) * Side + x, w);
                }
            }
        }

        private static List<byte[]> PhotoRegions(IReadOnlyList<BlackboxCorpus.Sample> photos)
        {
            var regions = new List<byte[]>();
            var decoder = new QrDecoder(2048, 2048);
            var results = new QrResultSet();
            foreach (BlackboxCorpus.Sample s in photos)
            {
                GreyImage img = s.Image;
                // Held like every benchmark view: a single frame may stop at the decoder's cheap "nothing here" allowance.
                HeldView.Decode(decoder, img.Pixels, img.Width, img.Height, results);
                if (results.Count != 1)
                {
                    continue;
                }

                // The code's bounding box, widened by a sixth of its size on every side.
                int[] c = results.Get(0).Corners;
                int minX = Math.Min(Math.Min(c[0], c[2]), Math.Min(c[4], c[6]));
                int maxX = Math.Max(Math.Max(c[0], c[2]), Math.Max(c[4], c[6]));
                int minY = Math.Min(Math.Min(c[1], c[3]), Math.Min(c[5], c[7]));
                int maxY = Math.Max(Math.Max(c[1], c[3]), Math.Max(c[5], c[7]));
                int margin = Math.Max(maxX - minX, maxY - minY) / 6;
                minX -= margin; maxX += margin; minY -= margin; maxY += margin;
                // The largest square beside the box: left, right, above or below.
                (int X, int Y, int S)[] sides =
                {
                    (0, 0, Math.Min(minX, img.Height)),
                    (maxX, 0, Math.Min(img.Width - maxX, img.Height)),
                    (0, 0, Math.Min(minY, img.Width)),
                    (0, maxY, Math.Min(img.Height - maxY, img.Width)),
                };
                foreach ((int x, int y, int side) in sides)
                {
                    if (side >= 60)
                    {
                        regions.Add(Resample(img, x, y, side));
                    }
                }
            }

            return regions;
        }

        // Bilinear resampling of a square region onto 240x240.
        private static byte[] Resample(GreyImage img, int x0, int y0, int side)
        {
            byte[] f = new byte[Side * Side];
            for (int y = 0; y < Side; y++)
            {
                for (int x = 0; x < Side; x++)
                {
                    double sx = x0 + (x + 0.5) * side / Side - 0.5, sy = y0 + (y + 0.5) * side / Side - 0.5;
                    int ix = Math.Clamp((int)sx, 0, img.Width - 2), iy = Math.Clamp((int)sy, 0, img.Height - 2);
                    double fx = Math.Clamp(sx - ix, 0, 1), fy = Math.Clamp(sy - iy, 0, 1);
                    byte[] p = img.Pixels;
                    int i = iy * img.Width + ix;
                    double top = p[i] * (1 - fx) + p[i + 1] * fx;
                    double bottom = p[i + img.Width] * (1 - fx) + p[i + img.Width + 1] * fx;
                    f[y * Side + x] = (byte)(top * (1 - fy) + bottom * fy);
                }
            }

            return f;
        }

        private static void FillRect(byte[] f, int x0, int y0, int w, int h, byte v)
        {
            for (int y = Math.Max(0, y0); y < Math.Min(Side, y0 + h); y++)
            {
                for (int x = Math.Max(0, x0); x < Math.Min(Side, x0 + w); x++)
                {
                    f[y * Side + x] = v;
                }
            }
        }

        private static void AddNoise(byte[] f, Random rng, double sigma)
        {
            for (int i = 0; i < f.Length; i++)
            {
                f[i] = (byte)Math.Clamp((int)Math.Round(f[i] + SyntheticFrames.Gaussian(rng) * sigma), 0, 255);
            }
        }

        private static void ToBytes(double[] img, byte[] f)
        {
            for (int i = 0; i < f.Length; i++)
            {
                f[i] = (byte)Math.Clamp((int)img[i], 0, 255);
            }
        }
    }
}
