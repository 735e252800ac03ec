using System;
using System.Linq;
using GlassesFirmware.Host.Simulator.Imaging;

namespace GlassesFirmware.Host.CostMeter
{
    /// <summary>
    /// <c>il-cost [IMAGE...]</c>: IL instructions per decode for a uniform and a gradient 240x240 frame and for each
    /// image given. <c>il-cost voice</c>: IL instructions per second of audio for the voice path (<see cref="VoiceCost"/>).
    /// <c>il-cost uplink</c>: IL instructions per sealed payment request and opened decision (<see cref="UplinkCost"/>).
    /// <c>il-cost payload [LENGTH]</c>: IL instructions per payload analysis for every family (<see cref="PayloadCost"/>).
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

            if (args.Length > 0 && args[0] == "payload")
            {
                return PayloadCost.Run(args);
            }

            bool profile = Array.IndexOf(args, "--profile") >= 0;
            args = Array.FindAll(args, a => a != "--profile");
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

            Report("uniform 240x240", meter.Measure(uniform, 240, 240), meter);
            Report("gradient 240x240", meter.Measure(gradient, 240, 240), meter);
            foreach (string file in args)
            {
                GreyImage image = GreyImage.Load(file);
                Report(file + " " + image.Width + "x" + image.Height, meter.Measure(image.Pixels, image.Width, image.Height), meter);
            }

            return 0;
        }

        private static void Report(string name, (long Instructions, int Codes) r, IlCostMeter meter)
        {
            Console.WriteLine($"{name}: {r.Instructions:N0} IL instructions, {r.Codes} code(s)");
            if (meter.LastProfile == null)
            {
                return;
            }

            IlCostMeter.PrintProfile(meter.LastProfile, 40);
        }
    }
}
