using System.Collections.Generic;
using System.IO;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Payload;
using GlassesFirmware.Qr;
using GlassesFirmware.Session;
using SkiaSharp;

namespace GlassesFirmware.Host.Simulator.Demo
{
    /// <summary>A code the glasses' decoder found: its text, version, level and outline (4 corners, pixels).</summary>
    public sealed record SeenCode(string Text, byte[] Payload, int Version, string Level, int[] Corners);

    /// <summary>
    /// What the glasses' camera saw: the device's own QR decoder run on a grey frame, and an annotated PNG of the
    /// frame (each code's outline, version and level, and the verdict lines) for <c>--annotate DIR</c>.
    /// </summary>
    public static class CameraView
    {
        /// <summary>The codes <see cref="QrDecoder"/> reads in <paramref name="image"/>.</summary>
        public static List<SeenCode> Decode(GreyImage image)
        {
            var decoder = new QrDecoder(image.Width, image.Height);
            var results = new QrResultSet();
            var codes = new List<SeenCode>();
            if (HeldView.Decode(decoder, image.Pixels, image.Width, image.Height, results) != QrStatus.Ok)
            {
                return codes;
            }
            for (int i = 0; i < results.Count; i++)
            {
                QrCode c = results.Get(i);
                codes.Add(new SeenCode(c.Text, c.Payload == null ? new byte[0] : (byte[])c.Payload.Clone(), c.Version, QrCode.LevelName(c.EcLevel), (int[])c.Corners.Clone()));
            }
            return codes;
        }

        /// <summary>The payload verdict as the session forms it (device validation, English readback).</summary>
        public static string Verdict(SeenCode code)
        {
            var analyzer = new PayloadAnalyzer(new PayloadOptions { Policy = ValidationPolicy.Device, AllowedHosts = new[] { "qr.alipay.com" }, Language = "en" });
            PaymentIntent intent = analyzer.Analyze(code.Payload, 0, code.Payload.Length);
            return PayloadKinds.Name(intent.Kind) + (intent.IsDynamic ? " dynamic" : "") + (intent.Accepted ? ", accepted" : ", refused")
                + (intent.Readback == null ? "" : ": \"" + intent.Readback + "\"");
        }

        /// <summary>Writes <paramref name="image"/> as an 8-bit grey PNG.</summary>
        public static void SavePng(string path, GreyImage image)
        {
            using SKBitmap bitmap = GreyBitmap(image);
            using SKData png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(path, png.ToArray());
        }

        /// <summary>
        /// The annotated frame of a payment: the codes the decoder reads in it, their payload verdict, and how the
        /// session ended.
        /// </summary>
        public static void AnnotatePayment(string path, GreyImage frame, string title, PaymentReport report)
        {
            List<SeenCode> codes = Decode(frame);
            var lines = new List<string> { title };
            foreach (SeenCode code in codes)
            {
                lines.Add("code v" + code.Version + "-" + code.Level + ": " + Verdict(code));
            }
            if (codes.Count == 0)
            {
                lines.Add("no code decoded in this frame");
            }
            lines.Add("session: " + SessionNames.Outcome(report.Outcome)
                + (report.Error == SessionError.None ? "" : " (" + SessionNames.Error(report.Error) + " in " + SessionNames.State(report.ErrorState) + ")"));
            Annotate(path, frame, codes, lines);
        }

        /// <summary>
        /// Writes <paramref name="image"/> as a PNG, scaled up, with each code's outline and "vN-L" label, and
        /// <paramref name="lines"/> (the verdict) in a caption strip below.
        /// </summary>
        public static void Annotate(string path, GreyImage image, IReadOnlyList<SeenCode> codes, IReadOnlyList<string> lines)
        {
            const int Scale = 2;
            const int LineHeight = 18;
            int width = image.Width * Scale;
            lines = Wrap(lines, width / 9);
            int height = image.Height * Scale + 8 + LineHeight * lines.Count;
            using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
            using var canvas = new SKCanvas(bitmap);
            canvas.Clear(SKColors.Black);
            using (SKBitmap frame = GreyBitmap(image))
            {
                using SKImage picture = SKImage.FromBitmap(frame);
                canvas.DrawImage(picture, new SKRect(0, 0, width, image.Height * Scale), new SKSamplingOptions(SKFilterMode.Nearest));
            }
            using var outline = new SKPaint { Color = SKColors.LimeGreen, Style = SKPaintStyle.Stroke, StrokeWidth = 3, IsAntialias = true };
            using var ink = new SKPaint { Color = SKColors.Yellow, IsAntialias = true };
            using var font = new SKFont(SKTypeface.Default, 15);
            foreach (SeenCode code in codes)
            {
                using var shape = new SKPath();
                shape.MoveTo(code.Corners[0] * Scale, code.Corners[1] * Scale);
                for (int k = 1; k < 4; k++)
                {
                    shape.LineTo(code.Corners[2 * k] * Scale, code.Corners[2 * k + 1] * Scale);
                }
                shape.Close();
                canvas.DrawPath(shape, outline);
                canvas.DrawText("v" + code.Version + "-" + code.Level, code.Corners[0] * Scale + 4, code.Corners[1] * Scale - 6, font, ink);
            }
            using var caption = new SKPaint { Color = SKColors.White, IsAntialias = true };
            for (int i = 0; i < lines.Count; i++)
            {
                canvas.DrawText(lines[i], 6, image.Height * Scale + 4 + LineHeight * (i + 1) - 4, font, caption);
            }
            canvas.Flush();
            using SKData png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path)));
            File.WriteAllBytes(path, png.ToArray());
        }

        // Breaks lines longer than the caption strip at blanks.
        private static List<string> Wrap(IReadOnlyList<string> lines, int columns)
        {
            var wrapped = new List<string>();
            foreach (string line in lines)
            {
                string rest = line;
                while (rest.Length > columns)
                {
                    int cut = rest.LastIndexOf(' ', columns);
                    cut = cut > 0 ? cut : columns;
                    wrapped.Add(rest.Substring(0, cut));
                    rest = "    " + rest.Substring(cut).TrimStart();
                }
                wrapped.Add(rest);
            }
            return wrapped;
        }

        private static SKBitmap GreyBitmap(GreyImage image)
        {
            var bitmap = new SKBitmap(image.Width, image.Height, SKColorType.Gray8, SKAlphaType.Opaque);
            for (int y = 0; y < image.Height; y++)
            {
                System.Runtime.InteropServices.Marshal.Copy(image.Pixels, y * image.Width, bitmap.GetPixels() + y * bitmap.RowBytes, image.Width);
            }
            return bitmap;
        }
    }
}
