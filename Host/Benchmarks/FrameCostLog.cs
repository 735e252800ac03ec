using System;
using System.Collections.Generic;
using System.Linq;
using GlassesFirmware.Host.CostMeter;

namespace GlassesFirmware.Host.Benchmarks
{
    /// <summary>
    /// IL instructions per frame (Host/CostMeter, steady state) and the decode outcome, per benchmark set,
    /// printed as one table beside the goals of docs/performance.md. Each benchmark frame is a view held until
    /// the decoder has no work left for it (<see cref="HeldView"/>: the glasses act on a view's codes then); every frame of the view
    /// counts as a frame. Frames larger than 240x240 are
    /// scaled to 240x240 pixels (their budget grows with their pixel count); smaller ones are not scaled up.
    /// </summary>
    public sealed class FrameCostLog
    {
        /// <summary>Pixels of the reference frame the goals are stated for.</summary>
        public const long ReferencePixels = 240 * 240;
        /// <summary>Most IL any frame may cost, per 240x240 pixels (Deliver 1).</summary>
        public const long FrameBudget = 2_000_000;
        /// <summary>Code-free frames: median and maximum IL (Deliver 2).</summary>
        public const long EmptyMedianGoal = 100_000;
        public const long EmptyMaxGoal = 400_000;
        /// <summary>A 240x240 frame with a v6 code (Deliver 3).</summary>
        public const long V6Goal = 700_000;

        private readonly IlCostMeter _meter = new IlCostMeter();
        private readonly Dictionary<string, Set> _sets = new();
        private readonly List<string> _order = new();

        private sealed class Set
        {
            public readonly List<long> Cost = new();
            public int Views;
            public int MostFrames;
            public int Passed;
            public long MedianGoal;
            public long MaxGoal;
            public long Worst;
        }

        /// <summary>
        /// When set, the costliest view of each set is written there as a PGM named after the set (for
        /// <c>il-cost --profile</c>).
        /// </summary>
        public string WorstFramesDirectory { get; set; }

        /// <summary>
        /// Counts one decode of the frame and files it under <paramref name="set"/>; <paramref name="passed"/> is
        /// the accuracy verdict of the uninstrumented held view of the same frame. Returns the scaled count of its
        /// costliest frame.
        /// </summary>
        public long Add(string set, byte[] frame, int width, int height, bool passed, long medianGoal, long maxGoal)
        {
            if (!_sets.TryGetValue(set, out Set s))
            {
                s = new Set { MedianGoal = medianGoal, MaxGoal = maxGoal };
                _sets[set] = s;
                _order.Add(set);
            }

            long[] frames = _meter.MeasureView(frame, width, height).FrameInstructions;
            long most = 0;
            foreach (long f in frames)
            {
                long n = Scaled(f, width, height);
                s.Cost.Add(n);
                most = Math.Max(most, n);
            }

            if (WorstFramesDirectory != null && most > s.Worst)
            {
                s.Worst = most;
                string name = string.Concat(set.Select(ch => char.IsLetterOrDigit(ch) ? ch : '-'));
                System.IO.Directory.CreateDirectory(WorstFramesDirectory);
                using var file = System.IO.File.Create(System.IO.Path.Combine(WorstFramesDirectory, name + ".pgm"));
                byte[] header = System.Text.Encoding.ASCII.GetBytes($"P5\n{width} {height}\n255\n");
                file.Write(header);
                for (int y = 0; y < height; y++)
                {
                    file.Write(frame, y * width, width);
                }
            }

            s.Views++;
            s.MostFrames = Math.Max(s.MostFrames, frames.Length);
            s.Passed += passed ? 1 : 0;
            return most;
        }

        /// <summary>IL per 240x240 pixels for frames larger than 240x240, else as counted.</summary>
        public static long Scaled(long instructions, int width, int height)
        {
            long pixels = (long)width * height;
            return pixels <= ReferencePixels ? instructions : instructions * ReferencePixels / pixels;
        }

        /// <summary>Prints the table and returns it for the JSON report.</summary>
        public object Report()
        {
            Console.WriteLine("== IL instructions per frame (Host/CostMeter, per 240x240 pixels) beside accuracy ==");
            Console.WriteLine($"{"set",-44} {"views",5} {"read",5} {"frames",6} {"most",4} {"median",10} {"p90",10} {"max",11}  {"goal median/max",17} ok");
            var rows = new List<object>();
            bool allMet = true;
            foreach (string name in _order)
            {
                Set s = _sets[name];
                long[] sorted = s.Cost.OrderBy(v => v).ToArray();
                long median = sorted[sorted.Length / 2];
                long p90 = sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * 0.9))];
                long max = sorted[^1];
                bool met = (s.MedianGoal == 0 || median <= s.MedianGoal) && max <= s.MaxGoal;
                allMet &= met;
                string goal = (s.MedianGoal == 0 ? "-" : Short(s.MedianGoal)) + " / " + Short(s.MaxGoal);
                Console.WriteLine($"{name,-44} {s.Views,5} {s.Passed,5} {sorted.Length,6} {s.MostFrames,4} {median,10:N0} {p90,10:N0} {max,11:N0}  {goal,17} {(met ? "yes" : "NO")}");
                rows.Add(new { set = name, views = s.Views, frames = sorted.Length, mostFramesPerView = s.MostFrames, read = s.Passed, median, p90, max, medianGoal = s.MedianGoal, maxGoal = s.MaxGoal, met });
            }

            Console.WriteLine(allMet ? "every set within its goals" : "some sets miss their goals");
            Console.WriteLine();
            return new { sets = rows, allMet };
        }

        private static string Short(long v) => v >= 1_000_000 ? (v / 1e6).ToString("0.#") + " M" : (v / 1000) + " k";
    }
}
