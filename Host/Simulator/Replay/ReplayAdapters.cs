using System;
using System.Collections.Generic;
using System.Text;
using GlassesFirmware.Feedback;
using GlassesFirmware.Frame;
using GlassesFirmware.Power;
using GlassesFirmware.Time;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Host.Simulator.Replay
{
    /// <summary>Simulated time: the replay moves it in main-loop steps.</summary>
    public sealed class ManualClock : IClock
    {
        /// <inheritdoc />
        public long NowMs { get; set; }
    }

    /// <summary>Feedback as log lines: the cue of each state and every sentence spoken.</summary>
    public sealed class LogFeedback : IFeedback
    {
        private static readonly string[] CueNames =
        {
            "idle", "armed", "scanning", "understood", "choosing", "prompting", "confirming", "authorizing",
            "approved", "declined", "failed", "cancelled", "refused", "pairingMode", "unpaired",
        };

        /// <summary>Receives (kind, text) for each cue ("cue") and sentence ("say").</summary>
        public Action<string, string> Log { get; set; } = (_, _) => { };

        /// <inheritdoc />
        public void Show(FeedbackCue cue) => Log("cue", (int)cue < CueNames.Length ? CueNames[(int)cue] : "?");

        /// <inheritdoc />
        public void Speak(string sentence, string language) => Log("say", sentence);

        /// <inheritdoc />
        public void StopSpeaking()
        {
        }
    }

    /// <summary>A UART scanner module that reports the payloads the script shows it, while it is on.</summary>
    public sealed class QueueScanner : IScannedPayloadSource
    {
        private readonly Queue<byte[]> _payloads = new Queue<byte[]>();
        private bool _on;

        /// <summary>The scanner sees <paramref name="text"/> (UTF-8).</summary>
        public void Show(string text) => _payloads.Enqueue(Encoding.UTF8.GetBytes(text));

        /// <inheritdoc />
        public bool Start() => _on = true;

        /// <inheritdoc />
        public void Stop()
        {
            _on = false;
            _payloads.Clear();
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int capacity)
        {
            if (!_on || _payloads.Count == 0)
            {
                return 0;
            }
            byte[] p = _payloads.Dequeue();
            if (p.Length > capacity)
            {
                return ScannedPayload.TooLong;
            }
            Buffer.BlockCopy(p, 0, buffer, offset, p.Length);
            return p.Length;
        }
    }

    /// <summary>Button edges from the script.</summary>
    public sealed class QueueButton : IButton
    {
        private readonly Queue<ButtonEdge> _edges = new Queue<ButtonEdge>();

        /// <summary>Queues an edge.</summary>
        public void Add(bool pressed, long atMs) => _edges.Enqueue(new ButtonEdge { Pressed = pressed, AtMs = atMs });

        /// <inheritdoc />
        public bool TryTakeEdge(out ButtonEdge edge) => _edges.TryDequeue(out edge);
    }

    /// <summary>Battery and temperature set by the script.</summary>
    public sealed class ReplayPower : IPowerMonitor
    {
        /// <inheritdoc />
        public int BatteryPercent { get; set; } = 80;

        /// <inheritdoc />
        public int ChipTemperatureC { get; set; } = 40;
    }
}
