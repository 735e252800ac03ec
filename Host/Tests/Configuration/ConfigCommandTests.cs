using System.IO;
using GlassesFirmware.Host.Simulator.Commands;
using Xunit;

namespace GlassesFirmware.Host.Tests.Configuration
{
    /// <summary>The shipped nf.config is valid, and the host validator reports bad files by key and line.</summary>
    public class ConfigCommandTests
    {
        [Fact]
        public void ShippedConfigurationIsValid()
        {
            (int code, string output, _) = Check(Path.Combine(RepoPaths.Root, "nf.config"));
            Assert.Equal(0, code);
            Assert.Contains("valid", output);
        }

        [Fact]
        public void BadFileIsRejectedWithKeyAndLine()
        {
            string path = Path.GetTempFileName();
            File.WriteAllText(path, "board.profile = esp32-cam\npin.button = 4\npin.led = 4\nscan.max.fps = 500\n");
            try
            {
                (int code, string output, _) = Check(path, "--json");
                Assert.Equal(1, code);
                Assert.Contains("\"line\":3,\"key\":\"pin.led\",\"code\":\"pin-conflict\"", output);
                Assert.Contains("\"line\":4,\"key\":\"scan.max.fps\",\"code\":\"out-of-range\"", output);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void EveryKeyIsDocumented()
        {
            string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "configuration.md"));
            foreach (GlassesFirmware.Configuration.ConfigKey key in GlassesFirmware.Configuration.ConfigSchema.Keys)
            {
                Assert.Contains("| `" + key.Name + "` |", doc);
            }
        }

        [Fact]
        public void MissingFileIsAnErrorNotACrash()
        {
            (int code, _, string error) = Check("/nonexistent/nf.config");
            Assert.Equal(2, code);
            Assert.Contains("/nonexistent/nf.config", error);
        }

        [Fact]
        public void EveryPathIsCheckedAndReported()
        {
            string valid = Path.Combine(RepoPaths.Root, "nf.config");
            string bad = Path.GetTempFileName();
            File.WriteAllText(bad, "board.profile = esp32-cam\npin.button = 4\npin.led = 4\n");
            try
            {
                // The bad file first: checking only the last path would say "valid" and exit 0.
                (int code, string output, _) = Check(bad, valid);
                Assert.Equal(1, code);
                Assert.Contains(bad + ":3: pin-conflict", output);
                Assert.Contains(valid + ": valid", output);

                (code, output, _) = Check(valid, bad, "--json");
                Assert.Equal(1, code);
                string[] lines = output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(2, lines.Length);
                Assert.Contains("\"valid\":true", lines[0]);
                Assert.Contains("\"valid\":false", lines[1]);

                // One unreadable path makes the exit 2, and the others are still checked.
                (code, output, string error) = Check("/nonexistent/nf.config", valid);
                Assert.Equal(2, code);
                Assert.Contains("/nonexistent/nf.config: no such file", error);
                Assert.Contains(valid + ": valid", output);
            }
            finally
            {
                File.Delete(bad);
            }
        }

        [Fact]
        public void DirectoryIsNamedAsADirectory()
        {
            string folder = Directory.CreateTempSubdirectory("config-dir-").FullName;
            try
            {
                (int code, _, string error) = Check(folder);
                Assert.Equal(2, code);
                Assert.Contains(folder + ": is a directory", error);
                Assert.DoesNotContain("denied", error);

                (code, string output, _) = Check(folder, "--json");
                Assert.Equal(2, code);
                Assert.Contains("\"problem\":\"is-a-directory\"", output);
            }
            finally
            {
                Directory.Delete(folder);
            }
        }

        [Fact]
        public void UnknownOptionIsUsageError()
        {
            (int code, _, string error) = Check("--jsn");
            Assert.Equal(2, code);
            Assert.Contains("unknown option '--jsn'", error);
        }

        private static (int, string, string) Check(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var all = new string[args.Length + 1];
            all[0] = "check";
            args.CopyTo(all, 1);
            int code = new ConfigCommand().Run(all, output, error);
            return (code, output.ToString(), error.ToString());
        }
    }
}
