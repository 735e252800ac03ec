using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;

namespace GlassesFirmware.Host.CostMeter
{
    /// <summary>
    /// <c>il-cost payload</c>: IL instructions one <c>PayloadAnalyzer.Analyze</c> call executes on the instrumented
    /// runtime (analyzer reused, warmed up), for a published example of each bank-transfer family and for a code of
    /// each family padded to 500 bytes, the size the issue budgets at 150,000 instructions.
    /// </summary>
    public static class PayloadCost
    {
        /// <summary>The budget for a 500-byte code of any family.</summary>
        public const long Budget500 = 150_000;

        /// <summary>Published examples: EPC069-12's own, the Swiss Guidelines', SPAYD's with its CRC32, a PAY by square order.</summary>
        public static readonly (string Name, string Payload)[] Examples =
        {
            ("epcQr EPC069-12 example", "BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1\nCHAR\n\nUrgency fund\nSample EPC QR code"),
            ("swissQrBill Guidelines example", SwissExample),
            ("spd SPAYD example + CRC32", "SPD*1.0*ACC:CZ5855000000001265098001*AM:480.50*CC:CZK*MSG:Platba za elektrinu*X-VS:1234567890*CRC32:E5A03886"),
            ("payBySquare order", PayBySquareExample),
        };

        private const string SwissExample =
            "SPC\n0200\n1\nCH4431999123000889012\nS\nRobert Schneider AG\nRue du Lac\n1268\n2501\nBiel\nCH\n\n\n\n\n\n\n\n" +
            "1949.75\nCHF\nS\nPia-Maria Rutschmann-Schnyder\nGrosse Marktgasse\n28\n9400\nRorschach\nCH\n" +
            "QRR\n210000000003139471430009017\nOrder dated 18.06.2020\nEPD\n" +
            "//S1/10/10201409/11/200701/20/140.000-53/30/102673831/31/200615/32/7.7/33/7.7:139.40/40/0:30\n" +
            "Name AV1: UV;UltraPay005;12345\nName AV2: XY;XYService;54321";

        private const string PayBySquareExample = "0004G0005ES17OQ09C98Q7ME34TCR3V71LVKD2AE6EGHKR82DKS5NBJ3331VUFQIV0JGMR743UJCKSAKEM9QGVVVOIVH000";

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

        /// <summary>A code of each family made exactly <paramref name="bytes"/> long by lengthening its free-text fields (accepted by the device policy).</summary>
        public static (string Name, string Payload)[] Padded(int bytes)
        {
            string epc = "BCD\n002\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR123456789.99\nCHAR\nRF18539007547034\n\n";
            string swiss = SwissExample.Substring(0, SwissExample.IndexOf("EPD\n", StringComparison.Ordinal) + 4) + "Name AV1: ";
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
            return Measure(payload, null);
        }

        /// <summary>As <see cref="Measure(string)"/>, filling <paramref name="perMethod"/> (indexed like <see cref="IlInstrumenter.MethodNames"/>) when given.</summary>
        public static (long Instructions, bool Accepted, string Kind) Measure(string payload, long[] perMethod)
        {
            Assembly runtime = IlCostMeter.LoadInstrumentedRuntime();
            FieldInfo count = runtime.GetType(IlInstrumenter.CounterType).GetField(IlInstrumenter.CounterField);
            Type optionsType = runtime.GetType("GlassesFirmware.Payload.PayloadOptions");
            Type analyzerType = runtime.GetType("GlassesFirmware.Payload.PayloadAnalyzer");
            object analyzer = Activator.CreateInstance(analyzerType, Activator.CreateInstance(optionsType));
            MethodInfo analyze = analyzerType.GetMethod("Analyze", new[] { typeof(byte[]), typeof(int), typeof(int) });
            byte[] bytes = Encoding.UTF8.GetBytes(payload);
            object[] args = { bytes, 0, bytes.Length };
            analyze.Invoke(analyzer, args);
            FieldInfo profile = runtime.GetType(IlInstrumenter.CounterType).GetField(IlInstrumenter.PerMethodField);
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

        public static int Run(bool profile)
        {
            IlCostMeter.LoadInstrumentedRuntime();
            Console.WriteLine("IL instructions per PayloadAnalyzer.Analyze (device policy, English, analyzer reused):");
            var rows = new List<(string Name, string Payload)>(Examples);
            rows.AddRange(Padded(500));
            rows.Add(LargestDecodedPayBySquare);
            bool within = true;
            foreach ((string name, string payload) in rows)
            {
                long[] perMethod = profile ? new long[IlInstrumenter.MethodNames.Length] : null;
                (long n, bool accepted, string kind) = Measure(payload, perMethod);
                int size = Encoding.UTF8.GetByteCount(payload);
                bool budgeted = size == 500 || name == LargestDecodedPayBySquare.Name;
                within &= !budgeted || n <= Budget500;
                Console.WriteLine($"  {name,-34} {size,5} bytes  {kind,-12} {(accepted ? "accepted" : "rejected"),-9} {n,10:N0}{(budgeted ? (n <= Budget500 ? "  (budget 150,000: within)" : "  (budget 150,000: OVER)") : "")}");
                if (perMethod != null)
                {
                    foreach (int i in Enumerable.Range(0, perMethod.Length).Where(i => perMethod[i] > 0).OrderByDescending(i => perMethod[i]).Take(12))
                    {
                        Console.WriteLine($"      {IlInstrumenter.MethodNames[i],-50} {perMethod[i],10:N0}");
                    }
                }
            }

            return within ? 0 : 1;
        }
    }
}
