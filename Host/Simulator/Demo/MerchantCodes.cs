using System;
using System.Text;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Integrity;
using GlassesFirmware.Qr;
using QRCoder;

namespace GlassesFirmware.Host.Simulator.Demo
{
    /// <summary>
    /// The demo's merchants: dynamic EMVCo merchant-presented codes (point of initiation 12, amount, bill number,
    /// CRC-16) and "photos" of them as the glasses' camera would see them: a QRCoder symbol printed on a sticker,
    /// seen at an angle (rotation and perspective), on a cluttered counter, under uneven light, with sensor noise.
    /// Deterministic for a seed, so every run scans the same pictures.
    /// </summary>
    public static class MerchantCodes
    {
        /// <summary>A merchant: the name printed in the code and the legal name on the wallet's records.</summary>
        public sealed record Merchant(string Id, string QrName, string LegalName, string City, string Amount, string Bill);

        /// <summary>The two merchants of the demo (Singapore dollars).</summary>
        public static readonly Merchant[] Demo =
        {
            new Merchant("MID20417", "KOPI CORNER", "Kopi Corner Pte Ltd", "SINGAPORE", "4.80", "INV-20261126-0042"),
            new Merchant("MID51388", "HAWKER 88", "Hawker Eighty-Eight LLP", "SINGAPORE", "12.50", "T88-7731"),
            new Merchant("MID73302", "BOOK NOOK", "Book Nook Singapore Pte Ltd", "SINGAPORE", "23.90", "BN-55120"),
        };

        /// <summary>A wallet policy that knows the demo's merchants by their legal names.</summary>
        public static DecisionPolicy Policy()
        {
            var policy = new DecisionPolicy();
            foreach (Merchant m in Demo)
            {
                policy.KnownPayees[m.QrName] = m.LegalName;
            }
            return policy;
        }

        /// <summary>The merchant's EMVCo payload, CRC included (computed by the runtime's CRC-16/CCITT-FALSE).</summary>
        public static string Payload(Merchant m)
        {
            string account = Tlv("00", "com.example.glasses") + Tlv("01", m.Id);
            string text = "000201" + "010212" + Tlv("26", account) + Tlv("52", "5812") + Tlv("53", "702") + Tlv("54", m.Amount)
                + Tlv("58", "SG") + Tlv("59", m.QrName) + Tlv("60", m.City) + Tlv("62", Tlv("01", m.Bill)) + "6304";
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            return text + Crc16Ccitt.Compute(bytes, 0, bytes.Length).ToString("X4");
        }

        /// <summary>A <paramref name="width"/> x <paramref name="height"/> grey camera frame showing <paramref name="text"/> as a QR code.</summary>
        public static GreyImage Photo(string text, int width, int height, int seed)
        {
            using var generator = new QRCodeGenerator();
            using QRCodeData data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
            int n = data.ModuleMatrix.Count;
            var rng = new Random(seed);

            // The sticker: a square seen at an angle. Top edge farther away (shorter), a small turn, off centre.
            double side = Math.Min(width, height) * (0.78 + 0.06 * rng.NextDouble());
            double turn = (rng.NextDouble() * 2 - 1) * 10 * Math.PI / 180;
            double tilt = 0.08 + 0.06 * rng.NextDouble();
            double cx = width / 2.0 + (rng.NextDouble() * 2 - 1) * width * 0.05;
            double cy = height / 2.0 + (rng.NextDouble() * 2 - 1) * height * 0.04;
            double[] qx = { -(1 - tilt), 1 - tilt, 1 + tilt, -(1 + tilt) };
            double[] qy = { -1, -1, 1, 1 };
            float[] quad = new float[8];
            for (int k = 0; k < 4; k++)
            {
                double x = qx[k] * side / 2, y = qy[k] * side / 2;
                quad[2 * k] = (float)(cx + x * Math.Cos(turn) - y * Math.Sin(turn));
                quad[2 * k + 1] = (float)(cy + x * Math.Sin(turn) + y * Math.Cos(turn));
            }

            // Frame pixel -> module coordinates (the sticker has one module of paper beyond the quiet zone).
            var toModules = new Perspective();
            toModules.Fit(quad[0], quad[1], quad[2], quad[3], quad[4], quad[5], quad[6], quad[7], -1, -1, n + 1, -1, n + 1, n + 1, -1, n + 1);
            double lightAngle = rng.NextDouble() * Math.PI * 2;
            byte[] pixels = new byte[width * height];
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    // 2 x 2 samples per pixel: the lens and sensor average module edges.
                    double sum = 0;
                    for (int s = 0; s < 4; s++)
                    {
                        float sx = x + 0.25f + 0.5f * (s & 1), sy = y + 0.25f + 0.5f * (s >> 1);
                        toModules.Map(sx, sy);
                        sum += Reflectance(data, n, toModules.MappedX, toModules.MappedY, sx, sy);
                    }
                    double light = 0.8 + 0.25 * ((x - width / 2.0) * Math.Cos(lightAngle) + (y - height / 2.0) * Math.Sin(lightAngle)) / width;
                    double v = sum / 4 * light + Gaussian(rng) * 5;
                    pixels[y * width + x] = (byte)Math.Clamp((int)Math.Round(v), 0, 255);
                }
            }
            return new GreyImage(pixels, width, height);
        }

        // Grey level of the scene at module coordinates (mx, my), or of the counter behind the sticker.
        private static double Reflectance(QRCodeData data, int n, float mx, float my, float x, float y)
        {
            if (mx >= -1 && my >= -1 && mx < n + 1 && my < n + 1)
            {
                int ix = (int)Math.Floor(mx), iy = (int)Math.Floor(my);
                bool dark = ix >= 0 && iy >= 0 && ix < n && iy < n && data.ModuleMatrix[iy][ix];
                return dark ? 40 : 210;
            }
            // A wood-grain counter with a darker tray edge: texture, not symbols.
            double grain = 110 + 25 * Math.Sin(x * 0.045 + 2.5 * Math.Sin(y * 0.021)) + 8 * Math.Sin(x * 0.31 + y * 0.05);
            return ((int)(y / 37) % 3 == 2 && (int)(x / 53) % 2 == 0) ? grain * 0.6 : grain;
        }

        private static double Gaussian(Random rng)
        {
            double u = 1 - rng.NextDouble(), v = rng.NextDouble();
            return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
        }

        private static string Tlv(string tag, string value) => tag + value.Length.ToString("D2") + value;
    }
}
