using System;
using System.Linq;
using System.Reflection;
using System.Text;
using GlassesFirmware.Host.Metering;
using GlassesFirmware.Host.Simulator.Commands;

namespace GlassesFirmware.Host.CostMeter
{
    /// <summary>
    /// <c>il-cost payload [LENGTH] [--profile]</c>: IL instructions one <c>PayloadAnalyzer.Analyze</c> call executes on
    /// the instrumented runtime (steady state: the analyzer is reused, as on the device) for the 300-character
    /// benchmark EMVCo code, the example of every family in <see cref="PayloadFamilies"/> (URL and text families
    /// stretched to LENGTH characters, default 500; bank-transfer codes as published and padded to LENGTH by
    /// <see cref="Padded"/>), and the costliest PAY by square code still decoded. Exits 1 when one costs more than
    /// <see cref="Budget"/>.
    /// </summary>
    public static class PayloadCost
    {
        /// <summary>The most IL instructions a 500-byte code of any family may cost (issue 16).</summary>
        public const long Budget = 150_000;

        /// <summary>The published bank-transfer examples (<see cref="PayloadFamilies.Bank"/>).</summary>
        public static (string Name, string Payload)[] Examples => PayloadFamilies.Bank;

        // The longest single order (474 characters, 331 bytes of data: a 140-character note, two accounts, the beneficiary's
        // name and address), compressed by xz's LZMA1 encoder; padded with the encoder's own "0" fill bits to 500.
        private const string PayBySquareLong =
            "0404M080CI0D38ANIBOL8RMRG9JKHH1T4CM7HM7669P1OMP5MAQTKGUN3LL7DN4DNHVBUEUNRITK88GOFMB2P9OSV8TLQL9NCSR9OOE5039EBNKRUFCM39DHCJP7" +
            "9A9K5M10RI2BPS9EE358CMHF844SRJS93P77N6TIFCI949MVBJAJFLM6TD8575G8V8LA08T1HMRUVVBNJMHR4HBP04CE7VH6EULT3VHIRJ62TBFDJ24LV39OUH5PB" +
            "IJ8V6MTEIJVAQ5F5OJM6IHUEBCM2PS9NBTJG59370E0D0JO1COM0V8CBVU4HQDKML8VCOM0VM305058L0OVHP77P5L6AVSFD5RCF22B2OIO6N9OU2T6JH19I58AMQ" +
            "JBV7D98198FO3J82LJ8OTNHI608CMPBBG2FT7GIV84RKMNBAK5TJKS60CF99DNG53M79K3O1LF3L6M8ODTVDOUIJQNVVVUF8F000";

        /// <summary>
        /// The costliest PAY by square code still decoded on the glasses: 96 bytes of data (a random note that LZMA
        /// cannot shrink), 162 characters from xz's encoder, padded with "0" fill to the 200-character limit.
        /// </summary>
        public static readonly (string Name, string Payload) LargestDecodedPayBySquare =
            ("payBySquare decoded, 200 chars", "040600001K34BNN28L5BER779DE6S88AQMUQU7EMAJHMO2CPQKAN1O0518ABE2ULU3TQUD6T7G3GH8K82EQDOPF2FRU8SNV7B5D40RIEAAS0" +
            "23ASV3PEN670QF4U66LP4305M3RVP78VAQCV6L0RMVCORJVVHDGA00" + new string('0', 38));

        /// <summary>
        /// A Swish app link of exactly <paramref name="bytes"/> bytes whose percent-encoded JSON data is all of it (the
        /// message fills the room), so the JSON reader walks the most: every member is looked up in a full walk.
        /// </summary>
        public static (string Name, string Payload) SwishJson(int bytes)
        {
            string head = "swish://payment?data=%7B%22version%22%3A1%2C%22payee%22%3A%7B%22value%22%3A%221232877439%22%7D%2C%22amount%22%3A%7B%22value%22%3A550%7D%2C%22message%22%3A%7B%22value%22%3A%22";
            string tail = "%22%7D%7D";
            return ("walletUrl (Swish app) JSON " + bytes + " bytes", head + new string('m', bytes - head.Length - tail.Length) + tail);
        }

        /// <summary>A bank-transfer code of each family made exactly <paramref name="bytes"/> long by lengthening its free-text fields (accepted by the device policy).</summary>
        public static (string Name, string Payload)[] Padded(int bytes)
        {
            string epc = "BCD\n002\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR123456789.99\nCHAR\nRF18539007547034\n\n";
            string swiss = PayloadFamilies.SwissExample.Substring(0, PayloadFamilies.SwissExample.IndexOf("EPD\n", StringComparison.Ordinal) + 4) + "Name AV1: ";
            string spdHead = "SPD*1.0*ACC:CZ5855000000001265098001+RZBCCZPP*AM:480.50*CC:CZK*RN:PETR DVORAK*X-VS:1234567890*MSG:";
            string spdBody = spdHead + new string('P', bytes - spdHead.Length - "*CRC32:XXXXXXXX".Length);
            return new[]
            {
                ("epcQr " + bytes + " bytes", epc + new string('N', bytes - epc.Length)),
                ("swissQrBill " + bytes + " bytes", swiss + new string('A', bytes - swiss.Length)),
                ("spd " + bytes + " bytes", spdBody + "*CRC32:" + SpdCrc32(spdBody)),
                ("payBySquare " + bytes + " bytes", PayBySquareLong + new string('0', bytes - PayBySquareLong.Length)),
            };
        }

