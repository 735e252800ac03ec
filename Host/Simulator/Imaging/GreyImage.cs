using System;
using System.IO;
using GlassesFirmware.Host.Adapters.Files;
using SkiaSharp;

namespace GlassesFirmware.Host.Simulator.Imaging
{
    /// <summary>An 8-bit grey frame as the glasses camera delivers it: row-major, stride = width.</summary>
    public sealed class GreyImage
    {
        public GreyImage(byte[] pixels, int width, int height)
        {
            Pixels = pixels;
            Width = width;
            Height = height;
        }

        public byte[] Pixels { get; }

        public int Width { get; }

        public int Height { get; }

        /// <summary>
        /// Largest width and height accepted (pixels). Checked from the image header before any pixel is decoded,
        /// so a small file claiming a huge picture costs nothing: 4096 x 4096 is 64 MiB of RGBA while decoding.
        /// </summary>
        public const int MaxSide = 4096;

        /// <summary>
        /// Loads PNG, JPEG (and anything else Skia decodes) or binary/ASCII PGM, converting colour with
        /// the ITU-R 601 luma weights used by PIL's "L" mode, transparent pixels composited on white.
        /// Throws <see cref="InputFileException"/> for a file that cannot be read, is not a picture, is larger
        /// than <see cref="MaxSide"/> on a side, or whose data is truncated or damaged.
        /// </summary>
        public static GreyImage Load(string path)
        {
            byte[] bytes = InputFile.ReadAllBytes(path);
            if (bytes.Length >= 2 && bytes[0] == 'P' && (bytes[1] == '5' || bytes[1] == '2'))
            {
                return Pgm.Parse(path, bytes);
            }

            // SKCodec.Create reads the header only (PNG IHDR, JPEG SOFn): the size is known before any allocation.
            using SKCodec codec = SKCodec.Create(new MemoryStream(bytes), out SKCodecResult opened);
            if (codec == null)
            {
                throw opened == SKCodecResult.IncompleteInput
                    ? new InputFileException(path, InputProblem.Truncated, "the image header is truncated")
                    : new InputFileException(path, InputProblem.NotAnImage, "not a PNG, JPEG or PGM image");
            }

            CheckSize(path, codec.Info.Width, codec.Info.Height);
            var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
            byte[] rgba = new byte[info.BytesSize];
            SKCodecResult decoded = codec.GetPixels(info, rgba);
            if (decoded == SKCodecResult.IncompleteInput)
            {
                // Skia fills the missing rows and says so: a cut-off file is unreadable, not a picture without a code.
                throw new InputFileException(path, InputProblem.Truncated, "the image data is truncated");
            }

            if (decoded != SKCodecResult.Success)
            {
                throw new InputFileException(path, InputProblem.Corrupt, "the image data is damaged (" + decoded + ")");
            }

            return FromRgba(rgba, info.Width, info.Height);
        }

        /// <summary>Refuses a picture larger than <see cref="MaxSide"/> on a side, or without pixels.</summary>
        public static void CheckSize(string path, long width, long height)
        {
            if (width <= 0 || height <= 0)
            {
                throw new InputFileException(path, InputProblem.Corrupt, "the header says " + width + "x" + height + " pixels");
            }

            if (width > MaxSide || height > MaxSide)
            {
                throw new InputFileException(path, InputProblem.ImageTooLarge,
                    "image too large: " + width + "x" + height + " pixels, the limit is " + MaxSide + "x" + MaxSide);
            }
        }

        /// <summary>Converts RGBA bytes with PIL "L" weights, compositing alpha onto white.</summary>
        public static GreyImage FromRgba(byte[] rgba, int width, int height)
        {
            byte[] grey = new byte[width * height];
            for (int i = 0, p = 0; i < grey.Length; i++, p += 4)
            {
                int a = rgba[p + 3];
                int r = (rgba[p] * a + 255 * (255 - a)) / 255;
                int g = (rgba[p + 1] * a + 255 * (255 - a)) / 255;
                int b = (rgba[p + 2] * a + 255 * (255 - a)) / 255;
                grey[i] = (byte)((r * 19595 + g * 38470 + b * 7471 + 0x8000) >> 16);
            }

            return new GreyImage(grey, width, height);
        }

        /// <summary>A lossless rotation by quarter turns clockwise.</summary>
        public GreyImage Rotate(int quarterTurns)
        {
            int q = ((quarterTurns % 4) + 4) % 4;
            if (q == 0)
            {
                return this;
            }

            int w = Width;
            int h = Height;
            int nw = q == 2 ? w : h;
            int nh = q == 2 ? h : w;
            byte[] o = new byte[w * h];
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    int nx = q == 1 ? h - 1 - y : (q == 2 ? w - 1 - x : y);
                    int ny = q == 1 ? x : (q == 2 ? h - 1 - y : w - 1 - x);
                    o[ny * nw + nx] = Pixels[y * w + x];
                }
            }

            return new GreyImage(o, nw, nh);
        }

        /// <summary>
        /// The whole picture as a <paramref name="width"/> x <paramref name="height"/> camera sees it when it fills the
        /// view: scaled down by area averaging (never up), aspect kept, centred on mid grey.
        /// </summary>
        public GreyImage FitInto(int width, int height)
        {
            // Scale as a fraction num/den, num/den <= 1, so integer source spans are exact.
            long num = Math.Min(Math.Min(width * (long)Height, height * (long)Width), Width * (long)Height);
            long den = Width * (long)Height;
            int w = (int)(Width * num / den);
            int h = (int)(Height * num / den);
            byte[] o = new byte[width * height];
            Array.Fill(o, (byte)128);
            int left = (width - w) / 2;
            int top = (height - h) / 2;
            for (int y = 0; y < h; y++)
            {
                int y0 = (int)(y * (long)Height / h);
                int y1 = Math.Max(y0 + 1, (int)((y + 1) * (long)Height / h));
                for (int x = 0; x < w; x++)
                {
                    int x0 = (int)(x * (long)Width / w);
                    int x1 = Math.Max(x0 + 1, (int)((x + 1) * (long)Width / w));
                    int sum = 0;
                    for (int sy = y0; sy < y1; sy++)
                    {
                        for (int sx = x0; sx < x1; sx++)
                        {
                            sum += Pixels[sy * Width + sx];
                        }
                    }

                    o[(top + y) * width + left + x] = (byte)(sum / ((y1 - y0) * (x1 - x0)));
                }
            }

            return new GreyImage(o, width, height);
        }
    }
}
