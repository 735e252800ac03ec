using System;
using System.Collections.Generic;
using GlassesFirmware.Host.Benchmarks;
using GlassesFirmware.Host.CostMeter;
using GlassesFirmware.Qr;
using Xunit;

namespace GlassesFirmware.Host.Tests.Qr
{
    /// <summary>
    /// The "nothing here" path in IL instructions (Host/CostMeter, deterministic): a 240x240 frame without
    /// a code in view must end in the glance, at 10 frames a second on a 10^6 IL/s interpreter; a busy frame
    /// without a code stays on the cheap path (<see cref="QrDecoder.CheapBudget"/>) over every frame of its held view.
    /// </summary>
    [Collection(IlCostMeterCollection.Name)]
    public class GlanceCostTests
    {
        private const long GlanceBudget = FrameCostLog.EmptyMedianGoal;

        // Debug-build IL is about 1.3 times the Release count the goals are stated in (docs/performance.md).
        private const long DebugMedianCeiling = FrameCostLog.EmptyMedianGoal * 13 / 10;

        [Fact]
        public void FlatFramesCostLessThanTheGlanceBudget()
        {
            var meter = new IlCostMeter();
            byte[] uniform = new byte[240 * 240];
            Array.Fill(uniform, (byte)128);
            Assert.InRange(meter.Measure(uniform, 240, 240).Instructions, 0, GlanceBudget);
            // Lighting gradients (linear and radial) with sensor noise, as the benchmark's gradient scenes.
            var scenes = new SceneFrames(new List<BlackboxCorpus.Sample>());
            var rng = new Random(5);
            byte[] frame = new byte[240 * 240];
            for (int i = 0; i < 10; i++)
            {
                scenes.Fill(frame, Array.IndexOf(SceneFrames.Kinds, "gradient"), rng);
                (long instructions, int codes) = meter.Measure(frame, 240, 240);
                Assert.Equal(0, codes);
                Assert.InRange(instructions, 0, GlanceBudget);
            }
        }

        [Fact]
        public void BusyFramesWithoutACodeStayOnTheCheapPath()
        {
            var meter = new IlCostMeter();
            var scenes = new SceneFrames(new List<BlackboxCorpus.Sample>());
            var rng = new Random(11);
            byte[] frame = new byte[240 * 240];
            var costs = new List<long>();
            var over = new List<string>();
            // Two frames of each busy family of the benchmark (photo regions need the photos; the shop counter has them all).
            for (int i = 0; i < 2; i++)
            {
                for (int kind = 0; kind < NoiseFrames.Kinds; kind++)
                {
                    NoiseFrames.Fill(frame, 240, 240, kind, rng);
                    Measure(meter, frame, NoiseFrames.Names[kind], costs, over);
                }

                foreach (string kind in new[] { "text", "edges", "checkerboard", "foliage", "screen", "printed pattern", "shop counter" })
                {
                    scenes.Fill(frame, Array.IndexOf(SceneFrames.Kinds, kind), rng);
                    Measure(meter, frame, kind, costs, over);
                }
            }

            costs.Sort();
            Assert.True(over.Count == 0, "frames over " + FrameCostLog.EmptyMaxGoal.ToString("N0") + " IL: " + string.Join(", ", over));
            Assert.InRange(costs[costs.Count / 2], 0, DebugMedianCeiling);
        }

        private static void Measure(IlCostMeter meter, byte[] frame, string name, List<long> costs, List<string> over)
        {
            ViewCost view = meter.MeasureView(frame, 240, 240);
            Assert.Equal(0, view.Codes);
            foreach (long n in view.FrameInstructions)
            {
                costs.Add(n);
                if (n > FrameCostLog.EmptyMaxGoal)
                {
                    over.Add(name + ": " + n.ToString("N0"));
                }
            }
        }
    }
}
