using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using GlassesFirmware.Host.Metering;

namespace GlassesFirmware.Host.CostMeter
{
    /// <summary>
    /// Loads an instrumented copy of the host-built GlassesFirmware.Runtime.dll in its own load context and
    /// reports the IL instructions each <c>QrDecoder.Decode</c> call executes while a camera holds a view of the
    /// frame (steady state: the decoder and result set are created and warmed up on the view, then the view is
    /// shown again from its first frame, until the decoder has nothing left to carry over: the glasses act on a view's
    /// codes only then).
    /// </summary>
    public sealed class IlCostMeter
    {
        private readonly FieldInfo _count;
        private readonly FieldInfo _perMethod;
        private readonly Type _decoderType;
        private readonly Type _resultsType;
        private readonly MethodInfo _decode;
        private readonly PropertyInfo _pending;
        private readonly MethodInfo _newView;
        private readonly PropertyInfo _lastWork;

        /// <summary>Most frames of one held view that are counted.</summary>
        public const int MaxViewFrames = GlassesFirmware.Host.Simulator.Imaging.HeldView.MaxFrames;

        public IlCostMeter()
        {
            Assembly runtime = MeteredRuntime.Shared.Runtime;
            _count = runtime.GetType(IlInstrumenter.CounterType).GetField(IlInstrumenter.CounterField);
            _perMethod = runtime.GetType(IlInstrumenter.CounterType).GetField(IlInstrumenter.PerMethodField);
            _decoderType = runtime.GetType("GlassesFirmware.Qr.QrDecoder");
            _resultsType = runtime.GetType("GlassesFirmware.Qr.QrResultSet");
            _decode = _decoderType.GetMethod("Decode", new[] { typeof(byte[]), typeof(int), typeof(int), typeof(int), _resultsType });
            _pending = _decoderType.GetProperty("Pending");
            _newView = _decoderType.GetMethod("NewView");
            _lastWork = _decoderType.GetProperty("LastWork");
        }

        /// <summary>
        /// The per-pixel kernels the measured decoders are built with (an implementation of the instrumented runtime's
        /// IQrKernels, see <see cref="KernelCost"/>), or null for the managed kernels.
        /// </summary>
        public object Kernels { get; set; }

        /// <summary>Called after the warm-up pass of <see cref="MeasureView"/>, before the counted frames.</summary>
        public Action CountingStarts { get; set; }

        /// <summary>When set, <see cref="LastProfile"/> receives per-method counts (indexed like <see cref="IlInstrumenter.MethodNames"/>).</summary>
        public bool Profile { get; set; }

        public long[] LastProfile { get; private set; }

        /// <summary>With <see cref="Profile"/>: the per-method counts of the costliest frame of the last view.</summary>
        public long[] LastWorstFrameProfile { get; private set; }

        /// <summary>The <paramref name="top"/> methods with the most instructions in a per-method profile, most first.</summary>
        public static void PrintProfile(long[] profile, int top)
        {
            int[] order = Enumerable.Range(0, profile.Length).Where(i => profile[i] > 0).OrderByDescending(i => profile[i]).Take(top).ToArray();
            foreach (int i in order)
            {
                Console.WriteLine($"    {IlInstrumenter.MethodNames[i],-40} {profile[i],12:N0}");
            }
        }

        /// <summary>
        /// The most IL instructions any frame of a held view of the frame cost, and the codes the view read.
        /// </summary>
        public (long Instructions, int Codes) Measure(byte[] frame, int width, int height)
        {
            ViewCost view = MeasureView(frame, width, height);
            return (view.FrameInstructions.Max(), view.Codes);
        }

        /// <summary>IL instructions of every frame of a held view of the frame, up to the one that finishes the view.</summary>
        public ViewCost MeasureView(byte[] frame, int width, int height)
        {
            object decoder = Kernels == null
                ? Activator.CreateInstance(_decoderType, width, height)
                : Activator.CreateInstance(_decoderType, width, height, Kernels);
            object results = Activator.CreateInstance(_resultsType);
            object[] args = { frame, width, height, width, results };
            FieldInfo count = _resultsType.GetField("Count");
            for (int i = 0; i < MaxViewFrames; i++)
            {
                _decode.Invoke(decoder, args);
                if ((int)count.GetValue(results) > 0 || !(bool)_pending.GetValue(decoder))
                {
                    break;
                }
            }

            _newView.Invoke(decoder, null);
            CountingStarts?.Invoke();
            long[] perMethod = Profile ? new long[IlInstrumenter.MethodNames.Length] : null;
            long[] worstFrame = null;
            var frames = new List<long>();
            var units = new List<int>();
            int codes = 0;
            int firstCodeFrame = -1;
            for (int i = 0; i < MaxViewFrames; i++)
            {
                _count.SetValue(null, 0L);
                long[] frameMethods = Profile ? new long[perMethod.Length] : null;
                _perMethod.SetValue(null, frameMethods);
                _decode.Invoke(decoder, args);
                _perMethod.SetValue(null, null);
                long spent = (long)_count.GetValue(null);
                if (Profile)
                {
                    for (int m = 0; m < perMethod.Length; m++)
                    {
                        perMethod[m] += frameMethods[m];
                    }

                    if (frames.Count == 0 || spent > frames.Max())
                    {
                        worstFrame = frameMethods;
                    }
                }

                frames.Add(spent);
                units.Add((int)_lastWork.GetValue(decoder));
                codes = (int)count.GetValue(results);
                if (codes > 0 && firstCodeFrame < 0)
                {
                    firstCodeFrame = i;
                }

                if (!(bool)_pending.GetValue(decoder))
                {
                    break;
                }
            }

            LastProfile = perMethod;
            LastWorstFrameProfile = worstFrame;
            return new ViewCost(frames.ToArray(), units.ToArray(), codes, firstCodeFrame);
        }
    }

    /// <summary>
    /// IL instructions of each frame of a held view, the work units the decoder charged for each (its own
    /// estimate, <c>QrDecoder.LastWork</c>), the codes the view read, and the frame that read the first of them (-1:
    /// none; a frame ends with the code it reads, and the view's later frames search the rest of it).
    /// </summary>
    public sealed record ViewCost(long[] FrameInstructions, int[] FrameUnits, int Codes, int FirstCodeFrame);
}
