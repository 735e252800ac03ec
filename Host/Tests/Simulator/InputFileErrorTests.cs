using System;
using System.IO;
using GlassesFirmware.Host.Simulator.Commands;
using GlassesFirmware.Host.Tests.Qr;
using Xunit;

namespace GlassesFirmware.Host.Tests.Simulator
{
    /// <summary>
    /// Every glasses-sim command that reads a file names a directory given in its place as a directory (usage exit
    /// code 2), rather than .NET's "Access to the path is denied".
    /// </summary>
    public sealed class InputFileErrorTests : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("sim-input-").FullName;

        public void Dispose() => Directory.Delete(_dir, true);

        [Theory]
        [InlineData("payload", "--file", "{dir}")]
        [InlineData("payload", "--config", "{dir}", "00020101")]
        [InlineData("pay", "--qr", "{dir}", "--voice", "{wav}", "--transport", "ble", "--data", "{data}")]
        [InlineData("pay", "--qr", "{png}", "--voice", "{dir}", "--transport", "ble", "--data", "{data}")]
        [InlineData("pair", "--qr", "{dir}", "--data", "{data}")]
        [InlineData("replay", "{dir}")]
        public void DirectoryGivenAsAFileIsNamedAsADirectory(params string[] template)
        {
            string folder = Directory.CreateDirectory(Path.Combine(_dir, "a-folder")).FullName;
            string png = Path.Combine(_dir, "white.png");
            File.WriteAllBytes(png, HostilePngs.White(64, 64));
            string[] args = Array.ConvertAll(template, a => a
                .Replace("{dir}", folder).Replace("{png}", png).Replace("{wav}", Path.Combine(_dir, "missing.wav")).Replace("{data}", Path.Combine(_dir, "data")));

            ICommand command = template[0] switch
            {
                "payload" => new PayloadCommand(),
                "pay" => new PayCommand(),
                "pair" => new PairCommand(),
                _ => new ReplayCommand(),
            };
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = command.Run(args[1..], output, error);

            Assert.Equal(2, exit);
            Assert.Contains(folder + ": is a directory", error.ToString());
            Assert.DoesNotContain("denied", error.ToString());
        }
    }
}
