using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Host.Simulator.Commands;
using GlassesFirmware.Host.Simulator.Demo;
using GlassesFirmware.Host.Simulator.Voice;
using Microsoft.Data.Sqlite;
using Xunit;

namespace GlassesFirmware.Host.Tests.Simulator
{
    /// <summary>
    /// The main job end to end on 127.0.0.1, in real time: <c>glasses-sim demo</c> headless, and <c>peer</c> +
    /// <c>pair</c> + <c>pay</c> as separate commands. The wallet's SQLite file is read directly afterwards.
    /// One class, so the real-time runs do not compete for the processor with each other.
    /// </summary>
    [Collection(LoopbackPeers.Name)]
    public sealed class MainJobTests : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("glasses-main-").FullName;

        [Fact]
        public void DemoPaysOnceOverEachLinkAndTheWalletHoldsOneDecisionPerRequestId()
        {
            var output = new StringWriter();
            var error = new StringWriter();
            string seen = Path.Combine(_folder, "seen");

            int exit = new DemoCommand().Run(new[] { "--json", "--data", _folder, "--annotate", seen }, output, error);

            List<(long T, string Kind, string Text)> events = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonDocument.Parse(line).RootElement)
                .Select(e => (e.GetProperty("t").GetInt64(), e.GetProperty("kind").GetString(), e.GetProperty("text").GetString()))
                .ToList();
            Assert.True(exit == 0, "demo exit " + exit + "\n" + output + error);
            Assert.Equal(2, events.Count(e => e.Kind == "state" && e.Text == "done: approved"));
            Assert.Equal(1, events.Count(e => e.Kind == "state" && e.Text.StartsWith("done: cancelled", StringComparison.Ordinal)));
            foreach (string state in new[] { "armed", "scanning", "understood", "confirming", "authorizing" })
            {
                Assert.Equal(3, events.Count(e => e.Kind == "state" && e.Text == state));
            }

            // Each payment's time to readback: camera frames and the decoder's work (no IL: the demo is not metered).
            Assert.Equal(3, events.Count(e => e.Kind == "timing"
                && Regex.IsMatch(e.Text, @"^read back \d+\.\d{3} s after the trigger: [1-9]\d* frame\(s\), [1-9][\d,]* decoder units; IL not counted")));

            // The wallet really listened: what it heard, for each attempt, and the audio as it received it.
            Assert.Equal(2, events.Count(e => e.Kind == "wallet" && e.Text.StartsWith("heard \"confirm\"", StringComparison.Ordinal) && e.Text.Contains("mu-law: accepted", StringComparison.Ordinal)));
            Assert.Equal(1, events.Count(e => e.Kind == "wallet" && e.Text.StartsWith("heard \"cancel\"", StringComparison.Ordinal)));
            // After pairing the glasses prompt each enrolment script phrase in turn, and the wallet enrols with each sample.
            int samples = EnrolmentScript.Phrases.Length;
            Assert.Contains(events, e => e.Kind == "say" && e.Text == "Voice setup for your wallet. Say each phrase after me. Say: confirm.");
            Assert.Equal(EnrolmentScript.Phrases.Skip(1).Select(p => "Say: " + p + "."),
                events.Where(e => e.Kind == "say" && e.Text.StartsWith("Say: ", StringComparison.Ordinal)).Select(e => e.Text));
            Assert.Equal(samples, events.Count(e => e.Kind == "mic" && e.Text.StartsWith("wearer answers the enrolment prompt", StringComparison.Ordinal)));
            Assert.Contains(events, e => e.Kind == "say" && e.Text == "Your voice is set up.");
            Assert.Contains(events, e => e.Kind == "enrol" && e.Text.StartsWith(samples + " voiceprint enrolment samples sent", StringComparison.Ordinal));
            Assert.Contains(events, e => e.Kind == "wallet" && e.Text == "enrolled the wearer from " + samples + " samples: voiceprint, and the recognizer adapts to the voice");
            Assert.True(File.Exists(Path.Combine(_folder, "heard-3.wav")));
            Assert.Contains(events, e => e.Kind == "pay" && e.Text.StartsWith("payment 3: cancelled", StringComparison.Ordinal));
            Assert.Contains(events, e => e.Kind == "pay" && e.Text.StartsWith("payment 1: approved", StringComparison.Ordinal) && e.Text.EndsWith(" 0 HTTPS posts", StringComparison.Ordinal));
            Assert.Contains(events, e => e.Kind == "pay" && e.Text.StartsWith("payment 2: approved", StringComparison.Ordinal) && e.Text.Contains(" 0 BLE fragments", StringComparison.Ordinal));
            Assert.Equal(events.Select(e => e.T).OrderBy(t => t), events.Select(e => e.T));

