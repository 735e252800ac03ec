using System;
using System.Text;
using QRCoder;

namespace GlassesFirmware.Host.Benchmarks
{
    /// <summary>
    /// Synthetic glasses-camera frames: a QRCoder symbol with an EMVCo-like payload printed on a
    /// sticker, rotated, with a lighting gradient, a cluttered background, optional Gaussian blur and
    /// sensor noise. Deterministic for a seed.
    /// </summary>
    public static class SyntheticFrames
    {
        public sealed class Frame
        {
            public byte[] Pixels;
            public int Width;
            public int Height;
            public string Text;
            public int Version;
        }

        /// <summary>
        /// An EMVCo merchant-presented payload of about <paramref name="length"/> characters
        /// (tags 00, 01, 26, 52, 53, 54, 58, 59, 60, 62, 63 with a CRC-16/CCITT-FALSE).
        /// </summary>
        public static string EmvPayload(Random rng, int length)
        {
            var sb = new StringBuilder("000201010212");
            string gui = "com.example.pay";
            string account = RandomText(rng, Math.Max(8, length - 140), "abcdefghijklmnopqrstuvwxyz0123456789");
            string mai = Tlv("00", gui) + Tlv("01", account);
            sb.Append(Tlv("26", mai.Length > 99 ? mai.Substring(0, 99) : mai));
            sb.Append(Tlv("52", "5812")).Append(Tlv("53", "978"));
            sb.Append(Tlv("54", (rng.Next(100, 99999) / 100.0).ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));
            sb.Append(Tlv("58", "DE"));
            sb.Append(Tlv("59", RandomText(rng, rng.Next(8, 25), "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghij")));
            sb.Append(Tlv("60", RandomText(rng, rng.Next(5, 15), "ABCDEFGHIJKLMNOPQRSTUVWXYZ")));
            while (sb.Length + 8 < length)
            {
                int take = Math.Min(25, length - sb.Length - 12);
                if (take < 1)
                {
                    break;
                }

                sb.Append(Tlv("62", Tlv("05", RandomText(rng, take, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-"))));
            }

            sb.Append("6304");
            sb.Append(Crc16(Encoding.ASCII.GetBytes(sb.ToString())).ToString("X4"));
            return sb.ToString();
        }

        /// <summary>
        /// Renders a frame. <paramref name="pixelsPerModule"/> sets the module pitch, <paramref name="degrees"/>
        /// the rotation, <paramref name="blurSigma"/> a Gaussian blur in pixels, <paramref name="noiseSigma"/>
        /// additive Gaussian sensor noise in grey levels.
        /// </summary>
        public static Frame Render(string text, QRCodeGenerator.ECCLevel level, int width, int height, double pixelsPerModule,
            double degrees, double blurSigma, double noiseSigma, Random rng)
        {
            QRCodeData data = QRCodeGenerator.GenerateQrCode(text, level);
            int n = data.ModuleMatrix.Count;
            var grid = new bool[n * n];
            for (int y = 0; y < n; y++)
            {
                for (int x = 0; x < n; x++)
                {
                    grid[y * n + x] = data.ModuleMatrix[y][x];
                }
            }

            double[] img = new double[width * height];
            Background(img, width, height, rng);
            double cx = width / 2.0 + (rng.NextDouble() - 0.5) * 0.1 * width;
            double cy = height / 2.0 + (rng.NextDouble() - 0.5) * 0.1 * height;
            double cos = Math.Cos(degrees * Math.PI / 180);
            double sin = Math.Sin(degrees * Math.PI / 180);
            double ink = 30 + rng.Next(30);
            double paper = 190 + rng.Next(50);
            const int ss = 3;
            for (int py = 0; py < height; py++)
            {
                for (int px = 0; px < width; px++)
                {
                    double sum = 0;
                    int inside = 0;
                    for (int sy = 0; sy < ss; sy++)
                    {
                        for (int sx = 0; sx < ss; sx++)
                        {
                            double dx = px + (sx + 0.5) / ss - cx;
                            double dy = py + (sy + 0.5) / ss - cy;
                            // Inverse rotation into symbol coordinates (modules, origin at the centre).
                            double mx = (cos * dx + sin * dy) / pixelsPerModule + n / 2.0;
                            double my = (-sin * dx + cos * dy) / pixelsPerModule + n / 2.0;
                            if (mx < 0 || my < 0 || mx >= n || my >= n)
                            {
                                continue;
                            }

                            inside++;
                            sum += grid[(int)my * n + (int)mx] ? ink : paper;
                        }
                    }

                    if (inside > 0)
                    {
                        int i = py * width + px;
                        img[i] = (sum + img[i] * (ss * ss - inside)) / (ss * ss);
                    }
                }
            }

            // Light falls off across the frame (a lamp to one side).
            double gx = rng.NextDouble() - 0.5;
            double gy = rng.NextDouble() - 0.5;
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    double f = 0.75 + 0.5 * (gx * x / width + gy * y / height);
                    img[y * width + x] *= f;
                }
            }

            if (blurSigma > 0)
            {
                Blur(img, width, height, blurSigma);
            }

            byte[] pixels = new byte[width * height];
            for (int i = 0; i < pixels.Length; i++)
            {
                double v = img[i] + Gaussian(rng) * noiseSigma;
                pixels[i] = (byte)Math.Clamp((int)Math.Round(v), 0, 255);
            }

            return new Frame { Pixels = pixels, Width = width, Height = height, Text = text, Version = (n - 8 - 17) / 4 };
        }

        /// <summary>
        /// A payment code the glasses accept (device policy): a dynamic EMVCo merchant code of about
        /// <paramref name="length"/> characters (at least about 110) with well-formed templates (26 with a GUI and an
        /// account, 62 with up to three 25-character subfields), a euro amount, payee, city and CRC; past 300 characters
        /// also the merchant account templates of two more networks (27 and 28, as a merchant accepting several schemes
        /// shows them). <see cref="EmvPayload"/> pads with repeated and cut templates, which decode as text but are not
        /// payable.
        /// </summary>
        public static string PaymentPayload(Random rng, int length)
        {
            const string Reference = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
            string[] subfields = { "01", "05", "07" };
            var sb = new StringBuilder("000201010212");
            // Everything but the account, payee, city and additional data: about 86 characters.
            string payee = RandomText(rng, rng.Next(8, Math.Clamp(length / 8, 9, 25)), "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
            string city = RandomText(rng, rng.Next(5, Math.Clamp(length / 16, 6, 15)), "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
            int rest = length - 86 - payee.Length - city.Length;
            int account = Math.Clamp(rest / 2, 8, 76);
            sb.Append(Tlv("26", Tlv("00", "com.example.pay") + Tlv("01", RandomText(rng, account, "abcdefghijklmnopqrstuvwxyz0123456789"))));
            if (length > 300)
            {
                // Each template: a 17-character GUI and an account of up to 74 characters (a value of at most 99).
                int more = Math.Min(length - 300, 2 * (29 + 74));
                foreach (string id in new[] { "27", "28" })
                {
                    int take = Math.Clamp(more / 2 - 29, 8, 74);
                    sb.Append(Tlv(id, Tlv("00", "com.example.net" + id) + Tlv("01", RandomText(rng, take, "abcdefghijklmnopqrstuvwxyz0123456789"))));
                }
            }
            sb.Append(Tlv("52", "5812")).Append(Tlv("53", "978"));
            sb.Append(Tlv("54", (rng.Next(100, 99999) / 100.0).ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));
            sb.Append(Tlv("58", "DE")).Append(Tlv("59", payee)).Append(Tlv("60", city));
            var extra = new StringBuilder();
            foreach (string id in subfields)
            {
                int take = Math.Min(25, length - sb.Length - extra.Length - 16);
                if (take < 1)
                {
                    break;
                }

                extra.Append(Tlv(id, RandomText(rng, take, Reference)));
            }

            if (extra.Length > 0)
            {
                sb.Append(Tlv("62", extra.ToString()));
            }

            sb.Append("6304");
            sb.Append(Crc16(Encoding.ASCII.GetBytes(sb.ToString())).ToString("X4"));
            return sb.ToString();
        }

        /// <summary>
        /// A payload of 80-300 characters from <paramref name="payload"/> (<see cref="EmvPayload"/>,
        /// <see cref="PaymentPayload"/>) whose level-M symbol (without quiet zone) still fits a <paramref name="w"/> x
        /// <paramref name="h"/> frame at <paramref name="ppm"/> pixels per module at the worst rotation (shortened in steps
        /// of 20 characters, to 80 at least).
        /// </summary>
        public static string FittingPayload(Random rng, int w, int h, double ppm, Func<Random, int, string> payload)
        {
            return FittingPayload(rng, w, h, ppm, payload, 80, 300);
        }

        /// <summary>
        /// As <see cref="FittingPayload(Random, int, int, double, Func{Random, int, string})"/>, of
        /// <paramref name="shortest"/> to <paramref name="longest"/> characters (shortened to <paramref name="shortest"/> at least).
        /// </summary>
        public static string FittingPayload(Random rng, int w, int h, double ppm, Func<Random, int, string> payload, int shortest,
            int longest)
        {
            int length = rng.Next(shortest, longest + 1);
            while (true)
            {
                string text = payload(rng, length);
                if (ppm <= LargestFittingModule(text, w, h) || length <= shortest)
                {
                    return text;
                }

                length -= 20;
            }
        }

        /// <summary>
        /// The largest module (pixels) at which the level-M symbol of <paramref name="text"/> (without quiet zone) fits
        /// 95 % of a <paramref name="w"/> x <paramref name="h"/> frame's shorter side at the worst rotation of the
        /// synthetic frames (+-20 degrees: 1.29 times the side).
        /// </summary>
        public static double LargestFittingModule(string text, int w, int h)
        {
            return 0.95 * Math.Min(w, h) / ((SideWithQuietZone(text, QRCodeGenerator.ECCLevel.M) - 8) * 1.29);
        }

        /// <summary>Symbol side in modules (with the 4-module quiet zone) that QRCoder picks for a text.</summary>
        public static int SideWithQuietZone(string text, QRCodeGenerator.ECCLevel level)
        {
            return QRCodeGenerator.GenerateQrCode(text, level).ModuleMatrix.Count;
        }

        // Mid-grey clutter: soft gradient plus random rectangles and strokes.
        private static void Background(double[] img, int width, int height, Random rng)
        {
            double a = 80 + rng.Next(100);
            double b = 80 + rng.Next(100);
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    img[y * width + x] = a + (b - a) * x / width;
                }
            }

            int shapes = rng.Next(5, 25);
            for (int s = 0; s < shapes; s++)
            {
                int w = rng.Next(2, width / 3);
                int h = rng.Next(2, height / 3);
                int x0 = rng.Next(width);
                int y0 = rng.Next(height);
                double v = rng.Next(20, 235);
                for (int y = y0; y < Math.Min(height, y0 + h); y++)
                {
                    for (int x = x0; x < Math.Min(width, x0 + w); x++)
                    {
                        img[y * width + x] = v;
                    }
                }
            }
        }

        /// <summary>Separable Gaussian blur in place (radius 3 sigma, edges clamped).</summary>
        public static void Blur(double[] img, int width, int height, double sigma)
        {
            int r = (int)Math.Ceiling(3 * sigma);
            double[] k = new double[2 * r + 1];
            double total = 0;
            for (int i = -r; i <= r; i++)
            {
                k[i + r] = Math.Exp(-i * i / (2 * sigma * sigma));
                total += k[i + r];
            }

            for (int i = 0; i < k.Length; i++)
            {
                k[i] /= total;
            }

            double[] tmp = new double[img.Length];
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    double s = 0;
                    for (int i = -r; i <= r; i++)
                    {
                        s += k[i + r] * img[y * width + Math.Clamp(x + i, 0, width - 1)];
                    }

                    tmp[y * width + x] = s;
                }
            }

            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    double s = 0;
                    for (int i = -r; i <= r; i++)
                    {
                        s += k[i + r] * tmp[Math.Clamp(y + i, 0, height - 1) * width + x];
                    }

                    img[y * width + x] = s;
                }
            }
        }

        public static double Gaussian(Random rng)
        {
            double u = 1.0 - rng.NextDouble();
            double v = rng.NextDouble();
            return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
        }

        private static string Tlv(string tag, string value) => tag + value.Length.ToString("D2") + value;

        private static string RandomText(Random rng, int length, string alphabet)
        {
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = alphabet[rng.Next(alphabet.Length)];
            }

            return new string(chars);
        }

        private static int Crc16(byte[] data)
        {
            int crc = 0xFFFF;
            foreach (byte b in data)
            {
                crc ^= b << 8;
                for (int i = 0; i < 8; i++)
                {
                    crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
                }
            }

            return crc;
        }
    }
}
