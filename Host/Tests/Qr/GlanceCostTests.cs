using System;
using System.Collections.Generic;
using GlassesFirmware.Host.Benchmarks;
using GlassesFirmware.Host.CostMeter;
using Xunit;

namespace GlassesFirmware.Host.Tests.Qr
{
    /// <summary>
    /// The "nothing here" path in IL instructions (Host/CostMeter, deterministic): a 240x240 frame without
    /// a code in view must end in the glance, at 10 frames a second on a 10^6 IL/s interpreter.
    /// </summary>
    [Collection(IlCostMeterCollection.Name)]
    public class GlanceCostTests
    {
        private const long GlanceBudget = FrameCostLog.EmptyMedianGoal;

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
    }
}
