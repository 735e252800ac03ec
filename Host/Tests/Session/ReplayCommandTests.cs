using System.IO;
using System.Linq;
using System.Text.Json;
using GlassesFirmware.Host.Benchmarks;
using GlassesFirmware.Host.Simulator.Commands;
using Xunit;

namespace GlassesFirmware.Host.Tests.Session
{
    /// <summary>glasses-sim replay: the bundled scenarios hold, failures and script errors have their exit codes.</summary>
    public class ReplayCommandTests
    {
        private static readonly string Scenarios = Path.Combine(RepoPaths.Root, "Host", "Simulator", "Scenarios");

        public static TheoryData<string> BundledScenarios()
        {
            var data = new TheoryData<string>();
            foreach (string f in Directory.GetFiles(Scenarios, "*.replay").OrderBy(f => f))
            {
                data.Add(Path.GetFileName(f));
            }
            return data;
        }

        [Theory]
        [MemberData(nameof(BundledScenarios))]
        public void BundledScenarioHoldsEveryExpectation(string name)
        {
            (int code, string output, string error) = Run(Path.Combine(Scenarios, name));
            Assert.True(code == 0, output + error);
            Assert.Matches(@"expectations: (\d+) of \1 held", output);
        }

        [Fact]
        public void JsonListsEventsAndExpectations()
        {
            (int code, string output, _) = Run(Path.Combine(Scenarios, "reboot-mid-authorization.replay"), "--json");
            Assert.Equal(0, code);
            JsonElement json = JsonDocument.Parse(output).RootElement;
            Assert.True(json.GetProperty("passed").GetBoolean());
            JsonElement[] events = json.GetProperty("events").EnumerateArray().ToArray();
            Assert.Contains(events, e => e.GetProperty("kind").GetString() == "wallet" && e.GetProperty("text").GetString().StartsWith("status query"));
            Assert.Equal(1, events.Count(e => e.GetProperty("kind").GetString() == "wallet" && e.GetProperty("text").GetString().StartsWith("submit")));
            Assert.All(json.GetProperty("expectations").EnumerateArray(), x => Assert.True(x.GetProperty("ok").GetBoolean()));
        }

        [Fact]
        public void OutsideTextReachesTheConsoleEscapedNeverRaw()
        {
            // A wallet payee with ESC (a terminal escape), BEL and a bidi override: the line shows \uXXXX instead.
            string script = Write("at 0 tap\nat 600 code https://qr.alipay.com/bax01234\nat 700 wallet needs-confirmation \"SHOP\u001B[2J\u0007\u202E\" 1250 156\n");
            (_, string output, _) = Run(script);
            Assert.DoesNotContain('\u001B', output);
            Assert.DoesNotContain('\u0007', output);
            Assert.DoesNotContain('\u202E', output);
            Assert.Contains("SHOP\\u001B[2J\\u0007\\u202E", output);
        }

        [Fact]
        public void AFailedExpectationExitsWithOne()
        {
            string script = Write("at 0 tap\nat 600 expect state confirming\n");
            (int code, string output, _) = Run(script);
            Assert.Equal(1, code);
            Assert.Contains("expected 'confirming' but was 'scanning'", output);
        }

        [Fact]
        public void ScriptErrorsNameTheLineAndExitWithTwo()
        {
            (int code, _, string error) = Run(Write("at 0 tap\nat 100 wallet approve please\n"));
            Assert.Equal(2, code);
            Assert.Contains("line 2", error);
            (code, _, error) = Run(Write("at 0 image missing.png\n"));
            Assert.Equal(2, code);
            Assert.Contains("no such file", error);
            (code, _, _) = Run();
            Assert.Equal(2, code);
        }

        [Fact]
        public void DataFolderKeepsTheRecords()
        {
            string folder = Path.Combine(Path.GetTempPath(), "replay-data-" + System.Guid.NewGuid().ToString("N"));
            try
            {
                string script = Write("at 0 tap\nat 600 code https://qr.alipay.com/bax01234\nat 700 expect state understood\n");
                (int code, _, _) = Run(script, "--data", folder);
                Assert.Equal(0, code);
                Assert.True(File.Exists(Path.Combine(folder, "pay.inflight.rec")));
                Assert.True(File.Exists(Path.Combine(folder, "pay.counter.rec")));
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, true);
                }
            }
        }

        [Fact]
        public void EachPaymentPrintsItsTimeToReadback()
        {
            string script = CameraPayment();
            (int code, string output, string error) = Run(script);
            Assert.True(code == 0, output + error);
            Assert.Matches(@"timing +read back \d+\.\d{3} s after the trigger: [1-9]\d* frame\(s\), [1-9][\d,]* decoder units; IL not counted", output);
            Assert.Single(output.Split('\n'), l => l.Contains("timing"));
        }

        // A camera payment: a 240x240 frame with an EMVCo code at 3 px/module, the wallet resolving it, written as a PGM.
        internal static string CameraPayment()
        {
            var rng = new System.Random(5);
            string text = SyntheticFrames.EmvPayload(rng, 120);
            SyntheticFrames.Frame frame = SyntheticFrames.Render(text, QRCoder.QRCodeGenerator.ECCLevel.M, 240, 240, 3.0, 5, 0, 3, rng);
            string folder = Path.Combine(Path.GetTempPath(), "replay-camera-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            byte[] header = System.Text.Encoding.ASCII.GetBytes("P5\n240 240\n255\n");
            File.WriteAllBytes(Path.Combine(folder, "code.pgm"), header.Concat(frame.Pixels).ToArray());
            string script = Path.Combine(folder, "pay.replay");
            File.WriteAllText(script, "camera 240 240\nat 0 image code.pgm\nat 0 tap\nat 3000 wallet needs-confirmation SHOP -1 -1\n"
                + "at 3100 expect state confirming\n");
            return script;
        }

        private static string Write(string text)
        {
            string path = Path.GetTempFileName();
            File.WriteAllText(path, text);
            return path;
        }

        internal static (int Code, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int code = new ReplayCommand().Run(args, output, error);
            return (code, output.ToString(), error.ToString());
        }
    }
}
