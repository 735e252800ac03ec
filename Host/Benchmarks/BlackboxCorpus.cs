using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GlassesFirmware.Host.Simulator.Imaging;

namespace GlassesFirmware.Host.Benchmarks
{
    /// <summary>
    /// The ZXing "blackbox" QR photo set (../shared/qr/zxing-blackbox): images converted to grey
    /// once, expected texts read byte-exact, and the charset-lenient scoring of its README.
    /// </summary>
    public sealed class BlackboxCorpus
    {
        static BlackboxCorpus()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        private BlackboxCorpus(List<Sample> samples)
        {
            Samples = samples;
        }

        public IReadOnlyList<Sample> Samples { get; }

        public sealed class Sample
        {
            public string Set { get; init; }

            public string Name { get; init; }

            public GreyImage Image { get; init; }

            public string Expected { get; init; }
        }

        /// <summary>Loads every N.png with its N.txt from the qrcode-* folders under <paramref name="root"/>.</summary>
        public static BlackboxCorpus Load(string root)
        {
            var samples = new List<Sample>();
            foreach (string dir in Directory.GetDirectories(root, "qrcode-*").OrderBy(d => d, StringComparer.Ordinal))
            {
                foreach (string png in Directory.GetFiles(dir, "*.png").OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f))))
                {
                    string expected = Encoding.UTF8.GetString(File.ReadAllBytes(Path.ChangeExtension(png, ".txt")));
                    samples.Add(new Sample
                    {
                        Set = Path.GetFileName(dir),
                        Name = Path.GetFileName(png),
                        Image = GreyImage.Load(png),
                        Expected = expected,
                    });
                }
            }

            return new BlackboxCorpus(samples);
        }

        /// <summary>
        /// Charset-lenient pass: the text equals the expected text, or the payload bytes equal the
        /// expected text encoded as UTF-8, Shift_JIS or ISO-8859-1.
        /// </summary>
        public static bool Passes(string text, byte[] payload, string expected)
        {
            if (text == expected)
            {
                return true;
            }

            if (payload == null)
            {
                return false;
            }

            if (payload.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(expected)))
            {
                return true;
            }

            Encoding sjis = Encoding.GetEncoding("shift_jis", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            try
            {
                if (payload.AsSpan().SequenceEqual(sjis.GetBytes(expected)))
                {
                    return true;
                }
            }
            catch (EncoderFallbackException)
            {
                // Not representable in Shift_JIS.
            }

            return expected.All(c => c <= 0xFF) && payload.AsSpan().SequenceEqual(Encoding.Latin1.GetBytes(expected));
        }
    }
}
