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
