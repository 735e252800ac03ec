using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GlassesFirmware.Configuration;
using GlassesFirmware.Host.Adapters.Files;
using GlassesFirmware.Integrity;
using GlassesFirmware.Payload;
using GlassesFirmware.Payload.Readback;

namespace GlassesFirmware.Host.Simulator.Commands
{
    /// <summary>
    /// <c>glasses-sim payload</c>: what the glasses would make of a scanned payload, as one JSON object,
    /// so wallet developers can check their codes; <c>--bench</c> measures the cost per payload and
    /// <c>--fuzz N</c> runs the robustness job.
    /// </summary>
    public sealed class PayloadCommand : ICommand
    {
        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public string Name => "payload";

        public string Usage =>
            "payload [--policy device|strict] [--lang en|zh] [--crypto] [--hosts H1,H2 | --config nf.config] (TEXT | --file PATH | --hex HEX)\n" +
            "                     judge a scanned payload; also: payload --bench [--iterations N], payload --fuzz N [--seed S]";

        public int Run(string[] args, TextWriter output, TextWriter error)
        {
            var options = new PayloadOptions { AllowedHosts = new[] { "qr.alipay.com" } };
            byte[] payload = null;
            int iterations = 20000;
            int fuzz = -1;
            int seed = 1;
            bool bench = false;
            try
            {
                for (int i = 0; i < args.Length; i++)
                {
                    string a = args[i];
                    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(a + " needs a value");
                    switch (a)
                    {
                        case "--policy":
                            string p = Next();
                            options.Policy = p == "strict" ? ValidationPolicy.Strict : p == "device" ? ValidationPolicy.Device : throw new ArgumentException("--policy is device or strict");
                            break;
                        case "--lang":
                            options.Language = Next();
                            if (!ReadbackLanguages.IsSupported(options.Language)) throw new ArgumentException("no readback table for language " + options.Language);
                            break;
                        case "--hosts":
                            options.AllowedHosts = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                            break;
                        case "--config":
                            ApplyConfig(Next(), options);
                            break;
                        case "--crypto":
                            options.AllowCrypto = true;
                            break;
                        case "--file":
                            payload = WithoutFinalNewline(InputFile.ReadAllBytes(Next()));
                            break;
                        case "--hex":
                            payload = Convert.FromHexString(Next());
                            break;
                        case "--bench":
                            bench = true;
                            break;
                        case "--iterations":
                            iterations = int.Parse(Next());
                            break;
                        case "--fuzz":
                            fuzz = int.Parse(Next());
                            break;
                        case "--seed":
                            seed = int.Parse(Next());
                            break;
                        default:
                            if (a.StartsWith("--", StringComparison.Ordinal) || payload != null) throw new ArgumentException("unexpected argument " + a);
                            payload = Encoding.UTF8.GetBytes(a);
                            break;
                    }
                }
            }
            catch (Exception ex) when (ex is ArgumentException || ex is FormatException || ex is IOException || ex is UnauthorizedAccessException)
            {
                error.WriteLine("glasses-sim payload: " + ex.Message);
                error.WriteLine("usage: glasses-sim " + Usage);
                return 2;
            }

            if (bench) return Bench(iterations, output);
            if (fuzz >= 0)
            {
                FuzzReport report = PayloadFuzz.Run(fuzz, seed, LoadSeeds(), options);
                output.WriteLine(report.Summary());
                foreach (string failure in report.Failures) output.WriteLine("FAIL " + failure);
                return report.Failures.Count == 0 ? 0 : 1;
            }

            if (payload == null)
            {
                error.WriteLine("usage: glasses-sim " + Usage);
                return 2;
            }

            PaymentIntent intent = new PayloadAnalyzer(options).Analyze(payload, 0, payload.Length);
            output.WriteLine(ToJson(intent));
            return intent.Accepted ? 0 : 1;
        }

