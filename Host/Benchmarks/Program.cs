using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Qr;
using QRCoder;

namespace GlassesFirmware.Host.Benchmarks
{
    /// <summary>
    /// <c>qr-bench qr [--json PATH] [--noise N] [--synthetic N] [--il-frames N] [--payments N] [--jitter PX] [--sets photos,synthetic,v6,noise,readback] [--worst-frames DIR]</c>:
    /// the device QR decoder against ZXing.Net 0.16.11 on the same grey frames in one process: the ZXing blackbox photos at
    /// four rotations, synthetic glasses frames, v6 frames, code-free noise and scene frames, speed, allocation, the IL
    /// instructions per frame of every set beside its accuracy (<see cref="FrameCostLog"/>), and the time to readback of
    /// payments on synthetic glasses frames (<see cref="ReadbackBench"/>; <c>--jitter</c> shifts each frame of the held code up
    /// to that many pixels, as a head that is not quite still). <c>--sets</c> runs only the named sets (for
    /// iterating; without all four decoder sets the JSON lacks speed, allocation and the photo IL total); <c>--worst-frames</c> writes
    /// the costliest view of each set of the IL table as a PGM there.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 0 || args[0] != "qr")
            {
                Console.Error.WriteLine("usage: qr-bench qr [--json PATH] [--noise N] [--synthetic N] [--il-frames N] [--payments N] [--jitter PX] [--sets photos,synthetic,v6,noise,readback] [--worst-frames DIR]");
                return 2;
            }

            string jsonPath = Option(args, "--json", null);
            int noiseFrames = int.Parse(Option(args, "--noise", "10000"));
            int perCell = int.Parse(Option(args, "--synthetic", "40"));
            int ilFrames = int.Parse(Option(args, "--il-frames", "40"));
            int payments = int.Parse(Option(args, "--payments", "300"));
            int jitter = int.Parse(Option(args, "--jitter", "0"));
            string[] sets = Option(args, "--sets", "photos,synthetic,v6,noise,readback").Split(',');
            string shared = FindShared();
            var report = new Dictionary<string, object>
            {
                ["command"] = "dotnet run -c Release --project Host/Benchmarks -- " + string.Join(" ", args),
                ["machine"] = Environment.ProcessorCount + " cores, " + System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                ["runtime"] = Environment.Version.ToString(),
            };
            BlackboxCorpus corpus = BlackboxCorpus.Load(Path.Combine(shared, "qr", "zxing-blackbox"));
            var scenes = new SceneFrames(corpus.Samples);
            var speed = new SpeedLog();
            var costs = new FrameCostLog { WorstFramesDirectory = Option(args, "--worst-frames", null) };
            if (Array.IndexOf(sets, "photos") >= 0)
            {
                report["photos"] = Photos(corpus, speed, costs);
            }

            if (Array.IndexOf(sets, "synthetic") >= 0)
            {
                report["synthetic"] = Synthetic(perCell, speed, costs);
            }

            if (Array.IndexOf(sets, "v6") >= 0)
            {
                report["v6"] = V6Frames(perCell, costs);
            }

            if (Array.IndexOf(sets, "noise") >= 0)
            {
                report["noise"] = Noise(noiseFrames, ilFrames, scenes, costs);
            }

            if (sets.Length > 1 || sets[0] != "readback")
            {
                report["ilPerFrame"] = costs.Report();
            }

            // A partial run (--sets) is for iterating; speed, allocation and the photo IL total need every decoder set.
            if (Array.IndexOf(sets, "photos") >= 0 && Array.IndexOf(sets, "synthetic") >= 0 && Array.IndexOf(sets, "v6") >= 0 && Array.IndexOf(sets, "noise") >= 0)
            {
                report["speed"] = speed.Report();
                report["allocation"] = Allocation();
                report["ilInstructions"] = IlCost(Path.Combine(shared, "qr", "zxing-blackbox"));
            }

            if (Array.IndexOf(sets, "readback") >= 0)
            {
                report["readback"] = ReadbackBench.Run(payments, scenes, jitter);
            }

            if (jsonPath != null)
            {
                File.WriteAllText(jsonPath, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
                Console.WriteLine("JSON written to " + jsonPath);
            }

            return 0;
        }

        private static object Photos(BlackboxCorpus corpus, SpeedLog speed, FrameCostLog costs)
        {
            Console.WriteLine("== Photos: ../shared/qr/zxing-blackbox (charset-lenient scoring; ZXing.Net scored on its text) ==");
            var decoder = new QrDecoder(2048, 2048);
            var results = new QrResultSet();
            // Warm both decoders up so JIT time is not measured.
            foreach (BlackboxCorpus.Sample s in corpus.Samples.Take(30))
            {
                decoder.Decode(s.Image.Pixels, s.Image.Width, s.Image.Height, s.Image.Width, results);
                ZxingReference.Decode(s.Image.Pixels, s.Image.Width, s.Image.Height);
            }

