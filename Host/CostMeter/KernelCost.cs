using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GlassesFirmware.Host.Metering;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Qr;

namespace GlassesFirmware.Host.CostMeter
{
    /// <summary>
    /// <c>il-cost kernels IMAGE[@QUARTER_TURNS]...</c>: what the native QR kernels (Hardware/QrKernels, custom image)
    /// save per frame. Each view is measured twice with the instrumented runtime: with its managed kernels, and with a
    /// kernel set standing in for NativeQrKernels, which runs the kernels of the uninstrumented host runtime (so their
    /// work counts nothing, as C does not run IL) and adds, per call, the IL that NativeQrKernels executes around its
    /// one InternalCall. Both runs make the same calls and read the same codes, since the kernels give the same bytes.
    /// </summary>
    public static class KernelCost
    {
        /// <summary>Kernel methods in the order of the call counts printed: black points, smoothing, finder rows, grid rows.</summary>
        private static readonly string[] Kernels = { "BlackPoints", "Smooth", "FinderRow", "SampleRows" };

        // IL of NativeQrKernels per call (ldarg.1 .. ldarg.n, call, ret): BlackPoints 10 arguments + 2, Smooth 5 + 2,
        // FinderRow 7 + 2, SampleRows 15 arguments with the bool turned into an int (4 on the false path, the longer
        // one) and the result compared with 0 (2) + 2. The interop call counts as that one call instruction.
        private static readonly int[] AdapterIl = { 12, 7, 9, 22 };

        public static int Run(string[] args)
        {
            var managed = new IlCostMeter();
            Type port = MeteredRuntime.Shared.Runtime.GetType("GlassesFirmware.Qr.IQrKernels");
            object native = DispatchProxy.Create(port, typeof(UncountedKernels));
            var uncounted = (UncountedKernels)native;
            var withNative = new IlCostMeter { Kernels = native, CountingStarts = uncounted.StartView };
            Console.WriteLine("IL instructions per frame of a held view, managed kernels vs native kernels (NativeQrKernels: the C work");
            Console.WriteLine("uncounted, " + string.Join(", ", Kernels.Select((k, i) => k + " " + AdapterIl[i])) + " IL per call around the interop call):");
            Console.WriteLine($"{"frame",-44} {"frames",6} {"managed IL",12} {"native IL",12} {"saved",12} {"saved %",7}  calls per frame (black points / smoothing / finder rows / grid rows)");
            Row("uniform 240x240", Uniform(), 240, 240, managed, withNative, uncounted);
            Row("gradient 240x240", Gradient(), 240, 240, managed, withNative, uncounted);
            foreach (string arg in args.Skip(1))
            {
                int at = arg.LastIndexOf('@');
                string file = at > 0 ? arg.Substring(0, at) : arg;
                GreyImage image = GreyImage.Load(file).Rotate(at > 0 ? int.Parse(arg.Substring(at + 1)) : 0);
                Row(arg + " " + image.Width + "x" + image.Height, image.Pixels, image.Width, image.Height, managed, withNative, uncounted);
            }

            Summary();
            return 0;
        }

        private static void Row(string name, byte[] pixels, int width, int height, IlCostMeter managed, IlCostMeter withNative,
            UncountedKernels uncounted)
        {
            ViewCost reference = managed.MeasureView(pixels, width, height);
            ViewCost native = withNative.MeasureView(pixels, width, height);
            if (native.FrameInstructions.Length != reference.FrameInstructions.Length || native.Codes != reference.Codes)
            {
                throw new InvalidOperationException(name + ": the native kernels' view took other frames or read other codes");
            }

            int frames = reference.FrameInstructions.Length;
            long adapter = Enumerable.Range(0, Kernels.Length).Sum(i => uncounted.LastViewCalls(i) * (long)AdapterIl[i]);
            long managedIl = reference.FrameInstructions.Sum() / frames;
            long nativeIl = (native.FrameInstructions.Sum() + adapter) / frames;
            string calls = string.Join(" / ", Enumerable.Range(0, Kernels.Length).Select(i => ((double)uncounted.LastViewCalls(i) / frames).ToString("N1")));
            Console.WriteLine($"{Shorten(name),-44} {frames,6} {managedIl,12:N0} {nativeIl,12:N0} {managedIl - nativeIl,12:N0} {100.0 * (managedIl - nativeIl) / managedIl,6:F1}%  {calls}");
            Totals.Add((managedIl, nativeIl));
        }

