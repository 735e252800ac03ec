using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using GlassesFirmware.Decision;
using GlassesFirmware.Host.Adapters.Diagnostics;
using GlassesFirmware.Host.Adapters.Frame;
using GlassesFirmware.Host.Adapters.Storage;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Host.Simulator.Voice;
using GlassesFirmware.Session;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Host.Simulator.Replay
{
    /// <summary>A line of a replay script that cannot be understood.</summary>
    public sealed class ReplayScriptException : Exception
    {
        public ReplayScriptException(int line, string message)
            : base("line " + line + ": " + message)
        {
        }
    }

    /// <summary>
    /// Runs a replay script (docs/session.md, "Replaying a scenario"): the portable payment session with
    /// simulated time in 10 ms main-loop steps, a scripted scanner or camera, button, microphone and wallet, and
    /// a data folder as the record store. Collects what happened and checks the script's expectations.
    /// </summary>
    public sealed class ReplayRun
    {
        private const int StepMs = 10;

        private readonly List<(long At, int Line, string[] Words)> _actions = new List<(long, int, string[])>();
        private readonly string _baseFolder;
        private readonly SessionSettings _settings = new SessionSettings();
        private int _cameraWidth;
        private int _cameraHeight;
        private bool _voiceTrigger;
        private long _end = -1;

        private FakeClock _clock;
        private ScriptedWallet _wallet;
        private FakeScanner _scanner;
        private StillFrameSource _camera;
        private FakeButton _button;
        private WavMicrophone _mic;
        private FakePower _power;
        private LogFeedback _feedback;
        private FolderRecordStore _store;
        private PaymentSession _session;
        private long _timedTrigger = -1;

        private ReplayRun(string baseFolder)
        {
            _baseFolder = baseFolder;
        }

        /// <summary>What happened: time in ms, kind (state, outcome, cue, say, wallet, script), text.</summary>
        public List<(long At, string Kind, string Text)> Events { get; } = new List<(long, string, string)>();

        /// <summary>Each expect line: line number, what, expected, actual, whether it held.</summary>
        public List<(int Line, string What, string Expected, string Actual, bool Ok)> Expectations { get; } =
            new List<(int, string, string, string, bool)>();

        /// <summary>Simulated milliseconds the run lasted.</summary>
        public long DurationMs { get; private set; }

        /// <summary>Parses a script; throws <see cref="ReplayScriptException"/> naming the line.</summary>
        public static ReplayRun Parse(string text, string baseFolder)
        {
            var run = new ReplayRun(baseFolder);
            string[] lines = text.Replace("\r", "").Split('\n');
            for (int n = 1; n <= lines.Length; n++)
            {
                string[] w = Tokens(lines[n - 1], n);
                if (w.Length == 0)
                {
                    continue;
                }
                if (w[0] == "at")
                {
                    if (w.Length < 3 || !long.TryParse(w[1], NumberStyles.None, CultureInfo.InvariantCulture, out long at))
                    {
                        throw new ReplayScriptException(n, "expected: at MILLISECONDS ACTION ...");
                    }
                    run._actions.Add((at, n, w[2..]));
                    continue;
                }
                run.Setting(w, n);
            }
            run._actions.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Line.CompareTo(b.Line));
            foreach (var a in run._actions)
            {
                run.Check(a.Words, a.Line);
            }
            if (run._end < 0)
            {
                run._end = (run._actions.Count == 0 ? 0 : run._actions[^1].At) + 3000;
            }
            return run;
        }

        /// <summary>Runs the script with the record store in <paramref name="dataFolder"/>.</summary>
        public void Execute(string dataFolder)
        {
            _clock = new FakeClock(0);
            _wallet = new ScriptedWallet { Log = s => Add("wallet", s) };
            _scanner = new FakeScanner();
            _camera = _cameraWidth > 0 ? new StillFrameSource(_cameraWidth, _cameraHeight) : null;
            _button = new FakeButton();
            _mic = new WavMicrophone(_clock);
            _power = new FakePower();
            _feedback = new LogFeedback { Log = (k, s) => Add(k, s) };
            _store = new FolderRecordStore(dataFolder);
            Boot();
            SessionState last = _session.State;
            int next = 0;
            for (long t = 0; t <= _end; t += StepMs)
            {
                _clock.Now = t;
                while (next < _actions.Count && _actions[next].At <= t)
                {
                    Apply(_actions[next].Words, _actions[next].Line);
                    next++;
                }
                _session.Step();
                ReportTiming();
                if (_session.State != last)
                {
                    last = _session.State;
                    Add("state", SessionNames.State(last));
                    if (last == SessionState.Done)
                    {
                        Add("outcome", SessionNames.Outcome(_session.LastOutcome) + " (" + SessionNames.Error(_session.LastError)
                            + " in " + SessionNames.State(_session.LastErrorState) + ")");
                    }
                }
            }
            DurationMs = _end;
        }

        // Once per payment, when its code has been read back: the session's time to readback.
        private void ReportTiming()
        {
            ReadbackTiming timing = _session.Timing;
            if (timing.ReadBack && timing.TriggeredAtMs != _timedTrigger)
            {
                _timedTrigger = timing.TriggeredAtMs;
                Add("timing", ReadbackText.Describe(timing));
            }
        }

        private void Boot()
        {
            var ports = new SessionPorts
            {
                Clock = _clock, Feedback = _feedback, Wallet = _wallet, Store = _store, Power = _power,
                Button = _button, Microphone = _mic, Instructions = RuntimeInstructionCounter.OfThisRuntime(),
            };
            if (_camera != null)
            {
                ports.Camera = _camera;
            }
            else
            {
                ports.Scanner = _scanner;
            }
            _session = new PaymentSession(ports, _settings, new GestureTiming(), _voiceTrigger, false);
            _session.Start();
            Add("state", SessionNames.State(_session.State));
        }

        private void Setting(string[] w, int n)
        {
            string value = w.Length > 1 ? w[1] : null;
            switch (w[0])
            {
                case "camera" when w.Length == 3:
                    _cameraWidth = Number(w[1], n);
                    _cameraHeight = Number(w[2], n);
                    return;
                case "language" when value != null:
                    _settings.Language = value;
                    return;
                case "hosts" when value != null:
                    _settings.AllowedHosts = value.Split(',');
                    return;
                case "limit" when value != null:
                    _settings.Limits.MaxAmountMinor = Number(value, n);
                    return;
                case "voice-trigger" when value == "on" || value == "off":
                    _voiceTrigger = value == "on";
                    return;
                case "end" when value != null:
                    _end = Number(value, n);
                    return;
            }
            throw new ReplayScriptException(n, "unknown setting '" + string.Join(' ', w) + "' (camera W H, language, hosts, limit, voice-trigger, end, or at T ...)");
        }

        // Validates an action before anything runs, so a typo fails the script at once.
        private void Check(string[] w, int n)
        {
            bool ok = w[0] switch
            {
                "tap" or "double-tap" or "reboot" => w.Length == 1,
                "hold" or "say" or "battery" or "temperature" => w.Length == 2 && int.TryParse(w[1], out _),
                "code" or "image" or "voice" => w.Length == 2,
                "link" => w.Length == 2 && (w[1] == "up" || w[1] == "down"),
                "wallet" => w.Length >= 2 && WalletArity(w[1]) == w.Length - 2,
                "expect" => w.Length == 3,
                _ => false,
            };
            if (!ok)
            {
                throw new ReplayScriptException(n, "cannot read action '" + string.Join(' ', w) + "'");
            }
            if ((w[0] == "image" || w[0] == "voice") && !File.Exists(Path.Combine(_baseFolder, w[1])))
            {
                throw new ReplayScriptException(n, "no such file: " + w[1]);
            }
            if (w[0] == "image" && _cameraWidth == 0)
            {
                throw new ReplayScriptException(n, "image needs a 'camera W H' line (without it the glasses use a scanner module)");
            }
        }

        private static int WalletArity(string verb) => verb switch
        {
            "needs-confirmation" => 3,
            "needs-amount" => 2,
            "approve" or "cancelled" or "keepalive" or "status" or "forget" or "approve-unheard" => 0,
            "decline" => 1,
            _ => -1,
        };

        private void Apply(string[] w, int n)
        {
            long t = _clock.NowMs;
            if (w[0] != "expect")
            {
                Add("script", string.Join(' ', w));
            }
            switch (w[0])
            {
                case "tap":
                    _button.Add(true, t + 1);
                    _button.Add(false, t + 80);
                    break;
                case "double-tap":
                    _button.Add(true, t + 1);
                    _button.Add(false, t + 60);
                    _button.Add(true, t + 150);
                    _button.Add(false, t + 220);
                    break;
                case "hold":
                    _button.Add(true, t + 1);
                    _button.Add(false, t + 1 + Number(w[1], n));
                    break;
                case "code":
                    _scanner.Show(w[1]);
                    break;
                case "image":
                    GreyImage image = GreyImage.Load(Path.Combine(_baseFolder, w[1]));
                    _camera.Show(image.Pixels, image.Width, image.Height);
                    break;
                case "say":
                    _mic.Play(WavMicrophone.SpeechBurst(Number(w[1], n)));
                    break;
                case "voice":
                    _mic.Play(WavMicrophone.LoadWav(Path.Combine(_baseFolder, w[1])));
                    break;
                case "battery":
                    _power.Battery = Number(w[1], n);
                    break;
                case "temperature":
                    _power.Temperature = Number(w[1], n);
                    break;
                case "link":
                    _wallet.SetLink(w[1] == "up");
                    break;
                case "reboot":
                    Boot();
                    break;
                case "wallet":
                    ApplyWallet(w, n);
                    break;
                case "expect":
                    Expect(w, n);
                    break;
            }
        }

        private void ApplyWallet(string[] w, int n)
        {
            switch (w[1])
            {
                case "needs-confirmation":
                    _wallet.NeedsConfirmation(w[2], Number(w[3], n), Number(w[4], n));
                    break;
                case "needs-amount":
                    _wallet.NeedsAmount(w[2], Number(w[3], n));
                    break;
                case "approve":
                    _wallet.Decide(WalletOutcome.Approved, DeclineReason.None, unheard: false);
                    break;
                case "approve-unheard":
                    _wallet.Decide(WalletOutcome.Approved, DeclineReason.None, unheard: true);
                    break;
                case "decline":
                    _wallet.Decide(WalletOutcome.Declined, Reason(w[2], n), unheard: false);
                    break;
                case "cancelled":
                    _wallet.Decide(WalletOutcome.Cancelled, DeclineReason.None, unheard: false);
                    break;
                case "keepalive":
                    _wallet.Keepalive();
                    break;
                case "status":
                    _wallet.AnswerStatus();
                    break;
                case "forget":
                    _wallet.Forget();
                    break;
            }
        }

        private void Expect(string[] w, int n)
        {
            string actual = w[1] switch
            {
                "state" => SessionNames.State(_session.State),
                "outcome" => SessionNames.Outcome(_session.LastOutcome),
                "error" => SessionNames.Error(_session.LastError),
                "requests" => _wallet.Requests.ToString(CultureInfo.InvariantCulture),
                "decisions" => _wallet.Decisions.ToString(CultureInfo.InvariantCulture),
                "readback" => _session.Readback ?? "",
                _ => throw new ReplayScriptException(n, "expect state|outcome|error|requests|decisions|readback VALUE"),
            };
            bool ok = actual == w[2];
            Expectations.Add((n, w[1], w[2], actual, ok));
            Add("expect", w[1] + " " + (ok ? "= " + actual : "expected '" + w[2] + "' but was '" + actual + "'"));
        }

        private static DeclineReason Reason(string name, int n)
        {
            DeclineReason[] reasons = Enum.GetValues<DeclineReason>();
            foreach (DeclineReason reason in reasons)
            {
                if (DecisionNames.Reason(reason) == name)
                {
                    return reason;
                }
            }
            throw new ReplayScriptException(n, "decline reason is one of " + string.Join(", ", reasons.Select(DecisionNames.Reason)));
        }

        private static int Number(string s, int n)
        {
            if (!int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v))
            {
                throw new ReplayScriptException(n, "not a number: " + s);
            }
            return v;
        }

        private void Add(string kind, string text) => Events.Add((_clock?.NowMs ?? 0, kind, text));

        // Words separated by blanks; "double quotes" keep blanks; # starts a comment outside quotes.
        private static string[] Tokens(string line, int n)
        {
            var words = new List<string>();
            int i = 0;
            while (i < line.Length)
            {
                char c = line[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }
                if (c == '#')
                {
                    break;
                }
                if (c == '"')
                {
                    int close = line.IndexOf('"', i + 1);
                    if (close < 0)
                    {
                        throw new ReplayScriptException(n, "unclosed quote");
                    }
                    words.Add(line.Substring(i + 1, close - i - 1));
                    i = close + 1;
                    continue;
                }
                int start = i;
                while (i < line.Length && !char.IsWhiteSpace(line[i]))
                {
                    i++;
                }
                words.Add(line.Substring(start, i - start));
            }
            return words.ToArray();
        }
    }
}
