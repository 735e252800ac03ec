using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GlassesFirmware.Host.Simulator.Demo
{
    /// <summary>One thing that happened, at milliseconds since the command started.</summary>
    public sealed record LogEvent(long At, string Kind, string Text);

    /// <summary>
    /// Live status lines with the elapsed time (<c>  1.234 s  state    scanning</c>), or with <c>--json</c> one JSON
    /// object per line (<c>{"t":1234,"kind":"state","text":"scanning"}</c>) for scripts. Every event is also kept.
    /// </summary>
    public sealed class EventLog
    {
        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };

        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly List<LogEvent> _events = new List<LogEvent>();
        private readonly TextWriter _output;
        private readonly bool _json;

        public EventLog(TextWriter output, bool json)
        {
            _output = output;
            _json = json;
        }

        /// <summary>Milliseconds since the log was created.</summary>
        public long ElapsedMs => _watch.ElapsedMilliseconds;

        /// <summary>A copy of the events so far.</summary>
        public IReadOnlyList<LogEvent> Events
        {
            get
            {
                lock (_events)
                {
                    return _events.ToArray();
                }
            }
        }

        /// <summary>Records and prints an event; <paramref name="data"/> (JSON only) carries machine-readable details.</summary>
        public void Add(string kind, string text, object data = null)
        {
            var e = new LogEvent(ElapsedMs, kind, text);
            lock (_events)
            {
                _events.Add(e);
                if (_json)
                {
                    _output.WriteLine(JsonSerializer.Serialize(new { t = e.At, kind, text, data }, Json));
                }
                else
                {
                    _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,8:F3} s  {1,-8} {2}", e.At / 1000.0, kind, GlassesFirmware.Text.OutsideText.ForConsole(text)));
                }
                _output.Flush();
            }
        }
    }
}