            var rows = new List<object>();
            int[] oursTotal = new int[4];
            int[] zxTotal = new int[4];
            int falseDecodes = 0;
            Console.WriteLine($"{"set",-10} {"images",6}  {"ours 0/90/180/270",-22} {"sum",4}  {"ZXing.Net 0/90/180/270",-22} {"sum",4}");
            foreach (IGrouping<string, BlackboxCorpus.Sample> set in corpus.Samples.GroupBy(s => s.Set))
            {
                int[] ours = new int[4];
                int[] zx = new int[4];
                foreach (BlackboxCorpus.Sample s in set)
                {
                    for (int r = 0; r < 4; r++)
                    {
                        var img = s.Image.Rotate(r);
                        string size = img.Width * img.Height <= 240 * 240 ? "240x240" : (img.Width * img.Height <= 640 * 480 ? "640x480" : null);
                        long t0 = Stopwatch.GetTimestamp();
                        HeldView.Decode(decoder, img.Pixels, img.Width, img.Height, results);
                        double oursMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                        bool pass = false;
                        for (int i = 0; i < results.Count; i++)
                        {
                            QrCode c = results.Get(i);
                            if (BlackboxCorpus.Passes(c.Text, c.Payload, s.Expected))
                            {
                                pass = true;
                            }
                            else if (c.Text.IndexOf('\uFFFD') < 0)
                            {
                                falseDecodes++;
                            }
                        }

                        t0 = Stopwatch.GetTimestamp();
                        string zt = ZxingReference.Decode(img.Pixels, img.Width, img.Height);
                        double zxMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                        if (size != null)
                        {
                            speed.Add(size, oursMs, zxMs);
                        }

                        ours[r] += pass ? 1 : 0;
                        zx[r] += zt == s.Expected ? 1 : 0;
                        costs.Add(img.Width == 240 && img.Height == 240 ? "photos 240x240" : "photos, other sizes",
                            img.Pixels, img.Width, img.Height, pass, 0, FrameCostLog.FrameBudget);
                    }
                }

                for (int r = 0; r < 4; r++)
                {
                    oursTotal[r] += ours[r];
                    zxTotal[r] += zx[r];
                }

                int n = set.Count();
                Console.WriteLine($"{set.Key,-10} {n,6}  {string.Join("/", ours),-22} {ours.Sum(),4}  {string.Join("/", zx),-22} {zx.Sum(),4}");
                rows.Add(new { set = set.Key, images = n, ours, oursSum = ours.Sum(), zxing = zx, zxingSum = zx.Sum() });
            }

            Console.WriteLine($"{"total",-10} {corpus.Samples.Count,6}  {string.Join("/", oursTotal),-22} {oursTotal.Sum(),4}  {string.Join("/", zxTotal),-22} {zxTotal.Sum(),4}");
            Console.WriteLine($"ours: {oursTotal.Sum()}/{corpus.Samples.Count * 4}, upright {oursTotal[0]}/{corpus.Samples.Count}, false decodes {falseDecodes}; ZXing.Net: {zxTotal.Sum()}, upright {zxTotal[0]}");
            Console.WriteLine();
            return new { sets = rows, ours = oursTotal, oursSum = oursTotal.Sum(), zxing = zxTotal, zxingSum = zxTotal.Sum(), decodes = corpus.Samples.Count * 4, falseDecodes };
        }