        // Per-frame means of every view measured, for the summary.
        private static readonly List<(long Managed, long Native)> Totals = new();

        private static void Summary()
        {
            long[] saved = Totals.Select(t => t.Managed - t.Native).OrderBy(v => v).ToArray();
            double[] share = Totals.Select(t => (double)(t.Managed - t.Native) / t.Managed).OrderBy(v => v).ToArray();
            Console.WriteLine($"{Totals.Count} views: IL saved per frame median {saved[saved.Length / 2]:N0}, least {saved[0]:N0}, most {saved[^1]:N0}; " +
                $"share of the frame's IL saved median {100 * share[share.Length / 2]:F1}%, least {100 * share[0]:F1}%, most {100 * share[^1]:F1}%");
        }

        private static string Shorten(string name) => name.Length <= 44 ? name : "..." + name.Substring(name.Length - 41);

        private static byte[] Uniform()
        {
            byte[] frame = new byte[240 * 240];
            Array.Fill(frame, (byte)128);
            return frame;
        }

        private static byte[] Gradient()
        {
            byte[] frame = new byte[240 * 240];
            for (int i = 0; i < frame.Length; i++)
            {
                frame[i] = (byte)(60 + ((i % 240) + (i / 240)) * 150 / 480);
            }

            return frame;
        }

        /// <summary>
        /// The instrumented runtime's IQrKernels, answered by the uninstrumented host runtime's kernels (whose
        /// instructions the meter does not count), counting the calls of the current view.
        /// </summary>
        public class UncountedKernels : DispatchProxy
        {
            private readonly long[] _viewStart = new long[Kernels.Length];

            /// <summary>Calls per kernel so far.</summary>
            public long[] Calls { get; } = new long[Kernels.Length];

            /// <summary>Calls of kernel <paramref name="i"/> since <see cref="StartView"/> (the counted frames of a view).</summary>
            public long LastViewCalls(int i) => Calls[i] - _viewStart[i];

            /// <summary>Starts counting a view's calls.</summary>
            public void StartView() => Array.Copy(Calls, _viewStart, Calls.Length);

            protected override object Invoke(MethodInfo method, object[] a)
            {
                int kernel = Array.IndexOf(Kernels, method.Name);
                Calls[kernel]++;
                switch (kernel)
                {
                    case 0:
                        ThresholdKernel.BlackPoints((byte[])a[0], (int)a[1], (int)a[2], (int)a[3], (int)a[4], (int)a[5], (int)a[6], (int)a[7], (byte[])a[8], (byte[])a[9]);
                        return null;
                    case 1:
                        ThresholdKernel.Smooth((byte[])a[0], (byte[])a[1], (int)a[2], (int)a[3], (int)a[4]);
                        return null;
                    case 2:
                        return FinderRowKernel.Next((byte[])a[0], (int)a[1], (int)a[2], (byte[])a[3], (int)a[4], (int)a[5], (int[])a[6]);
                    default:
                        return GridRowKernel.SampleRows((byte[])a[0], (int)a[1], (int)a[2], (int)a[3], (int)a[4], (byte[])a[5], (int)a[6], (int)a[7],
                            (float[])a[8], (int)a[9], (bool)a[10], (int)a[11], (int)a[12], (int)a[13], (int[])a[14]);
                }
            }
        }
    }
}