        /// <summary>The SPAYD CRC32 of a descriptor: CRC-32 of the header and the attributes sorted ordinally, joined by "*".</summary>
        public static string SpdCrc32(string descriptor)
        {
            string[] parts = descriptor.Split('*');
            string canonical = parts[0] + "*" + parts[1] + "*" + string.Join("*", parts.Skip(2).Where(p => p.Length > 0).OrderBy(p => p, StringComparer.Ordinal));
            byte[] bytes = Encoding.UTF8.GetBytes(canonical);
            return GlassesFirmware.Integrity.Crc32.Compute(bytes, 0, bytes.Length).ToString("X8");
        }

        /// <summary>IL instructions, accepted and kind name of one steady-state analysis of <paramref name="payload"/> under the device policy.</summary>
        public static (long Instructions, bool Accepted, string Kind) Measure(string payload)
        {
            return Measure(Encoding.UTF8.GetBytes(payload), null);
        }

        /// <summary>As <see cref="Measure(string)"/>, filling <paramref name="perMethod"/> (indexed like <see cref="IlInstrumenter.MethodNames"/>) when given.</summary>
        public static (long Instructions, bool Accepted, string Kind) Measure(byte[] payload, long[] perMethod)
        {
            Assembly runtime = MeteredRuntime.Shared.Runtime;
            Type counters = runtime.GetType(IlInstrumenter.CounterType);
            FieldInfo count = counters.GetField(IlInstrumenter.CounterField);
            FieldInfo profile = counters.GetField(IlInstrumenter.PerMethodField);
            Type optionsType = runtime.GetType("GlassesFirmware.Payload.PayloadOptions");
            Type analyzerType = runtime.GetType("GlassesFirmware.Payload.PayloadAnalyzer");
            object options = Activator.CreateInstance(optionsType);
            optionsType.GetProperty("AllowedHosts").SetValue(options, new[] { "qr.alipay.com" });
            object analyzer = Activator.CreateInstance(analyzerType, options);
            MethodInfo analyze = analyzerType.GetMethod("Analyze", new[] { typeof(byte[]), typeof(int), typeof(int) });
            object[] args = { payload, 0, payload.Length };
            analyze.Invoke(analyzer, args);
            count.SetValue(null, 0L);
            profile.SetValue(null, perMethod);
            object intent = analyze.Invoke(analyzer, args);
            profile.SetValue(null, null);
            long n = (long)count.GetValue(null);
            Type intentType = intent.GetType();
            object kind = intentType.GetProperty("Kind").GetValue(intent);
            string name = (string)runtime.GetType("GlassesFirmware.Payload.PayloadKinds").GetMethod("Name").Invoke(null, new[] { kind });
            return (n, (bool)intentType.GetProperty("Accepted").GetValue(intent), name);
        }

        public static int Run(string[] args)
        {
            bool profile = Array.IndexOf(args, "--profile") >= 0;
            args = Array.FindAll(args, a => a != "--profile");
            int length = args.Length > 1 ? int.Parse(args[1]) : 500;
            long worst = 0;
            // Instrumenting the runtime names its methods, which a profile row needs before its first measurement.
            _ = MeteredRuntime.Shared.Runtime;
            Console.WriteLine($"IL instructions per analysis (device policy, analyzer reused; budget {Budget:N0} for a {length}-byte code):");
            Row("emvMerchant (benchmark)", PayloadCommand.BenchPayload());
            Row("emvMerchant", LongEmvCode(length));
            for (int i = 0; i < PayloadFamilies.All.Length; i++)
            {
                Row(PayloadFamilies.All[i].Family, Encoding.UTF8.GetBytes(PayloadFamilies.Stretched(i, length)));
            }

            foreach ((string name, string payload) in Examples.Concat(Padded(length)).Append(LargestDecodedPayBySquare).Append(SwishJson(length)))
            {
                Row(name, Encoding.UTF8.GetBytes(payload));
            }

            Console.WriteLine($"most: {worst:N0}");
            return worst <= Budget ? 0 : 1;

            void Row(string family, byte[] payload)
            {
                long[] methods = profile ? new long[IlInstrumenter.MethodNames.Length] : null;
                (long instructions, bool accepted, string kind) = Measure(payload, methods);
                worst = Math.Max(worst, instructions);
                Console.WriteLine($"  {family,-32} {payload.Length,5} bytes  {instructions,9:N0}  ({kind}, {(accepted ? "accepted" : "refused")})");
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