        /// <summary>The JSON object printed for one verdict.</summary>
        public static string ToJson(PaymentIntent r)
        {
            var findings = Array.ConvertAll(r.Findings, f => new { code = f.CodeName, severity = f.SeverityName, tag = f.Tag, message = f.Message });
            return JsonSerializer.Serialize(new
            {
                kind = PayloadKinds.Name(r.Kind),
                scheme = r.Scheme,
                accepted = r.Accepted,
                findings,
                amountMinor = r.HasAmount ? r.AmountMinor : (long?)null,
                amountWithoutCurrency = r.Charges.AmountWithoutCurrency,
                amountNeeded = r.Kind == PayloadKind.EmvMerchant && r.AmountNeeded,
                content = r.Content == CodeContent.None ? null : CodeContents.Name(r.Content),
                currency = r.CurrencyAlpha,
                exponent = r.Exponent >= 0 ? r.Exponent : (int?)null,
                tip = r.Charges.TipMode == TipMode.None ? null : TipModes.Name(r.Charges.TipMode),
                feeMinor = r.Charges.TipMode == TipMode.FixedFee || (r.Charges.TipMode == TipMode.PercentageFee && r.Charges.HasTotal) ? r.Charges.FeeMinor : (long?)null,
                feePercent = r.Charges.TipMode == TipMode.PercentageFee ? GlassesFirmware.Payload.Money.Amount.FormatPercent(r.Charges.FeeBasisPoints) : null,
                totalMinor = r.Charges.HasTotal ? r.Charges.TotalMinor : (long?)null,
                payee = r.Payee,
                city = r.PayeeDetails.City,
                country = r.PayeeDetails.Country,
                host = r.Host,
                dynamic = r.IsDynamic,
                readback = r.Readback,
            }, Json);
        }

        private static void ApplyConfig(string path, PayloadOptions options)
        {
            byte[] text = InputFile.ReadAllBytes(path);
            DeviceConfig.Load(text, 0, text.Length, out DeviceConfig config);
            if (config == null) throw new ArgumentException(path + " is not a valid configuration (run: glasses-sim config check " + path + ")");
            options.AllowedHosts = config.GetList("payment.allowed.hosts");
            options.Language = config.GetText("readback.language");
            options.AllowCrypto = config.GetBoolean("payment.crypto.allowed");
        }

        private static byte[] WithoutFinalNewline(byte[] data)
        {
            int n = data.Length;
            if (n > 0 && data[n - 1] == '\n') n--;
            if (n > 0 && data[n - 1] == '\r') n--;
            return data.AsSpan(0, n).ToArray();
        }

        /// <summary>The shared vectors' payloads (../shared/payments beside the repository), or none when absent.</summary>
        public static string[] LoadSeeds()
        {
            string dir = AppContext.BaseDirectory;
            while (dir != null && !File.Exists(Path.Combine(dir, "GlassesFirmware.sln"))) dir = Path.GetDirectoryName(dir);
            if (dir == null) dir = Environment.CurrentDirectory;
            string path = Path.GetFullPath(Path.Combine(dir, "..", "shared", "payments", "emvqr-vectors.json"));
            if (!File.Exists(path)) return Array.Empty<string>();
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var seeds = new List<string>();
            foreach (JsonElement v in doc.RootElement.EnumerateArray()) seeds.Add(v.GetProperty("payload").GetString());
            return seeds.ToArray();
        }

        /// <summary>
        /// A realistic 300-character merchant code (PayNow in SGQR with amount, fixed fee, 62 with a
        /// prompt, 64 in Chinese), built with a valid CRC.
        /// </summary>
        public static byte[] BenchPayload()
        {
            string body = "00020101021226490009SG.PAYNOW010120210202012345X0301104082026123151830007SG.SGQR0114202012345X1230"
                + "020701.000103068286710402010503123060400000708201912315204581253037025406123.4555020256040.505802SG"
                + "5909TOAST BOX6009SINGAPORE62400108INV-00420503***0708TERM-0010805Foods64210002ZH0104土司工坊0203新加坡";
            byte[] covered = Encoding.UTF8.GetBytes(body + "6304");
            ushort crc = Crc16Ccitt.Compute(covered, 0, covered.Length);
            return Encoding.UTF8.GetBytes(body + "6304" + crc.ToString("X4"));
        }

