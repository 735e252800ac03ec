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
    /// a code in view must end in the glance, at 10 frames a second on a 10^6 IL/s interpreter; the held frames of a
    /// busy view without a code stay on the cheap allowance (<see cref="QrDecoder.CheapBudget"/>) at the median.
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
        public void HeldBusyFramesWithoutACodeStayOnTheCheapPath()
        {
            var meter = new IlCostMeter();
            var scenes = new SceneFrames(new List<BlackboxCorpus.Sample>());
            var rng = new Random(11);
            byte[] frame = new byte[240 * 240];
            var held = new List<long>();
            // Two frames of each busy family of the benchmark (photo regions need the photos; the shop counter has them all).
            for (int i = 0; i < 2; i++)
            {
                for (int kind = 0; kind < NoiseFrames.Kinds; kind++)
                {
                    NoiseFrames.Fill(frame, 240, 240, kind, rng);
                    Measure(meter, frame, held);
                }

                foreach (string kind in new[] { "text", "edges", "checkerboard", "foliage", "screen", "printed pattern", "shop counter" })
                {
                    scenes.Fill(frame, Array.IndexOf(SceneFrames.Kinds, kind), rng);
                    Measure(meter, frame, held);
                }
            }

            // Before the cheap allowance a held frame of such a view cost about one full budget (1.2-1.7 M).
            held.Sort();
            Assert.True(held.Count > 20, "only " + held.Count + " held frames");
            Assert.InRange(held[held.Count / 2], 0, DebugMedianCeiling);
        }

        // Adds the IL of every frame after the first of the frame's held view (the first gets the glance allowance).
        private static void Measure(IlCostMeter meter, byte[] frame, List<long> held)
        {
            ViewCost view = meter.MeasureView(frame, 240, 240);
            Assert.Equal(0, view.Codes);
            for (int i = 1; i < view.FrameInstructions.Length; i++)
            {
                held.Add(view.FrameInstructions[i]);
            }
        }
    }
}