        private static object Synthetic(int perCell, SpeedLog speed, FrameCostLog costs)
        {
            Console.WriteLine($"== Synthetic glasses frames: EMVCo-like payloads 80-300 chars at level M, rotation +-20 deg, gradient, clutter, noise sigma 4; {perCell} frames per cell ==");
            Console.WriteLine($"{"frame",-8} {"px/mod",6} {"blur",4} {"versions",9}  {"ours",5} {"ZXing.Net",9}");
            var cells = new List<object>();
            var decoder = new QrDecoder(640, 480);
            var results = new QrResultSet();
            foreach (BenchmarkFrames.SyntheticCell cell in BenchmarkFrames.SyntheticCells())
            {
                (int w, int h, double ppm, double blur) = (cell.Width, cell.Height, cell.PixelsPerModule, cell.Blur);
                Random rng = cell.NewRandom();
                int ours = 0;
                int zx = 0;
                int minV = 99;
                int maxV = 0;
                for (int f = 0; f < perCell; f++)
                {
                    SyntheticFrames.Frame frame = cell.Next(rng);
                    string text = frame.Text;
                    minV = Math.Min(minV, frame.Version);
                    maxV = Math.Max(maxV, frame.Version);
                    long t0 = Stopwatch.GetTimestamp();
                    HeldView.Decode(decoder, frame.Pixels, w, h, results);
                    double oursMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    t0 = Stopwatch.GetTimestamp();
                    string zt = ZxingReference.Decode(frame.Pixels, w, h);
                    double zxMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    speed.Add(w + "x" + h, oursMs, zxMs);
                    bool pass = results.Count > 0 && results.Get(0).Text == text;
                    ours += pass ? 1 : 0;
                    costs.Add($"synthetic {w}x{h}, blur {blur:F0}", frame.Pixels, w, h, pass, 0, FrameCostLog.FrameBudget);

                    if (zt == text)
                    {
                        zx++;
                    }
                }

                Console.WriteLine($"{w + "x" + h,-8} {ppm,6:F1} {blur,4:F0} {"v" + minV + "-v" + maxV,9}  {ours,5} {zx,9}");
                cells.Add(new { frame = w + "x" + h, pixelsPerModule = ppm, blurSigma = blur, versions = new[] { minV, maxV }, frames = perCell, ours, zxing = zx });
            }

            Console.WriteLine();
            return cells;
        }

        // v6-M codes at 3 px/module on 240x240 frames, upright (+-5 deg) or at any angle, sharp or blurred.
        private static object V6Frames(int perCell, FrameCostLog costs)
        {
            Console.WriteLine($"== v6 codes, 240x240, 3.0 px/module, level M; {perCell} frames per cell ==");
            var decoder = new QrDecoder(240, 240);
            var results = new QrResultSet();
            var cells = new List<object>();
            foreach (BenchmarkFrames.V6Cell cell in BenchmarkFrames.V6Cells())
            {
                Random rng = cell.NewRandom();
                string name = cell.Name;
                int ours = 0;
                for (int f = 0; f < perCell; f++)
                {
                    SyntheticFrames.Frame frame = cell.Next(rng);
                    HeldView.Decode(decoder, frame.Pixels, 240, 240, results);
                    bool pass = results.Count > 0 && results.Get(0).Text == frame.Text;
                    ours += pass ? 1 : 0;
                    costs.Add(name, frame.Pixels, 240, 240, pass, 0, FrameCostLog.V6Goal);
                }

                Console.WriteLine($"{name,-40} {ours,3}/{perCell}");
                cells.Add(new { cell = name, frames = perCell, ours });
            }

            Console.WriteLine();
            return cells;
        }

        private static object Noise(int count, int ilFrames, SceneFrames scenes, FrameCostLog costs)
        {
            int kinds = BenchmarkFrames.CodeFreeKinds;
            Console.WriteLine($"== Code-free 240x240 frames: {count}, cycling through {kinds} families (noise: uniform, blocky, smoothed, clutter, stripes, checkers; scenes: "
                + string.Join(", ", SceneFrames.Kinds) + $" from {scenes.PhotoRegionCount} photo regions); IL counted on the first {ilFrames} of each ==");
            var decoder = new QrDecoder(240, 240);
            var results = new QrResultSet();
            Random rng = BenchmarkFrames.CodeFreeRandom();
            int ours = 0;
            int zx = 0;
            var times = new List<double>();
            byte[] frame = new byte[240 * 240];
            for (int i = 0; i < count; i++)
            {
                string name = BenchmarkFrames.FillCodeFree(frame, i, scenes, rng);

                long t0 = Stopwatch.GetTimestamp();
                HeldView.Decode(decoder, frame, 240, 240, results);
                times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                ours += results.Count;
                if (ZxingReference.Decode(frame, 240, 240) != null)
                {
                    zx++;
                }

                if (i / kinds < ilFrames)
                {
                    costs.Add(name, frame, 240, 240, results.Count == 0, FrameCostLog.EmptyMedianGoal, FrameCostLog.EmptyMaxGoal);
                }
            }

            double median = SpeedLog.Percentile(times, 0.5);
            Console.WriteLine($"false decodes: ours {ours}, ZXing.Net {zx}; ours median {median:F3} ms per code-free frame");
            Console.WriteLine();
            return new { frames = count, oursFalseDecodes = ours, zxingFalseDecodes = zx, oursMedianMs = median };
        }

