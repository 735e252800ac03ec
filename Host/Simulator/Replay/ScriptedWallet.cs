using System;
using System.Collections.Generic;
using GlassesFirmware.Decision;

namespace GlassesFirmware.Host.Simulator.Replay
{
    /// <summary>
    /// An in-process wallet for replays: it records every call and answers only when the script says so. Like
    /// the reference peer it keeps exactly one decision per request id and repeats it to status queries.
    /// </summary>
    public sealed class ScriptedWallet : IWalletClient
    {
        private readonly Queue<Action<WalletEvent>> _events = new Queue<Action<WalletEvent>>();
        private readonly Dictionary<string, WalletOutcome> _decisions = new Dictionary<string, WalletOutcome>();
        private readonly HashSet<string> _received = new HashSet<string>();
        private byte[] _current = new byte[PaymentRequest.IdLength];

        /// <summary>Called with a description of each call the session makes.</summary>
        public Action<string> Log { get; set; } = _ => { };

        /// <summary>True while the link is up.</summary>
        public bool LinkUp { get; set; } = true;

        /// <summary>Decisions made, one per request id.</summary>
        public int Decisions => _decisions.Count;

        /// <summary>Payment requests that reached the wallet (retries of one id count once).</summary>
        public int Requests => _received.Count;

        /// <inheritdoc />
        public bool IsLinkUp => LinkUp;

        /// <inheritdoc />
        public WalletCallStatus Submit(PaymentRequest request)
        {
            if (!LinkUp)
            {
                return WalletCallStatus.LinkDown;
            }
            _current = (byte[])request.RequestId.Clone();
            _received.Add(Convert.ToHexString(_current));
            Log("submit id " + Short(_current) + " counter " + request.Counter + " " + request.PayloadLength + " bytes");
            return WalletCallStatus.Queued;
        }

        /// <inheritdoc />
        public WalletCallStatus SendVoice(byte[] requestId, VoicePurpose purpose, int sequence, byte[] data, int offset, int count, bool last)
        {
            if (!LinkUp)
            {
                return WalletCallStatus.LinkDown;
            }
            if (last)
            {
                Log("voice " + (purpose == VoicePurpose.Amount ? "amount" : "confirmation") + " ended after " + sequence + " blocks");
            }
            return WalletCallStatus.Queued;
        }

        /// <inheritdoc />
        public WalletCallStatus Confirm(byte[] requestId, ConfirmationMethod method, string readback)
        {
            return Call("confirm by " + (method == ConfirmationMethod.Voice ? "voice" : "button") + ": \"" + readback + "\"", requestId);
        }

        /// <inheritdoc />
        public WalletCallStatus QueryStatus(byte[] requestId) => Call("status query", requestId);

        /// <inheritdoc />
        public WalletCallStatus Cancel(byte[] requestId) => Call("cancel", requestId);

        /// <inheritdoc />
        public bool Poll(WalletEvent into)
        {
            into.Clear();
            if (_events.Count == 0)
            {
                return false;
            }
            _events.Dequeue()(into);
            return true;
        }

        /// <summary>The wallet resolved the current request: read back this payee and amount.</summary>
        public void NeedsConfirmation(string payee, long amount, int currency) =>
            Answer(WalletOutcome.NeedsConfirmation, DeclineReason.None, payee, amount, currency);

        /// <summary>The wallet needs the amount spoken.</summary>
        public void NeedsAmount(string payee, int currency) =>
            Answer(WalletOutcome.NeedsAmount, DeclineReason.None, payee, -1, currency);

        /// <summary>Decides the current request (once; later calls repeat the first decision) and tells the glasses unless <paramref name="unheard"/>.</summary>
        public void Decide(WalletOutcome outcome, DeclineReason reason, bool unheard)
        {
            string id = Convert.ToHexString(_current);
            if (!_decisions.ContainsKey(id))
            {
                _decisions[id] = outcome;
            }
            if (!unheard)
            {
                Answer(_decisions[id], reason, null, -1, -1);
            }
        }

        /// <summary>Answers a status query for the current request: its decision, Pending, or Unknown when it never arrived.</summary>
        public void AnswerStatus()
        {
            string id = Convert.ToHexString(_current);
            WalletOutcome outcome = _decisions.TryGetValue(id, out WalletOutcome d) ? d
                : _received.Contains(id) ? WalletOutcome.Pending : WalletOutcome.Unknown;
            Answer(outcome, DeclineReason.None, null, -1, -1);
        }

        /// <summary>The wallet forgets it ever received the current request (a submission lost before it arrived).</summary>
        public void Forget() => _received.Remove(Convert.ToHexString(_current));

        /// <summary>A keepalive for the current request.</summary>
        public void Keepalive()
        {
            byte[] id = _current;
            _events.Enqueue(e =>
            {
                e.Kind = WalletEventKind.Keepalive;
                Array.Copy(id, e.RequestId, id.Length);
            });
        }

        /// <summary>The link goes down or comes back (the session is told).</summary>
        public void SetLink(bool up)
        {
            LinkUp = up;
            _events.Enqueue(e => e.Kind = up ? WalletEventKind.LinkUp : WalletEventKind.LinkDown);
        }

        private WalletCallStatus Call(string what, byte[] requestId)
        {
            if (!LinkUp)
            {
                return WalletCallStatus.LinkDown;
            }
            _current = (byte[])requestId.Clone();
            Log(what + " id " + Short(_current));
            return WalletCallStatus.Queued;
        }

        private void Answer(WalletOutcome outcome, DeclineReason reason, string payee, long amount, int currency)
        {
            byte[] id = _current;
            _events.Enqueue(e =>
            {
                e.Kind = WalletEventKind.Decision;
                e.Outcome = outcome;
                e.Reason = reason;
                e.ResolvedPayee = payee;
                e.AmountMinor = amount;
                e.CurrencyNumeric = currency;
                Array.Copy(id, e.RequestId, id.Length);
            });
        }

        private static string Short(byte[] id) => Convert.ToHexString(id, 12, 4).ToLowerInvariant();
    }
}
