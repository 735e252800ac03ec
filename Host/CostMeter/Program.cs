using System;
using System.Linq;
using GlassesFirmware.Host.Simulator.Imaging;

namespace GlassesFirmware.Host.CostMeter
{
    /// <summary>
    /// <c>il-cost [IMAGE...]</c>: IL instructions of each frame of a held view (and the decoder's own estimate, in
    /// work units) for a uniform and a gradient 240x240 frame and for each image given; <c>--profile</c> lists the
    /// costliest methods over the view and in its costliest frame; <c>--over N</c> reports only the images with a frame over N IL
    /// per 240x240 pixels (with the profiles). <c>il-cost voice</c>: IL instructions per second of audio for the voice path (<see cref="VoiceCost"/>).
    /// <c>il-cost uplink</c>: IL instructions per sealed payment request and opened decision (<see cref="UplinkCost"/>).
    /// <c>il-cost payload [LENGTH]</c>: IL instructions per payload analysis for every family (<see cref="PayloadCost"/>).
    /// <c>il-cost kernels [IMAGE...]</c>: IL per frame with the managed and with the native QR kernels (<see cref="KernelCost"/>).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "voice")
            {
                return VoiceCost.Run();
            }

            if (args.Length > 0 && args[0] == "uplink")
            {
                return UplinkCost.Run();
            }

            if (args.Length > 0 && args[0] == "kernels")
            {
                return KernelCost.Run(args);
            }

            if (args.Length > 0 && args[0] == "payload")
            {
                return PayloadCost.Run(args);
            }

            bool profile = Array.IndexOf(args, "--profile") >= 0;
            args = Array.FindAll(args, a => a != "--profile");
            // --over N: only the images with a frame over N IL per 240x240 pixels, with that frame's profile.
            long over = 0;
            int overAt = Array.IndexOf(args, "--over");
            if (overAt >= 0 && overAt + 1 < args.Length)
            {
                over = long.Parse(args[overAt + 1]);
                args = args.Where((a, i) => i != overAt && i != overAt + 1).ToArray();
                profile = true;
            }

            var meter = new IlCostMeter { Profile = profile };
            byte[] uniform = new byte[240 * 240];
            Array.Fill(uniform, (byte)128);
            byte[] gradient = new byte[240 * 240];
            for (int y = 0; y < 240; y++)
            {
                for (int x = 0; x < 240; x++)
                {
                    gradient[y * 240 + x] = (byte)(60 + (x + y) * 150 / 480);
                }
            }

            Report("uniform 240x240", meter.MeasureView(uniform, 240, 240), meter);
            Report("gradient 240x240", meter.MeasureView(gradient, 240, 240), meter);
            foreach (string arg in args)
            {
                // FILE@N: the picture turned by N quarter turns.
                int at = arg.LastIndexOf('@');
                string file = at > 0 ? arg.Substring(0, at) : arg;
                GreyImage image = GreyImage.Load(file).Rotate(at > 0 ? int.Parse(arg.Substring(at + 1)) : 0);
                ViewCost view = meter.MeasureView(image.Pixels, image.Width, image.Height);
                long pixels = (long)image.Width * image.Height;
                long scaled = pixels <= 240 * 240 ? view.FrameInstructions.Max() : view.FrameInstructions.Max() * 240 * 240 / pixels;
                if (scaled > over)
                {
                    Report(arg + " " + image.Width + "x" + image.Height, view, meter);
                }
            }

            return 0;
        }

        private static void Report(string name, ViewCost view, IlCostMeter meter)
        {
            string frames = string.Join(" ", view.FrameInstructions.Select((n, i) => $"{n:N0} ({view.FrameUnits[i]:N0} units)"));
            Console.WriteLine($"{name}: {view.FrameInstructions.Max():N0} IL instructions at most per frame, {view.Codes} code(s); frames of the held view: {frames}");
            if (meter.LastProfile == null)
            {
                return;
            }

            IlCostMeter.PrintProfile(meter.LastProfile, 40);
            Console.WriteLine($"  costliest frame ({view.FrameInstructions.Max():N0} IL):");
            IlCostMeter.PrintProfile(meter.LastWorstFrameProfile, 40);
        }
    }
}
