using System.Collections;
using GlassesFirmware.Decision;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>
    /// A wallet peer in memory: keeps exactly one decision per request id, answers by script. The test decides
    /// what the wallet says and when (events are delivered on the session's next poll).
    /// </summary>
    public sealed class FakeWallet : IWalletClient
    {
        private readonly ArrayList _events = new ArrayList();
        /// <summary>Whether the link to the wallet is up.</summary>
        public bool LinkUp = true;
        /// <summary>Whether the glasses are paired.</summary>
        public bool Paired = true;
        /// <summary>Payment requests submitted.</summary>
        public int Submits;
        /// <summary>Confirmations sent.</summary>
        public int Confirms;
        /// <summary>Status queries sent.</summary>
        public int Queries;
        /// <summary>Cancels sent.</summary>
        public int Cancels;
        /// <summary>Voice blocks sent (not counting the last).</summary>
        public int VoiceBlocks;
        /// <summary>Voice streams ended.</summary>
        public int VoiceEnds;
        /// <summary>Voice calls (blocks and ends) the uplink takes before it answers Busy, as a full queue on a slow link; -1: all.</summary>
        public int VoiceCallsTaken = -1;
        /// <summary>Voice streams of purpose Enrolment ended.</summary>
        public int EnrolmentSamples;
        /// <summary>The id of the last enrolment sample ended (a new random id per sample), or null.</summary>
        public byte[] LastSampleId;
        /// <summary>Final decisions the wallet made (one per request id).</summary>
        public int Decisions;
        /// <summary>The method of the last confirmation.</summary>
        public ConfirmationMethod LastMethod;
        /// <summary>The readback of the last confirmation.</summary>
        public string LastReadback;
        /// <summary>The request id of the last call.</summary>
        public readonly byte[] LastId = new byte[PaymentRequest.IdLength];
        /// <summary>The id of the request the wallet received, or null.</summary>
        public byte[] KnownId;
        /// <summary>The wallet's decision, None until it decides.</summary>
        public WalletOutcome Decided = WalletOutcome.None;
        /// <summary>Why it declined.</summary>
        public DeclineReason DecidedReason;
        /// <summary>The payload of the last request (ASCII).</summary>
        public string LastPayload;

        /// <inheritdoc />
        public bool IsLinkUp
        {
            get { return LinkUp; }
        }

        /// <inheritdoc />
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

        /// <inheritdoc />
        public WalletCallStatus SendVoice(byte[] requestId, VoicePurpose purpose, int sequence, byte[] data, int offset, int count, bool last)
        {
            if (!LinkUp)
            {
                return WalletCallStatus.LinkDown;
            }
            if (VoiceCallsTaken == 0)
            {
                return WalletCallStatus.Busy;
            }
            if (VoiceCallsTaken > 0)
            {
                VoiceCallsTaken--;
            }
            if (last && purpose == VoicePurpose.Enrolment)
            {
                EnrolmentSamples++;
                LastSampleId = new byte[PaymentRequest.IdLength];
                System.Array.Copy(requestId, LastSampleId, PaymentRequest.IdLength);
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

        /// <inheritdoc />
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

        /// <inheritdoc />
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

        /// <inheritdoc />
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

        /// <inheritdoc />
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
        public void NeedsConfirmation(string payee, long amount, int currency)
        {
            Queue(WalletEventKind.Decision, WalletOutcome.NeedsConfirmation, DeclineReason.None, payee, amount, currency);
        }

        /// <summary>The wallet needs the amount spoken.</summary>
        public void NeedsAmount(string payee, int currency)
        {
            Queue(WalletEventKind.Decision, WalletOutcome.NeedsAmount, DeclineReason.None, payee, -1, currency);
        }

        /// <summary>
        /// The wallet's final decision. Like the reference peer, it decides once per request id: asked again
        /// (status query) it repeats the same decision.
        /// </summary>
        public void Decide(WalletOutcome outcome, DeclineReason reason)
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
        public void AnswerStatus()
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
        public void DecideUnheard(WalletOutcome outcome)
        {
            if (Decided == WalletOutcome.None)
            {
                Decisions++;
                Decided = outcome;
            }
        }

        /// <summary>The wallet sends a keepalive about the last request.</summary>
        public void Keepalive()
        {
            Queue(WalletEventKind.Keepalive, WalletOutcome.None, DeclineReason.None, null, -1, -1);
        }

        /// <summary>The link goes down.</summary>
        public void DropLink()
        {
            LinkUp = false;
            Queue(WalletEventKind.LinkDown, WalletOutcome.None, DeclineReason.None, null, -1, -1);
        }

        /// <summary>The link comes back.</summary>
        public void RestoreLink()
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