            // The wallet's own records: three request ids, each decided once, the two approved ones booked once, the
            // cancelled one not at all.
            using var db = new SqliteConnection("Data Source=" + Path.Combine(_folder, "wallet.db") + ";Pooling=False");
            db.Open();
            var decisions = Rows(db, "SELECT hex(request_id), outcome FROM requests");
            Assert.Equal(3, decisions.Count);
            Assert.Equal(3, decisions.Select(r => r[0]).Distinct().Count());
            Assert.Equal(new[] { "1", "1", "7" }, decisions.Select(r => r[1]).OrderBy(x => x));
            var booked = Rows(db, "SELECT hex(request_id), COUNT(*) FROM ledger GROUP BY device_id, request_id");
            Assert.Equal(decisions.Where(r => r[1] == "1").Select(r => r[0]).OrderBy(x => x), booked.Select(r => r[0]).OrderBy(x => x));
            Assert.All(booked, r => Assert.Equal("1", r[1]));

            Assert.True(File.Exists(Path.Combine(seen, "payment-1.png")));
            Assert.True(File.Exists(Path.Combine(seen, "payment-2.png")));
        }

        [Fact]
        public async Task PeerPairAndPayAsSeparateCommands()
        {
            string wallet = Path.Combine(_folder, "wallet");
            string glasses = Path.Combine(_folder, "glasses");
            string clip = Path.Combine(_folder, "confirm.wav");
            File.WriteAllBytes(clip, ConfirmationClip.Wav(SpeechSynthesizer.Speak("confirm", "en-us")));
            string cancel = Path.Combine(_folder, "cancel.wav");
            File.WriteAllBytes(cancel, ConfirmationClip.Wav(SpeechSynthesizer.Speak("cancel", "en-us")));
            string[] codes = new string[2];
            for (int i = 0; i < 2; i++)
            {
                codes[i] = Path.Combine(_folder, "code-" + i + ".png");
                CameraView.SavePng(codes[i], MerchantCodes.Photo(MerchantCodes.Payload(MerchantCodes.Demo[i]), 320, 240, 7 + i));
            }

            using var stop = new CancellationTokenSource();
            var peerOutput = new LineCollector();
            Task<int> peer = Task.Run(() => new PeerCommand(stop.Token).Run(new[] { "--data", wallet }, peerOutput, TextWriter.Null));
            string screen = peerOutput.WaitFor(line => line.TrimStart().StartsWith("screen ", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
            Assert.True(screen != null, "the peer printed no screen URL");
            Assert.True(File.Exists(Path.Combine(wallet, "pairing.png")));
            string url = screen.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];

            try
            {
                // The wearer answers the enrolment script's first two phrases, then holds the button to stop the setup.
                Assert.Equal(0, Run(new PairCommand(), "--peer", url, "--data", glasses, "--enrol", clip + "," + cancel));
                Assert.Equal(0, Run(new PayCommand(), "--qr", codes[0], "--voice", clip, "--transport", "ble", "--data", glasses));
                // The same dynamic code again: refused on the glasses before anything is sent.
                Assert.Equal(1, Run(new PayCommand(), "--qr", codes[0], "--voice", clip, "--transport", "https", "--data", glasses));
                Assert.Equal(0, Run(new PayCommand(), "--qr", codes[1], "--voice", clip, "--transport", "https", "--data", glasses));
            }
            finally
            {
                stop.Cancel();
                Assert.Equal(0, await peer.WaitAsync(TimeSpan.FromSeconds(20)));
            }

            using var db = new SqliteConnection("Data Source=" + Path.Combine(wallet, "wallet.db") + ";Pooling=False");
            db.Open();
            Assert.Equal(2, Rows(db, "SELECT request_id FROM requests WHERE outcome = 1").Count);
            Assert.Equal(2, Rows(db, "SELECT DISTINCT request_id FROM ledger").Count);
            Assert.Equal(2, Rows(db, "SELECT request_id FROM ledger").Count);
            // The two enrolment answers, each stored whole under its own sample id (purpose 2).
            Assert.Equal(2, Rows(db, "SELECT DISTINCT request_id FROM voice WHERE purpose = 2 AND last = 1").Count);
        }

        [Fact]
        public void UsageAndSetupErrorsHaveTheirExitCodes()
        {
            string clip = Path.Combine(_folder, "confirm.wav");
            File.WriteAllBytes(clip, ConfirmationClip.Wav(ConfirmationClip.Samples()));
            string code = Path.Combine(_folder, "code.png");
            CameraView.SavePng(code, MerchantCodes.Photo(MerchantCodes.Payload(MerchantCodes.Demo[0]), 320, 240, 3));

            Assert.Equal(2, Run(new PayCommand(), "--qr", code));
            Assert.Equal(2, Run(new PayCommand(), "--qr", clip, "--voice", clip, "--transport", "ble"));
            Assert.Equal(2, Run(new PayCommand(), "--qr", code, "--voice", clip, "--transport", "wifi"));
            Assert.Equal(3, Run(new PayCommand(), "--qr", code, "--voice", clip, "--transport", "ble", "--data", Path.Combine(_folder, "none")));
            Directory.CreateDirectory(Path.Combine(_folder, "empty"));
            Assert.Equal(3, Run(new PayCommand(), "--qr", code, "--voice", clip, "--transport", "https", "--data", Path.Combine(_folder, "empty")));
            // A merchant code is not a pairing offer.
            Assert.Equal(2, Run(new PairCommand(), "--qr", code, "--data", Path.Combine(_folder, "empty")));
            Assert.Equal(2, Run(new PairCommand(), "--qr", code, "--peer", "http://127.0.0.1:1/"));
            Assert.Equal(2, Run(new DemoCommand(), "--data"));
            // A spending limit is MINOR or CUR=MINOR; anything else is refused before a wallet starts.
            Assert.Equal(2, Run(new DemoCommand(), "--limit", "lots"));
            Assert.Equal(2, Run(new PeerCommand(), "--limit", "XYZ=5", "--data", Path.Combine(_folder, "peer")));
            Assert.False(Directory.Exists(Path.Combine(_folder, "peer")));
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        private static int Run(ICommand command, params string[] args) => command.Run(args, TextWriter.Null, TextWriter.Null);

        private static List<string[]> Rows(SqliteConnection db, string sql)
        {
            using SqliteCommand command = db.CreateCommand();
            command.CommandText = sql;
            using SqliteDataReader reader = command.ExecuteReader();
            var rows = new List<string[]>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            }
            return rows;
        }

        /// <summary>A writer another thread prints lines to, and a test waits on.</summary>
        private sealed class LineCollector : TextWriter
        {
            private readonly List<string> _lines = new List<string>();
            private readonly System.Text.StringBuilder _current = new System.Text.StringBuilder();

            public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

            public override void Write(char value)
            {
                lock (_lines)
                {
                    if (value == '\n')
                    {
                        _lines.Add(_current.ToString());
                        _current.Clear();
                        Monitor.PulseAll(_lines);
                    }
                    else
                    {
                        _current.Append(value);
                    }
                }
            }

            public string WaitFor(Func<string, bool> match, TimeSpan limit)
            {
                DateTime until = DateTime.UtcNow + limit;
                lock (_lines)
                {
                    while (true)
                    {
                        string found = _lines.FirstOrDefault(match);
                        if (found != null || DateTime.UtcNow >= until)
                        {
                            return found;
                        }
                        Monitor.Wait(_lines, TimeSpan.FromMilliseconds(200));
                    }
                }
            }
        }
    }
}