        private static int Bench(int iterations, TextWriter output)
        {
            byte[] payload = BenchPayload();
            var analyzer = new PayloadAnalyzer(new PayloadOptions { Language = "en" });
            PaymentIntent check = analyzer.Analyze(payload, 0, payload.Length);
            int chars = Encoding.UTF8.GetString(payload).Length;
            output.WriteLine("payload: " + chars + " characters, " + payload.Length + " bytes, accepted=" + check.Accepted + ", findings=" + check.Findings.Length);
            Measure("reused analyzer (device usage)", iterations, output, () => analyzer.Analyze(payload, 0, payload.Length));
            Measure("new analyzer per scan", iterations, output, () => new PayloadAnalyzer(new PayloadOptions()).Analyze(payload, 0, payload.Length));

            string[] seeds = LoadSeeds();
            if (seeds.Length > 0)
            {
                byte[][] all = Array.ConvertAll(seeds, s => Encoding.UTF8.GetBytes(s));
                long totalChars = 0;
                foreach (string s in seeds) totalChars += s.Length;
                int rounds = Math.Max(1, iterations / all.Length);
                Measure("all " + all.Length + " shared vectors (avg " + (totalChars / all.Length) + " chars), per payload", rounds * all.Length, output, () =>
                {
                    foreach (byte[] p in all) analyzer.Analyze(p, 0, p.Length);
                }, all.Length);
            }

            return 0;
        }

