using System;
using System.Reflection;
using System.Text;
using GlassesFirmware.Host.Simulator.Commands;

namespace GlassesFirmware.Host.CostMeter
{
    /// <summary>
    /// <c>il-cost payload [LENGTH]</c>: IL instructions one <c>PayloadAnalyzer.Analyze</c> call executes on the
    /// instrumented runtime (steady state: the analyzer is reused, as on the device) for the 300-character benchmark
    /// EMVCo code and for the example of every family in <see cref="PayloadFamilies"/> stretched to LENGTH
    /// characters (default 500). Exits 1 when a payload costs more than <see cref="Budget"/>.
    /// </summary>
    public static class PayloadCost
    {
        /// <summary>The most IL instructions a 500-byte code of any family may cost (issue 16).</summary>
        public const long Budget = 150_000;

        public static int Run(string[] args)
        {
            bool profile = Array.IndexOf(args, "--profile") >= 0;
            args = Array.FindAll(args, a => a != "--profile");
            int length = args.Length > 1 ? int.Parse(args[1]) : 500;
            Assembly runtime = IlCostMeter.LoadInstrumentedRuntime();
            FieldInfo count = runtime.GetType(IlInstrumenter.CounterType).GetField(IlInstrumenter.CounterField);
            FieldInfo perMethod = runtime.GetType(IlInstrumenter.CounterType).GetField(IlInstrumenter.PerMethodField);
            Type optionsType = runtime.GetType("GlassesFirmware.Payload.PayloadOptions");
            Type analyzerType = runtime.GetType("GlassesFirmware.Payload.PayloadAnalyzer");
            object options = Activator.CreateInstance(optionsType);
            optionsType.GetProperty("AllowedHosts").SetValue(options, new[] { "qr.alipay.com" });
            object analyzer = Activator.CreateInstance(analyzerType, options);
            MethodInfo analyze = analyzerType.GetMethod("Analyze", new[] { typeof(byte[]), typeof(int), typeof(int) });
            PropertyInfo kind = analyze.ReturnType.GetProperty("Kind");

            long worst = 0;
            Console.WriteLine($"IL instructions per analysis (analyzer reused; budget {Budget:N0} for a {length}-byte code):");
            Measure("emvMerchant (benchmark)", PayloadCommand.BenchPayload());
            Measure("emvMerchant", LongEmvCode(length));
            for (int i = 0; i < PayloadFamilies.All.Length; i++)
            {
                Measure(PayloadFamilies.All[i].Family, Encoding.UTF8.GetBytes(PayloadFamilies.Stretched(i, length)));
            }

            Console.WriteLine($"most: {worst:N0}");
            return worst <= Budget ? 0 : 1;

            void Measure(string family, byte[] payload)
            {
                object[] call = { payload, 0, payload.Length };
                analyze.Invoke(analyzer, call);
                count.SetValue(null, 0L);
                long[] methods = profile ? new long[IlInstrumenter.MethodNames.Length] : null;
                perMethod.SetValue(null, methods);
                object intent = analyze.Invoke(analyzer, call);
                perMethod.SetValue(null, null);
                long instructions = (long)count.GetValue(null);
                worst = Math.Max(worst, instructions);
                Console.WriteLine($"  {family,-24} {payload.Length,5} bytes  {instructions,9:N0}  ({kind.GetValue(intent)})");
                if (methods != null) IlCostMeter.PrintProfile(methods, 8);
            }
        }

        /// <summary>
        /// A static PayNow code grown to about <paramref name="length"/> bytes with unreserved templates 80-99 of up to
        /// 99 characters, with a valid CRC, so that every object is walked and validated.
        /// </summary>
        private static byte[] LongEmvCode(int length)
        {
            var body = new StringBuilder("00020101021126250009SG.PAYNOW0101202031235204581253037025802SG5904SHOP6009SINGAPORE");
            for (int id = 80; id <= 99 && body.Length + 8 < length; id++)
            {
                int room = Math.Min(99, length - 8 - body.Length - 4);
                if (room < 13) break;
                body.Append(id).Append(room.ToString("00")).Append("0004ABCD01").Append((room - 12).ToString("00")).Append('x', room - 12);
            }

            byte[] covered = Encoding.ASCII.GetBytes(body + "6304");
            ushort crc = GlassesFirmware.Integrity.Crc16Ccitt.Compute(covered, 0, covered.Length);
            return Encoding.ASCII.GetBytes(body + "6304" + crc.ToString("X4"));
        }
    }
}
