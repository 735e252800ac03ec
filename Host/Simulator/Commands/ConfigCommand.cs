using System;
using System.IO;
using System.Text.Json;
using GlassesFirmware.Configuration;

namespace GlassesFirmware.Host.Simulator.Commands
{
    /// <summary>
    /// <c>glasses-sim config check [PATH] [--json]</c>: validates nf.config with the same schema and parser the
    /// device runs at boot, so a file that passes here is one the glasses accept.
    /// </summary>
    public sealed class ConfigCommand : ICommand
    {
        public string Name => "config";

        public string Usage => "config check [PATH=nf.config] [--json]   validate a device configuration file";

        public int Run(string[] args, TextWriter output, TextWriter error)
        {
            if (args.Length == 0 || args[0] != "check")
            {
                error.WriteLine("usage: glasses-sim " + Usage);
                return 2;
            }

            bool json = Array.IndexOf(args, "--json") >= 0;
            string path = "nf.config";
            for (int i = 1; i < args.Length; i++)
            {
                if (args[i] != "--json")
                {
                    path = args[i];
                }
            }

            byte[] text;
            try
            {
                text = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                error.WriteLine(path + ": " + ex.Message);
                return 2;
            }

            ConfigIssue[] issues = DeviceConfig.Load(text, 0, text.Length, out DeviceConfig config);
            if (json)
            {
                var records = Array.ConvertAll(issues, i => new { line = i.Line, key = i.Key, code = CodeName(i.Code), message = i.Message });
                output.WriteLine(JsonSerializer.Serialize(new { file = path, valid = config != null, issues = records }));
            }
            else
            {
                foreach (ConfigIssue issue in issues)
                {
                    output.WriteLine(path + ":" + issue.Line + ": " + CodeName(issue.Code) + ": " + issue.Message);
                }

                output.WriteLine(config != null
                    ? path + ": valid (board " + config.GetText("board.profile") + ", uplink " + config.GetText("transport.preference") + ")"
                    : path + ": " + issues.Length + " issue(s)");
            }

            return config != null ? 0 : 1;
        }

        private static string CodeName(ConfigIssueCode code) => code switch
        {
            ConfigIssueCode.Syntax => "syntax",
            ConfigIssueCode.UnknownKey => "unknown-key",
            ConfigIssueCode.DuplicateKey => "duplicate-key",
            ConfigIssueCode.WrongType => "wrong-type",
            ConfigIssueCode.OutOfRange => "out-of-range",
            ConfigIssueCode.PinConflict => "pin-conflict",
            _ => "missing-key",
        };
    }
}
