using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GlassesFirmware.Decision;
using GlassesFirmware.Session;
using Xunit;

namespace GlassesFirmware.Host.Tests.Session
{
    /// <summary>
    /// docs/session.md, "What the wearer hears": every row is what <see cref="SessionSpeech"/> says for that state and
    /// event, and every error has a row (issue 17, item 7).
    /// </summary>
    public class SessionSpeechTableTests
    {
        private static readonly SessionSpeech English = new SessionSpeech("en");

        [Fact]
        public void EveryRowIsWhatTheSessionSays()
        {
            List<string[]> rows = Rows();
            Assert.True(rows.Count > 30, "table found with " + rows.Count + " rows");
            foreach (string[] row in rows)
            {
                foreach (SessionState state in StatesOf(row[0]))
                {
                    Assert.True(row[2] == Said(state, row[1]), row[0] + " | " + row[1] + ": the table says '" + row[2] + "', the session says '" + Said(state, row[1]) + "'");
                }
            }
        }

        [Fact]
        public void EveryErrorHasARow()
        {
            var events = new HashSet<string>(Rows().Select(r => r[1]));
            foreach (SessionError e in Enum.GetValues<SessionError>().Where(e => e != SessionError.None))
            {
                string name = SessionNames.Error(e);
                Assert.True(name == "declined" || events.Contains(name), "docs/session.md has no row for " + name);
            }
        }

        private static string Said(SessionState state, string evt)
        {
            string[] w = evt.Split(' ');
            if (w[0] == "late")
            {
                WalletOutcome outcome = w[1] switch { "approved" => WalletOutcome.Approved, "declined" => WalletOutcome.Declined, _ => WalletOutcome.Cancelled };
                return English.ForLateAnswer(outcome, w.Length > 3 ? ErrorNamed(w[3]) : SessionError.None);
            }
            if (w[0] == "approved" || w[0] == "approved,")
            {
                return English.ForEnd(state, SessionOutcome.Approved, SessionError.None, DeclineReason.None, w.Length > 1);
            }
            if (w[0] == "declined")
            {
                DeclineReason reason = w.Length > 1 ? Enum.Parse<DeclineReason>(w[1], true) : DeclineReason.None;
                return English.ForEnd(state, SessionOutcome.Declined, SessionError.Declined, reason, false);
            }
            SessionError error = ErrorNamed(evt);
            SessionOutcome end = error == SessionError.Cancelled || error == SessionError.CancelUnconfirmed || error == SessionError.CodesInView ? SessionOutcome.Cancelled : SessionOutcome.Failed;
            return English.ForEnd(state, end, error, DeclineReason.None, false);
        }

        private static SessionError ErrorNamed(string name)
        {
            for (int e = 0; e < 64; e++)
            {
                if (SessionNames.Error((SessionError)e) == name)
                {
                    return (SessionError)e;
                }
            }
            throw new ArgumentException("no error named " + name);
        }

        private static IEnumerable<SessionState> StatesOf(string name)
        {
            if (name == "any")
            {
                return Enumerable.Range(1, 7).Select(s => (SessionState)s);
            }
            return name.Split(", ").Select(n => Enumerable.Range(0, 9).Select(s => (SessionState)s).Single(s => SessionNames.State(s) == n));
        }

        private static List<string[]> Rows()
        {
            string[] lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "session.md"));
            int start = Array.IndexOf(lines, "## What the wearer hears");
            Assert.True(start >= 0, "docs/session.md has a section 'What the wearer hears'");
            var rows = new List<string[]>();
            for (int i = start + 1; i < lines.Length && !lines[i].StartsWith("## "); i++)
            {
                string[] cells = lines[i].Split('|');
                if (cells.Length == 5 && cells[1].Trim() != "state" && !cells[1].Trim().StartsWith("---"))
                {
                    rows.Add(new[] { cells[1].Trim(), cells[2].Trim(), cells[3].Trim() });
                }
            }
            return rows;
        }
    }
}
