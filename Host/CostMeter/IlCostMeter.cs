using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace GlassesFirmware.Host.CostMeter
{
    /// <summary>
    /// Loads an instrumented copy of the host-built GlassesFirmware.Runtime.dll in its own load context and
    /// reports the IL instructions one <c>QrDecoder.Decode</c> call executes on a frame (steady state: the
    /// decoder and result set are created and warmed up before counting).
    /// </summary>
    public sealed class IlCostMeter
    {
        private static Assembly _instrumented;
        private readonly FieldInfo _count;
        private readonly FieldInfo _perMethod;
        private readonly Type _decoderType;
        private readonly Type _resultsType;
        private readonly MethodInfo _decode;

        public IlCostMeter()
        {
            Assembly runtime = LoadInstrumentedRuntime();
            _count = runtime.GetType(IlInstrumenter.CounterType).GetField(IlInstrumenter.CounterField);
            _perMethod = runtime.GetType(IlInstrumenter.CounterType).GetField(IlInstrumenter.PerMethodField);
            _decoderType = runtime.GetType("GlassesFirmware.Qr.QrDecoder");
            _resultsType = runtime.GetType("GlassesFirmware.Qr.QrResultSet");
            _decode = _decoderType.GetMethod("Decode", new[] { typeof(byte[]), typeof(int), typeof(int), typeof(int), _resultsType });
        }

        /// <summary>An instrumented copy of the host-built runtime, loaded in its own context (once per process).</summary>
        public static Assembly LoadInstrumentedRuntime()
        {
            if (_instrumented == null)
            {
                string source = typeof(GlassesFirmware.Qr.QrDecoder).Assembly.Location;
                string dir = Path.Combine(Path.GetTempPath(), "il-cost-" + Environment.ProcessId);
                Directory.CreateDirectory(dir);
                string target = Path.Combine(dir, Path.GetFileName(source));
                IlInstrumenter.Instrument(source, target);
                _instrumented = new AssemblyLoadContext("il-cost", isCollectible: false).LoadFromAssemblyPath(target);
            }
            return _instrumented;
        }

        /// <summary>When set, <see cref="LastProfile"/> receives per-method counts (indexed like <see cref="IlInstrumenter.MethodNames"/>).</summary>
        public bool Profile { get; set; }

        public long[] LastProfile { get; private set; }

        /// <summary>The <paramref name="top"/> methods with the most instructions in a per-method profile, most first.</summary>
        public static void PrintProfile(long[] profile, int top)
        {
            int[] order = Enumerable.Range(0, profile.Length).Where(i => profile[i] > 0).OrderByDescending(i => profile[i]).Take(top).ToArray();
            foreach (int i in order)
            {
                Console.WriteLine($"    {IlInstrumenter.MethodNames[i],-40} {profile[i],12:N0}");
            }
        }

        /// <summary>IL instructions for one decode of the frame and the number of codes it found.</summary>
        public (long Instructions, int Codes) Measure(byte[] frame, int width, int height)
        {
            object decoder = Activator.CreateInstance(_decoderType, width, height);
            object results = Activator.CreateInstance(_resultsType);
            object[] args = { frame, width, height, width, results };
            _decode.Invoke(decoder, args);
            _count.SetValue(null, 0L);
            long[] perMethod = Profile ? new long[IlInstrumenter.MethodNames.Length] : null;
            _perMethod.SetValue(null, perMethod);
            _decode.Invoke(decoder, args);
            _perMethod.SetValue(null, null);
            long n = (long)_count.GetValue(null);
            LastProfile = perMethod;
            int codes = (int)_resultsType.GetField("Count").GetValue(results);
            return (n, codes);
        }
    }
}
