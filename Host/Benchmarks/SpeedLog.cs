using System;
using System.Collections.Generic;
using System.Linq;

namespace GlassesFirmware.Host.Benchmarks
{
    /// <summary>Per-frame decode times of both decoders, grouped by frame size.</summary>
    public sealed class SpeedLog
    {
        private readonly Dictionary<string, (List<double> Ours, List<double> Zxing)> _bySize = new();

        public void Add(string size, double oursMs, double zxingMs)
        {
            if (!_bySize.TryGetValue(size, out var lists))
            {
                lists = (new List<double>(), new List<double>());
                _bySize[size] = lists;
            }

            lists.Ours.Add(oursMs);
            lists.Zxing.Add(zxingMs);
        }

        public object Report()
        {
            Console.WriteLine("== Speed: ms per frame, photos and synthetic frames together, same process ==");
            Console.WriteLine($"{"frame",-8} {"frames",6}  {"ours median",11} {"ours p90",8}  {"ZXing median",12} {"ZXing p90",9}  {"ratio (median)",14}");
            var rows = new List<object>();
            foreach (var (size, lists) in _bySize.OrderBy(kv => kv.Key))
            {
                double om = Percentile(lists.Ours, 0.5);
                double op = Percentile(lists.Ours, 0.9);
                double zm = Percentile(lists.Zxing, 0.5);
                double zp = Percentile(lists.Zxing, 0.9);
                Console.WriteLine($"{size,-8} {lists.Ours.Count,6}  {om,11:F3} {op,8:F3}  {zm,12:F3} {zp,9:F3}  {om / zm,14:F2}");
                rows.Add(new { frame = size, frames = lists.Ours.Count, oursMedianMs = om, oursP90Ms = op, zxingMedianMs = zm, zxingP90Ms = zp, ratio = om / zm });
            }

            Console.WriteLine();
            return rows;
        }

        public static double Percentile(List<double> values, double p)
        {
            if (values.Count == 0)
            {
                return double.NaN;
            }

            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
        }
    }
}
