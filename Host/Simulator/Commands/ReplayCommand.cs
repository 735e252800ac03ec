using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using GlassesFirmware.Host.Adapters.Diagnostics;
using GlassesFirmware.Host.Adapters.Files;
using GlassesFirmware.Host.Metering;
using GlassesFirmware.Host.Simulator.Replay;

namespace GlassesFirmware.Host.Simulator.Commands
{
    /// <summary>
    /// <c>glasses-sim replay SCRIPT [--json] [--data DIR] [--il]</c>: runs a scripted payment scenario through the
    /// portable session in simulated time and prints each state, cue, sentence and wallet call with its time, and each
    /// payment's time to readback; with <c>--il</c> on the metered runtime (<see cref="MeteredRuntime"/>), so that time
    /// also has its IL instructions and the device time they imply.
    /// Exit code 0 when every expectation held, 1 when one failed, 2 for usage or script errors.
    /// </summary>
    public sealed class ReplayCommand : ICommand
    {
        public string Name => "replay";

        public string Usage => "replay SCRIPT [--json] [--data DIR] [--il]   run a scripted payment scenario (docs/session.md); --il: on the metered runtime";

        public int Run(string[] args, TextWriter output, TextWriter error)
        {
            if (args.Contains("--il") && RuntimeInstructionCounter.OfThisRuntime() == null)
            {
                // The same command again on the metered runtime, where each payment's time to readback has its IL count.
                return (int)MeteredRuntime.Shared.Call(typeof(ReplayCommand), nameof(Run), args, output, error);
            }

            args = args.Where(a => a != "--il").ToArray();
            bool json = args.Contains("--json");
            int dataAt = Array.IndexOf(args, "--data");
            string data = dataAt >= 0 && dataAt + 1 < args.Length ? args[dataAt + 1] : null;
            string[] rest = args.Where((a, i) => a != "--json" && i != dataAt && (dataAt < 0 || i != dataAt + 1)).ToArray();
            if (rest.Length != 1 || (dataAt >= 0 && data == null))
            {
                error.WriteLine("usage: glasses-sim " + Usage);
                return 2;
            }

            string script = rest[0];
            ReplayRun run;
            try
            {
                run = ReplayRun.Parse(InputFile.ReadAllText(script), Path.GetDirectoryName(Path.GetFullPath(script)));
            }
            catch (IOException e)
            {
                error.WriteLine("glasses-sim replay: " + e.Message);
                return 2;
            }
            catch (ReplayScriptException e)
            {
                error.WriteLine("glasses-sim replay: " + script + ": " + e.Message);
                return 2;
            }

            string folder = data ?? Path.Combine(Path.GetTempPath(), "glasses-replay-" + Guid.NewGuid().ToString("N"));
            try
            {
                OutputFolder.Create(folder);
                run.Execute(folder);
            }
            catch (Exception e) when (e is IOException || e is InvalidDataException || e is ReplayScriptException)
            {
                error.WriteLine("glasses-sim replay: " + e.Message);
                return 2;
            }
            finally
            {
                if (data == null && Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            bool passed = run.Expectations.All(x => x.Ok);
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    script,
                    durationMs = run.DurationMs,
                    passed,
                    events = run.Events.Select(e => new { t = e.At, kind = e.Kind, text = e.Text }),
                    expectations = run.Expectations.Select(x => new { line = x.Line, what = x.What, expected = x.Expected, actual = x.Actual, ok = x.Ok }),
                }));
            }
            else
            {
                foreach (var e in run.Events)
                {
                    output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,8:F3} s  {1,-8} {2}", e.At / 1000.0, e.Kind, GlassesFirmware.Text.OutsideText.ForConsole(e.Text)));
                }
                int held = run.Expectations.Count(x => x.Ok);
                output.WriteLine($"expectations: {held} of {run.Expectations.Count} held");
            }
            return passed ? 0 : 1;
        }
    }
}