        private static void Measure(string label, int iterations, TextWriter output, Action run, int perRun = 1)
        {
            int runs = Math.Max(1, iterations / perRun);
            // Warm up as long as we measure, so tiered JIT has settled before the clock starts.
            for (int i = 0; i < runs; i++) run();
            long before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < runs; i++) run();
            watch.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            double payloads = (double)runs * perRun;
            output.WriteLine(label + ": " + (watch.Elapsed.TotalMilliseconds * 1000 / payloads).ToString("0.00") + " us, "
                + (allocated / payloads).ToString("0") + " bytes allocated per payload (" + payloads + " payloads)");
        }
    }

    /// <summary>Outcome of a fuzz run.</summary>
    public sealed class FuzzReport
    {
        public int Count;
        public int Accepted;
        public readonly Dictionary<string, int> Kinds = new Dictionary<string, int>();
        public readonly List<string> Failures = new List<string>();

        public string Summary()
        {
            var kinds = new List<string>();
            foreach (var k in Kinds) kinds.Add(k.Key + "=" + k.Value);
            kinds.Sort(StringComparer.Ordinal);
            return "fuzz: " + Count + " payloads, " + Accepted + " accepted, " + Failures.Count + " failures; kinds: " + string.Join(" ", kinds);
        }
    }

    /// <summary>
    /// Random and mutated payloads (seeded from the shared vectors) fed to the analyzer: every one must
    /// give a well-formed typed verdict and never an exception. Deterministic for a given seed.
    /// </summary>
    public static class PayloadFuzz
    {
        public static FuzzReport Run(int count, int seed, string[] vectors, PayloadOptions options)
        {
            var random = new Random(seed);
            var analyzer = new PayloadAnalyzer(options);
            var seeds = new List<byte[]>();
            foreach (string s in vectors) seeds.Add(Encoding.UTF8.GetBytes(s));
            foreach (var family in PayloadFamilies.All) seeds.Add(Encoding.UTF8.GetBytes(family.Example));
            foreach (var family in PayloadFamilies.Bank) seeds.Add(Encoding.UTF8.GetBytes(family.Example));
            var report = new FuzzReport();
            for (int n = 0; n < count; n++)
            {
                byte[] input = Make(random, seeds);
                report.Count++;
                try
                {
                    PaymentIntent r = analyzer.Analyze(input, 0, input.Length);
                    string problem = Check(r);
                    if (problem != null) report.Failures.Add(problem + ": " + Convert.ToHexString(input));
                    if (r.Accepted) report.Accepted++;
                    string kind = PayloadKinds.Name(r.Kind);
                    report.Kinds[kind] = report.Kinds.TryGetValue(kind, out int c) ? c + 1 : 1;
                }
                catch (Exception ex)
                {
                    report.Failures.Add(ex.GetType().Name + " " + ex.Message + ": " + Convert.ToHexString(input));
                }

                if (report.Failures.Count >= 20) break;
            }

            return report;
        }

        /// <summary>Null when the verdict is well-formed, else what is wrong with it.</summary>
        public static string Check(PaymentIntent r)
        {
            if (r.Findings == null || r.Readback == null || r.Readback.Length == 0) return "missing findings or readback";
            bool error = false;
            foreach (Finding f in r.Findings)
            {
                if (f.Code == FindingCode.None || (int)f.Code >= FindingCodes.Count) return "undefined finding code " + (int)f.Code;
                if (string.IsNullOrEmpty(f.Message)) return "finding without message";
                error |= f.Severity == FindingSeverity.Error;
            }

            if (r.Accepted == error) return "accepted=" + r.Accepted + " but error findings=" + error;
            if (r.HasAmount && r.AmountMinor <= 0) return "non-positive amount";
            if (r.Charges.HasTotal && r.Charges.TotalMinor < r.AmountMinor) return "total below amount";
            // A PAY by square code too long to decode on the glasses is forwarded without currency or account, by design.
            bool forwardedWhole = r.Kind == PayloadKind.PayBySquare && r.CurrencyAlpha == null;
            if (r.Accepted && PayloadKinds.StatesPayment(r.Kind) && !forwardedWhole && (r.CurrencyAlpha == null || r.Exponent < 0)) return "accepted without currency";
            if (r.Accepted && PayloadKinds.IsBankTransfer(r.Kind) && !forwardedWhole && r.PayeeDetails.Account == null) return "bank transfer accepted without an account";
            if (r.HasAmount && !PayloadKinds.StatesPayment(r.Kind) && (r.CurrencyAlpha == null || r.Exponent < 0)) return "URL amount without currency";
            if (r.Charges.AmountWithoutCurrency != null && (r.HasAmount || r.CurrencyAlpha != null)) return "an amount without currency beside money";
            if (r.Accepted && (r.Kind == PayloadKind.NotPayment || r.Kind == PayloadKind.UnknownUrl || r.Kind == PayloadKind.PlainText)) return "non-payment accepted";
            return null;
        }

        private static byte[] Make(Random random, List<byte[]> seeds)
        {
            byte[] seed = seeds[random.Next(seeds.Count)];
            var data = new List<byte>(seed);
            switch (random.Next(8))
            {
                case 0:
                    // Pure noise, sometimes digits only so the TLV walker goes deep.
                    int length = random.Next(0, 1200);
                    bool digits = random.Next(2) == 0;
                    data.Clear();
                    for (int i = 0; i < length; i++) data.Add(digits ? (byte)('0' + random.Next(10)) : (byte)random.Next(256));
                    return data.ToArray();
                case 1:
                    // Truncation.
                    return data.GetRange(0, random.Next(data.Count + 1)).ToArray();
                case 2:
                    // Splice two seeds.
                    byte[] other = seeds[random.Next(seeds.Count)];
                    int cut = random.Next(data.Count + 1);
                    data.RemoveRange(cut, data.Count - cut);
                    data.AddRange(other.AsSpan(random.Next(other.Length + 1)).ToArray());
                    return data.ToArray();
                case 3:
                    // Huge: repeat the seed up to ~10 KB.
                    while (data.Count < 10240) data.AddRange(seed);
                    return data.ToArray();
                default:
                    // A few point mutations (digits, bytes, inserts, deletes), then, half the time, a fresh CRC so
                    // the mutation reaches the field rules instead of stopping at the checksum.
                    int edits = 1 + random.Next(4);
                    for (int e = 0; e < edits && data.Count > 0; e++)
                    {
                        int at = random.Next(data.Count);
                        switch (random.Next(4))
                        {
                            case 0: data[at] = (byte)('0' + random.Next(10)); break;
                            case 1: data[at] = (byte)random.Next(256); break;
                            case 2: data.Insert(at, (byte)('0' + random.Next(10))); break;
                            default: data.RemoveAt(at); break;
                        }
                    }

                    byte[] mutated = data.ToArray();
                    if (random.Next(2) == 0 && mutated.Length >= 8) FixCrc(mutated);
                    return mutated;
            }
        }

        private static void FixCrc(byte[] data)
        {
            int p = data.Length - 8;
            "6304"u8.CopyTo(data.AsSpan(p));
            ushort crc = Crc16Ccitt.Compute(data, 0, data.Length - 4);
            Encoding.ASCII.GetBytes(crc.ToString("X4")).CopyTo(data, data.Length - 4);
        }
    }
}
