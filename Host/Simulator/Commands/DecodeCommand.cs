using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using GlassesFirmware.Host.Adapters.Files;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Qr;

namespace GlassesFirmware.Host.Simulator.Commands
{
    /// <summary>
    /// <c>glasses-sim decode FILE|FOLDER... [--json]</c>: runs the device QR decoder on PNG, JPEG and PGM
    /// images (folders are searched recursively). One record per code found, or one per image without a
    /// code or that could not be read. A picture larger than <see cref="GreyImage.MaxSide"/> on a side is refused
    /// from its header, before decoding; a truncated or damaged one is unreadable, not "no code". Every file is
    /// processed whatever happened to the others. Exit code 0 when every image was read and held a code, 1 when
    /// some image held none, 2 when a file could not be read or for a usage error.
    /// </summary>
    public sealed class DecodeCommand : ICommand
    {
        private static readonly string[] Extensions = { ".png", ".jpg", ".jpeg", ".pgm" };

        public string Name => "decode";

        public string Usage => "decode FILE|FOLDER... [--json]   decode QR codes in PNG/JPEG/PGM images with the device decoder";

        public int Run(string[] args, TextWriter output, TextWriter error)
        {
            bool json = args.Contains("--json");
            string[] targets = args.Where(a => a != "--json").ToArray();
            string unknown = targets.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal));
            if (targets.Length == 0 || unknown != null)
            {
                error.WriteLine((unknown != null ? "glasses-sim decode: unknown option '" + unknown + "'\n" : "") + "usage: glasses-sim " + Usage);
                return 2;
            }

            int exit = 0;
            QrDecoder decoder = null;
            var results = new QrResultSet();
            foreach (string file in Expand(targets))
            {
                if (Directory.Exists(file))
                {
                    Write(output, json, new Record { File = file, Ok = false, Problem = InputFileException.Name(InputProblem.EmptyFolder), Error = "unreadable: no PNG, JPEG or PGM file in this folder" });
                    exit = 2;
                    continue;
                }

                GreyImage image;
                try
                {
                    image = GreyImage.Load(file);
                }
                catch (InputFileException ex)
                {
                    Write(output, json, new Record { File = file, Ok = false, Problem = ex.ProblemName, Error = "unreadable: " + ex.Detail });
                    exit = 2;
                    continue;
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is InvalidDataException || ex is ArgumentException)
                {
                    // Anything else the image library throws for one file: reported, and the next file still runs.
                    Write(output, json, new Record { File = file, Ok = false, Problem = InputFileException.Name(InputProblem.Corrupt), Error = "unreadable: " + ex.Message });
                    exit = 2;
                    continue;
                }

                if (decoder == null || decoder.MaxWidth < image.Width || decoder.MaxHeight < image.Height)
                {
                    decoder = new QrDecoder(Math.Max(image.Width, decoder?.MaxWidth ?? 0), Math.Max(image.Height, decoder?.MaxHeight ?? 0));
                }

                var watch = Stopwatch.StartNew();
                QrStatus status = HeldView.Decode(decoder, image.Pixels, image.Width, image.Height, results);
                double ms = watch.Elapsed.TotalMilliseconds;
                if (status != QrStatus.Ok || results.Count == 0)
                {
                    string reason = status != QrStatus.Ok ? QrStatusText.Name(status) : QrStatusText.Name(results.LastFailure);
                    Write(output, json, new Record { File = file, Ok = false, Error = reason, Ms = ms });
                    exit = Math.Max(exit, 1);
                    continue;
                }

                for (int i = 0; i < results.Count; i++)
                {
                    QrCode code = results.Get(i);
                    Write(output, json, new Record
                    {
                        File = file,
                        Ok = true,
                        Text = code.Text,
                        BytesHex = Convert.ToHexString(code.Payload),
                        Version = code.Version,
                        EcLevel = QrCode.LevelName(code.EcLevel),
                        Mask = code.Mask,
                        Mirrored = code.Mirrored,
                        Inverted = code.Inverted,
                        Corners = Enumerable.Range(0, 4).Select(k => new[] { code.Corners[2 * k], code.Corners[2 * k + 1] }).ToArray(),
                        CorrectedCodewords = code.CorrectedCodewords,
                        Ms = ms,
                    });
                }
            }

            return exit;
        }

        private static IEnumerable<string> Expand(string[] targets)
        {
            foreach (string target in targets)
            {
                if (Directory.Exists(target))
                {
                    string[] files = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
                        .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                        .OrderBy(f => f, StringComparer.Ordinal)
                        .ToArray();
                    // A folder without pictures is yielded itself, to be reported rather than passed over in silence.
                    foreach (string f in files.Length > 0 ? files : new[] { target })
                    {
                        yield return f;
                    }
                }
                else
                {
                    // A missing file is reported by the loader as unreadable.
                    yield return target;
                }
            }
        }

        private static void Write(TextWriter output, bool json, Record r)
        {
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    file = r.File,
                    ok = r.Ok,
                    text = r.Text,
                    bytesHex = r.BytesHex,
                    version = r.Ok ? r.Version : (int?)null,
                    ecLevel = r.EcLevel,
                    mask = r.Ok ? r.Mask : (int?)null,
                    mirrored = r.Ok ? r.Mirrored : (bool?)null,
                    inverted = r.Ok ? r.Inverted : (bool?)null,
                    corners = r.Corners,
                    correctedCodewords = r.Ok ? r.CorrectedCodewords : (int?)null,
                    ms = r.Ms.HasValue ? Math.Round(r.Ms.Value, 3) : (double?)null,
                    error = r.Error,
                    problem = r.Problem,
                }));
                return;
            }

            if (!r.Ok)
            {
                output.WriteLine(r.File + ": " + (r.Ms.HasValue ? "no code (" + r.Error + ", " + r.Ms.Value.ToString("F2") + " ms)" : r.Error));
                return;
            }

            output.WriteLine(r.File + ": " + GlassesFirmware.Text.OutsideText.ForConsole(r.Text) + "  [v" + r.Version + "-" + r.EcLevel + " mask " + r.Mask
                + (r.Mirrored ? " mirrored" : string.Empty) + (r.Inverted ? " inverted" : string.Empty)
                + ", " + r.Ms.Value.ToString("F2") + " ms]");
        }

        private sealed class Record
        {
            public string File;
            public bool Ok;
            public string Text;
            public string BytesHex;
            public int Version;
            public string EcLevel;
            public int Mask;
            public bool Mirrored;
            public bool Inverted;
            public int[][] Corners;
            public int CorrectedCodewords;
            public double? Ms;
            public string Error;
            public string Problem;
        }
    }
}
