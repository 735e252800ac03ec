using System;
using System.IO;
using System.Net.Sockets;
using GlassesFirmware.Host.Adapters.Files;
using GlassesFirmware.Host.Simulator.Demo;
using GlassesFirmware.Host.WalletPeer;

namespace GlassesFirmware.Host.Simulator.Commands
{
    /// <summary>
    /// <c>glasses-sim demo [--json] [--data DIR] [--annotate DIR] [--limit [CUR=]MINOR]...</c>: the main job with no
    /// setup (see <see cref="DemoRun"/>); <c>--limit</c> sets the wallet's spending limits (a limit below a merchant's
    /// amount makes that payment declined, and the demo fail). Prints every step with its elapsed time (<c>--json</c>: one JSON object per line).
    /// <c>--data DIR</c> keeps the wallet's SQLite file, the glasses' records and the generated inputs (default: a
    /// temporary folder, deleted at exit); <c>--annotate DIR</c> writes what the camera saw for each payment.
    /// Exit code 0 when both payments were approved and the wallet holds one decision per request id, 1 when not,
    /// 2 for usage errors or a failure of this computer (files, sockets).
    /// </summary>
    public sealed class DemoCommand : ICommand
    {
        public string Name => "demo";

        public string Usage => "demo [--json] [--data DIR] [--annotate DIR] [--limit [CUR=]MINOR]...   pair with an in-process wallet and pay twice (BLE framing, HTTPS)";

        public int Run(string[] args, TextWriter output, TextWriter error)
        {
            Options options = Options.Parse(args, new[] { "--json" }, new[] { "--data", "--annotate", "--limit" }, out string problem);
            DecisionPolicy policy = MerchantCodes.Policy();
            string rejected = null;
            if (options == null || !policy.TrySetLimits(options.GetAll("--limit"), out rejected))
            {
                error.WriteLine("glasses-sim demo: " + (problem ?? PeerCommand.LimitProblem(rejected)) + "\nusage: glasses-sim " + Usage);
                return 2;
            }

            string data = options.Get("--data");
            string folder = data ?? Path.Combine(Path.GetTempPath(), "glasses-demo-" + Guid.NewGuid().ToString("N"));
            var log = new EventLog(output, options.Has("--json"));
            try
            {
                if (options.Get("--annotate") != null)
                {
                    OutputFolder.Create(options.Get("--annotate"));
                }

                return new DemoRun(Path.GetFullPath(folder), options.Get("--annotate"), log, policy).Execute() ? 0 : 1;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is SocketException || e is InvalidDataException)
            {
                error.WriteLine("glasses-sim demo: " + e.Message);
                return 2;
            }
            finally
            {
                if (data == null)
                {
                    TryDelete(folder);
                }
            }
        }

        private static void TryDelete(string folder)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
                // A file still open by a closing socket or SQLite: the temporary folder is left behind.
            }
        }
    }
}