        private static object Allocation()
        {
            Console.WriteLine("== Allocation per frame (steady state, 200 frames after warm-up) ==");
            var decoder = new QrDecoder(240, 240);
            var results = new QrResultSet();
            byte[] empty = new byte[240 * 240];
            new Random(3).NextBytes(empty);
            var rng = new Random(11);
            string text = SyntheticFrames.EmvPayload(rng, 100);
            SyntheticFrames.Frame code = SyntheticFrames.Render(text, QRCodeGenerator.ECCLevel.M, 240, 240, 3.0, 7, 0, 2, rng);
            long before = GC.GetAllocatedBytesForCurrentThread();
            var fresh = new QrDecoder(240, 240);
            long decoderBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            GC.KeepAlive(fresh);
            Console.WriteLine($"working memory of a decoder for 240x240 frames: {decoderBytes} B (host object sizes; every buffer it uses per frame)");
            double emptyBytes = AllocatedPerFrame(decoder, results, empty);
            double codeBytes = AllocatedPerFrame(decoder, results, code.Pixels);
            Console.WriteLine($"code-free frame: {emptyBytes:F0} B; frame with a v{code.Version} code ({text.Length} chars): {codeBytes:F0} B (the result's payload and text)");
            Console.WriteLine();
            return new { decoderBytes240 = decoderBytes, emptyFrameBytes = emptyBytes, codeFrameBytes = codeBytes, codeVersion = code.Version, payloadChars = text.Length };
        }

        private static object IlCost(string blackbox)
        {
            Console.WriteLine("== IL instructions per frame, the most of any frame of a held view (Host/CostMeter: Mono.Cecil-instrumented runtime, steady state) ==");
            var meter = new GlassesFirmware.Host.CostMeter.IlCostMeter();
            var rows = new List<object>();
            void Row(string name, byte[] frame, int w, int h)
            {
                (long n, int codes) = meter.Measure(frame, w, h);
                Console.WriteLine($"{name,-52} {n,12:N0}  codes {codes}");
                rows.Add(new { frame = name, instructions = n, codes });
            }

            byte[] uniform = new byte[240 * 240];
            Array.Fill(uniform, (byte)128);
            Row("240x240 uniform grey (no code)", uniform, 240, 240);
            byte[] gradient = new byte[240 * 240];
            for (int i = 0; i < gradient.Length; i++)
            {
                gradient[i] = (byte)(60 + ((i % 240) + (i / 240)) * 150 / 480);
            }

            Row("240x240 lighting gradient (no code)", gradient, 240, 240);
            var rng = new Random(21);
            for (int k = 0; k < NoiseFrames.Kinds; k++)
            {
                byte[] f = new byte[240 * 240];
                NoiseFrames.Fill(f, 240, 240, k, rng);
                Row("240x240 " + NoiseFrames.Names[k] + " (no code)", f, 240, 240);
            }

            foreach (double ppm in new[] { 2.0, 3.0, 4.0 })
            {
                string text = SyntheticFrames.EmvPayload(new Random(6), 100);
                SyntheticFrames.Frame v6 = SyntheticFrames.Render(text, QRCodeGenerator.ECCLevel.M, 240, 240, ppm, 8, 0, 3, new Random(8));
                Row($"240x240 synthetic v{v6.Version}-M, {ppm:F1} px/module, 8 deg", v6.Pixels, 240, 240);
            }

            var photo = new List<long>();
            foreach (string dir in new[] { "qrcode-3", "qrcode-4" })
            {
                foreach (string png in Directory.GetFiles(Path.Combine(blackbox, dir), "*.png"))
                {
                    var img = GlassesFirmware.Host.Simulator.Imaging.GreyImage.Load(png);
                    photo.Add(meter.Measure(img.Pixels, img.Width, img.Height).Instructions);
                }
            }

            photo.Sort();
            long median = photo[photo.Count / 2];
            long p90 = photo[(int)(photo.Count * 0.9)];
            Console.WriteLine($"{"240x240 photos qrcode-3 and qrcode-4 (" + photo.Count + "), median / p90",-52} {median,12:N0} / {p90:N0}");
            Console.WriteLine();
            return new { frames = rows, photos240 = new { count = photo.Count, median, p90 } };
        }

        private static double AllocatedPerFrame(QrDecoder decoder, QrResultSet results, byte[] frame)
        {
            for (int i = 0; i < 20; i++)
            {
                decoder.Decode(frame, 240, 240, 240, results);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 200; i++)
            {
                decoder.Decode(frame, 240, 240, 240, results);
            }

            return (GC.GetAllocatedBytesForCurrentThread() - before) / 200.0;
        }

        private static string Option(string[] args, string name, string fallback)
        {
            int i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        private static string FindShared()
        {
            string dir = AppContext.BaseDirectory;
            while (dir != null && !File.Exists(Path.Combine(dir, "GlassesFirmware.sln")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            if (dir == null)
            {
                throw new DirectoryNotFoundException("repository root (GlassesFirmware.sln) not found above " + AppContext.BaseDirectory);
            }

            return Path.GetFullPath(Path.Combine(dir, "..", "shared"));
        }
    }
}
