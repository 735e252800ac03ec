using System.Globalization;
using GlassesFirmware.Session;

namespace GlassesFirmware.Host.Simulator.Replay
{
    /// <summary>A payment's time to readback (<see cref="ReadbackTiming"/>) as one line of glasses-sim output.</summary>
    public static class ReadbackText
    {
        /// <summary>
        /// "read back 0.430 s after the trigger: 2 frames, 1,234,567 decoder units; 1,402,113 IL (decode ..., payload
        /// analysis ..., readback ..., other ...) = 1.402 s at 10^6 IL/s", or "IL not counted" without a counter.
        /// </summary>
        public static string Describe(ReadbackTiming timing)
        {
            string line = string.Format(CultureInfo.InvariantCulture, "read back {0:F3} s after the trigger: {1} frame(s), {2:N0} decoder units; ",
                timing.ElapsedMs / 1000.0, timing.Frames, timing.DecoderWork);
            if (!timing.CountsInstructions)
            {
                return line + "IL not counted (replay --il counts it)";
            }
            long other = timing.Instructions - timing.DecodeInstructions - timing.AnalysisInstructions - timing.ComposeInstructions;
            return line + string.Format(CultureInfo.InvariantCulture,
                "{0:N0} IL (decode {1:N0}, payload analysis {2:N0}, readback composition {3:N0}, other {4:N0}) = {5:F3} s at 10^6 IL/s",
                timing.Instructions, timing.DecodeInstructions, timing.AnalysisInstructions, timing.ComposeInstructions, other,
                timing.InstructionsDeviceMs / 1000.0);
        }
    }
}
