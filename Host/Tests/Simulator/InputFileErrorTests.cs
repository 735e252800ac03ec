using System;
using System.IO;
using GlassesFirmware.Host.Simulator.Commands;
using GlassesFirmware.Host.Tests.Qr;
using Xunit;

namespace GlassesFirmware.Host.Tests.Simulator
{
    /// <summary>
    /// Every glasses-sim command that reads a file names a directory given in its place as a directory, rather than
    /// .NET's "Access to the path is denied"; every one that writes to a folder names a file in its place as a file,
    /// rather than "The file … already exists". Both with exit code 2.
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

        [Theory]
        [InlineData("replay", "{script}", "--data", "{file}")]
        [InlineData("peer", "--data", "{file}")]
        [InlineData("pair", "--qr", "{png}", "--data", "{file}")]
        [InlineData("pay", "--qr", "{png}", "--voice", "{wav}", "--transport", "ble", "--data", "{file}")]
        [InlineData("pay", "--qr", "{png}", "--voice", "{wav}", "--transport", "ble", "--data", "{dir}", "--annotate", "{file}")]
        [InlineData("demo", "--data", "{file}")]
        [InlineData("demo", "--data", "{dir}", "--annotate", "{file}")]
        public void FileGivenAsAFolderIsNamedAsAFile(params string[] template)
        {
            string file = Path.Combine(_dir, "a-file");
            File.WriteAllText(file, "x");
            string png = Path.Combine(_dir, "white.png");
            File.WriteAllBytes(png, HostilePngs.White(64, 64));
            string wav = Path.Combine(_dir, "confirm.wav");
            File.WriteAllBytes(wav, GlassesFirmware.Host.Simulator.Demo.ConfirmationClip.Wav(GlassesFirmware.Host.Simulator.Demo.ConfirmationClip.Samples()));
            string script = Path.Combine(RepoPaths.Root, "Host", "Simulator", "Scenarios", "quishing.replay");
            string[] args = Array.ConvertAll(template, a => a
                .Replace("{file}", file).Replace("{png}", png).Replace("{wav}", wav).Replace("{script}", script).Replace("{dir}", Path.Combine(_dir, "data")));

            ICommand command = template[0] switch
            {
                "replay" => new ReplayCommand(),
                "peer" => new PeerCommand(),
                "pair" => new PairCommand(),
                "pay" => new PayCommand(),
                _ => new DemoCommand(),
            };
            var error = new StringWriter();
            int exit = command.Run(args[1..], TextWriter.Null, error);

            Assert.Equal(2, exit);
            Assert.Contains(file + ": is a file", error.ToString());
        }
    }
}
