using System.Collections;
using GlassesFirmware.Decision;
using GlassesFirmware.Feedback;
using GlassesFirmware.Frame;
using GlassesFirmware.Power;
using GlassesFirmware.Time;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Tests.Session
{
    /// <summary>A clock the test moves.</summary>
    internal sealed class FakeClock : IClock
    {
        internal long Now = 1000;

        public long NowMs
        {
            get { return Now; }
        }
    }

    /// <summary>Records every cue and sentence.</summary>
    internal sealed class RecordingFeedback : IFeedback
    {
        internal readonly ArrayList Cues = new ArrayList();
        internal readonly ArrayList Sentences = new ArrayList();
        internal FeedbackCue Current = FeedbackCue.Idle;

        public void Show(FeedbackCue cue)
        {
            Current = cue;
            Cues.Add(cue);
        }

        public void Speak(string sentence, string language)
        {
            Sentences.Add(sentence);
        }

        public void StopSpeaking()
        {
        }

        internal string LastSentence
        {
            get { return Sentences.Count == 0 ? null : (string)Sentences[Sentences.Count - 1]; }
        }

        internal bool Said(string part)
        {
            for (int i = 0; i < Sentences.Count; i++)
            {
                if (((string)Sentences[i]).IndexOf(part) >= 0)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>Battery and temperature set by the test.</summary>
    internal sealed class FakePower : IPowerMonitor
    {
        internal int Battery = 80;
        internal int Temperature = 40;

        public int BatteryPercent
        {
            get { return Battery; }
        }

        public int ChipTemperatureC
        {
            get { return Temperature; }
        }
    }

    /// <summary>Edges queued by the test.</summary>
    internal sealed class FakeButton : IButton
    {
        private readonly ArrayList _edges = new ArrayList();

        internal void Press(long down, long up)
        {
            Add(true, down);
            Add(false, up);
        }

        internal void Add(bool pressed, long at)
        {
            var e = new ButtonEdge();
            e.Pressed = pressed;
            e.AtMs = at;
            _edges.Add(e);
        }

        public bool TryTakeEdge(out ButtonEdge edge)
        {
            if (_edges.Count == 0)
            {
                edge = new ButtonEdge();
                return false;
            }
            edge = (ButtonEdge)_edges[0];
            _edges.RemoveAt(0);
            return true;
        }
    }

    /// <summary>A random source returning a fixed byte pattern, so the epoch is known.</summary>
    internal sealed class PatternRandom : GlassesFirmware.Uplink.Crypto.IRandomSource
    {
        public void Fill(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = (byte)(0xA0 + i);
            }
        }
    }

    /// <summary>Wake-word detections queued by the test.</summary>
    internal sealed class FakeWakeWord : IWakeWord
    {
        private readonly ArrayList _at = new ArrayList();

        internal void Heard(long atMs)
        {
            _at.Add(atMs);
        }

        public bool TryTakeDetection(out long atMs)
        {
            if (_at.Count == 0)
            {
                atMs = 0;
                return false;
            }
            atMs = (long)_at[0];
            _at.RemoveAt(0);
            return true;
        }
    }

    /// <summary>A scanner module returning the payloads the test queues.</summary>
    internal sealed class FakeScanner : IScannedPayloadSource
    {
        private readonly ArrayList _payloads = new ArrayList();
        internal bool On;
        internal bool Broken;

        internal void Show(string payload)
        {
            _payloads.Add(payload);
        }

        public bool Start()
        {
            On = !Broken;
            return On;
        }

        public void Stop()
        {
            On = false;
            _payloads.Clear();
        }

        public int Read(byte[] buffer, int offset, int capacity)
        {
            if (!On || _payloads.Count == 0)
            {
                return 0;
            }
            string p = (string)_payloads[0];
            _payloads.RemoveAt(0);
            if (p.Length > capacity)
            {
                return ScannedPayload.TooLong;
            }
            for (int i = 0; i < p.Length; i++)
            {
                buffer[offset + i] = (byte)p[i];
            }
            return p.Length;
        }
    }

    /// <summary>
    /// A wallet peer in memory: keeps exactly one decision per request id, answers by script. The test decides
    /// what the wallet says and when (events are delivered on the session's next poll).
    /// </summary>
    internal sealed class FakeWallet : IWalletClient
    {
        private readonly ArrayList _events = new ArrayList();
        internal bool LinkUp = true;
        internal bool Paired = true;
        internal int Submits;
        internal int Confirms;
        internal int Queries;
        internal int Cancels;
        internal int VoiceBlocks;
        internal int VoiceEnds;
        internal int Decisions;
        internal ConfirmationMethod LastMethod;
        internal string LastReadback;
        internal readonly byte[] LastId = new byte[PaymentRequest.IdLength];
        internal byte[] KnownId;
        internal WalletOutcome Decided = WalletOutcome.None;
        internal DeclineReason DecidedReason;
        internal string LastPayload;

        public bool IsLinkUp
        {
            get { return LinkUp; }
        }

        public WalletCallStatus Submit(PaymentRequest request)
        {
            if (!Paired)
            {
                return WalletCallStatus.NotPaired;
            }
            if (!LinkUp)
            {
                return WalletCallStatus.LinkDown;
            }
            Submits++;
            System.Array.Copy(request.RequestId, LastId, PaymentRequest.IdLength);
            KnownId = new byte[PaymentRequest.IdLength];
            System.Array.Copy(request.RequestId, KnownId, PaymentRequest.IdLength);
            char[] text = new char[request.PayloadLength];
            for (int i = 0; i < text.Length; i++)
            {
                text[i] = (char)request.Payload[i];
            }
            LastPayload = new string(text);
            return WalletCallStatus.Queued;
        }

        public WalletCallStatus SendVoice(byte[] requestId, VoicePurpose purpose, int sequence, byte[] data, int offset, int count, bool last)
        {
            if (!LinkUp)
            {
                return WalletCallStatus.LinkDown;
            }
            if (last)
            {
                VoiceEnds++;
            }
            else
            {
                VoiceBlocks++;
            }
            return WalletCallStatus.Queued;
        }

        public WalletCallStatus Confirm(byte[] requestId, ConfirmationMethod method, string readback)
        {
            System.Array.Copy(requestId, LastId, PaymentRequest.IdLength);
            if (!LinkUp)
            {
                return WalletCallStatus.LinkDown;
            }
            Confirms++;
            LastMethod = method;
            LastReadback = readback;
            return WalletCallStatus.Queued;
        }

        public WalletCallStatus QueryStatus(byte[] requestId)
        {
            System.Array.Copy(requestId, LastId, PaymentRequest.IdLength);
            if (!LinkUp)
            {
                return WalletCallStatus.LinkDown;
            }
            Queries++;
            return WalletCallStatus.Queued;
        }

        public WalletCallStatus Cancel(byte[] requestId)
        {
            System.Array.Copy(requestId, LastId, PaymentRequest.IdLength);
            if (!LinkUp)
            {
                return WalletCallStatus.LinkDown;
            }
            Cancels++;
            return WalletCallStatus.Queued;
        }

        public bool Poll(WalletEvent into)
        {
            into.Clear();
            if (_events.Count == 0)
            {
                return false;
            }
            object[] e = (object[])_events[0];
            _events.RemoveAt(0);
            into.Kind = (WalletEventKind)e[0];
            into.Outcome = (WalletOutcome)e[1];
            into.Reason = (DeclineReason)e[2];
            into.ResolvedPayee = (string)e[3];
            into.AmountMinor = (long)e[4];
            into.CurrencyNumeric = (int)e[5];
            byte[] id = (byte[])e[6];
            if (id != null)
            {
                System.Array.Copy(id, into.RequestId, PaymentRequest.IdLength);
            }
            return true;
        }

        /// <summary>The wallet resolved the request: read back this payee and amount.</summary>
        internal void NeedsConfirmation(string payee, long amount, int currency)
        {
            Queue(WalletEventKind.Decision, WalletOutcome.NeedsConfirmation, DeclineReason.None, payee, amount, currency);
        }

        /// <summary>The wallet needs the amount spoken.</summary>
        internal void NeedsAmount(string payee, int currency)
        {
            Queue(WalletEventKind.Decision, WalletOutcome.NeedsAmount, DeclineReason.None, payee, -1, currency);
        }

        /// <summary>
        /// The wallet's final decision. Like the reference peer, it decides once per request id: asked again
        /// (status query) it repeats the same decision.
        /// </summary>
        internal void Decide(WalletOutcome outcome, DeclineReason reason)
        {
            if (Decided == WalletOutcome.None)
            {
                Decisions++;
                Decided = outcome;
                DecidedReason = reason;
            }
            Queue(WalletEventKind.Decision, Decided, DecidedReason, null, -1, -1);
        }

        /// <summary>Answer to a status query: the stored decision, or Unknown when the request never arrived.</summary>
        internal void AnswerStatus()
        {
            if (KnownId == null)
            {
                Queue(WalletEventKind.Decision, WalletOutcome.Unknown, DeclineReason.None, null, -1, -1);
            }
            else if (Decided == WalletOutcome.None)
            {
                Queue(WalletEventKind.Decision, WalletOutcome.Pending, DeclineReason.None, null, -1, -1);
            }
            else
            {
                Queue(WalletEventKind.Decision, Decided, DecidedReason, null, -1, -1);
            }
        }

        /// <summary>The wallet decides while its answer cannot reach the glasses (the link is down).</summary>
        internal void DecideUnheard(WalletOutcome outcome)
        {
            if (Decided == WalletOutcome.None)
            {
                Decisions++;
                Decided = outcome;
            }
        }

        internal void Keepalive()
        {
            Queue(WalletEventKind.Keepalive, WalletOutcome.None, DeclineReason.None, null, -1, -1);
        }

        internal void DropLink()
        {
            LinkUp = false;
            Queue(WalletEventKind.LinkDown, WalletOutcome.None, DeclineReason.None, null, -1, -1);
        }

        internal void RestoreLink()
        {
            LinkUp = true;
            Queue(WalletEventKind.LinkUp, WalletOutcome.None, DeclineReason.None, null, -1, -1);
        }

        private void Queue(WalletEventKind kind, WalletOutcome outcome, DeclineReason reason, string payee, long amount, int currency)
        {
            bool aboutRequest = kind == WalletEventKind.Decision || kind == WalletEventKind.Keepalive;
            _events.Add(new object[] { kind, outcome, reason, payee, amount, currency, aboutRequest ? LastId : null });
        }
    }
}
