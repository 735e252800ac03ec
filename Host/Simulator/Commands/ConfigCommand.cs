using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using GlassesFirmware.Configuration;
using GlassesFirmware.Host.Adapters.Files;

namespace GlassesFirmware.Host.Simulator.Commands
{
    /// <summary>
    /// <c>glasses-sim config check [PATH...] [--json]</c>: validates nf.config files with the same schema and parser
    /// the device runs at boot, so a file that passes here is one the glasses accept. Every path is checked and
    /// reported (default nf.config); the exit code is 0 when all are valid, 1 when one has issues, 2 when one cannot
    /// be read (a directory, a missing file) or for a usage error.
    /// </summary>
    public sealed class ConfigCommand : ICommand
    {
        public string Name => "config";

        public string Usage => "config check [PATH...=nf.config] [--json]   validate device configuration files";

        public int Run(string[] args, TextWriter output, TextWriter error)
        {
            string unknown = args.Skip(1).FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--json");
            if (args.Length == 0 || args[0] != "check" || unknown != null)
            {
                error.WriteLine((unknown != null ? "glasses-sim config: unknown option '" + unknown + "'\n" : "") + "usage: glasses-sim " + Usage);
                return 2;
            }

            bool json = Array.IndexOf(args, "--json") >= 0;
            string[] paths = args.Skip(1).Where(a => a != "--json").DefaultIfEmpty("nf.config").ToArray();
            int exit = 0;
            foreach (string path in paths)
            {
                exit = Math.Max(exit, Check(path, json, output, error));
            }

            return exit;
        }

        // Checks one file and reports it; returns its exit code.
        private static int Check(string path, bool json, TextWriter output, TextWriter error)
        {
            byte[] text;
            try
            {
                text = InputFile.ReadAllBytes(path);
            }
            catch (InputFileException ex)
            {
                if (json)
                {
                    output.WriteLine(JsonSerializer.Serialize(new { file = path, valid = false, error = ex.Detail, problem = ex.ProblemName }));
                }
                else
                {
                    error.WriteLine(ex.Message);
                }

                return 2;
            }

            ConfigIssue[] issues = DeviceConfig.Load(text, 0, text.Length, out DeviceConfig config);
            if (json)
            {
                var records = Array.ConvertAll(issues, i => new { line = i.Line, key = i.Key, code = ConfigIssueCodes.Name(i.Code), message = i.Message });
                output.WriteLine(JsonSerializer.Serialize(new { file = path, valid = config != null, issues = records }));
            }
            else
            {
                foreach (ConfigIssue issue in issues)
                {
                    output.WriteLine(path + ":" + issue.Line + ": " + ConfigIssueCodes.Name(issue.Code) + ": " + issue.Message);
                }

                output.WriteLine(config != null
                    ? path + ": valid (board " + config.GetText("board.profile") + ", uplink " + config.GetText("transport.preference") + ")"
                    : path + ": " + issues.Length + " issue(s)");
            }

            return config != null ? 0 : 1;
        }
    }
}
