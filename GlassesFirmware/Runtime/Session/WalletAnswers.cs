using GlassesFirmware.Decision;
using GlassesFirmware.Payload;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// What the session makes of the wallet's events: link changes, keepalives and answers about the request in
    /// flight. A resolution (payee and amount, or a request for the amount) leads to the readback or the prompt; a
    /// final answer ends the session, or settles an earlier request (cancelled, timed out, from before a reboot)
    /// that the session asks about every few seconds while idle.
    /// </summary>
    internal sealed class WalletAnswers
    {
        private readonly IWalletClient _wallet;
        private readonly PaymentStore _store;
        private readonly SessionFlow _flow;
        private readonly WalletCalls _calls;
        private readonly VoiceListener _listener;
        private readonly BookedReadback _booked;
        private readonly AmountLimit _limit;
        private readonly SessionSpeech _speech;
        private readonly SessionSettings _settings;
        private readonly ReadbackTiming _timing;
        private readonly WalletEvent _event = new WalletEvent();
        private readonly bool _streamsVoice;
        private readonly bool _hasMicrophone;
        private PaymentIntent _intent;
        private int _promptAttempts;
        private bool _walletContacted;
        private long _nextSettleQuery;

        /// <summary>
        /// Answers from <paramref name="wallet"/> about the request in <paramref name="store"/>, acted on through
        /// <paramref name="flow"/>; the readback's composition and moment go to <paramref name="timing"/>.
        /// </summary>
        internal WalletAnswers(IWalletClient wallet, PaymentStore store, SessionFlow flow, WalletCalls calls, VoiceListener listener,
            SessionSettings settings, SessionSpeech speech, AmountLimit limit, BookedReadback booked, ReadbackTiming timing,
            bool streamsVoice, bool hasMicrophone)
        {
            _wallet = wallet;
            _store = store;
            _flow = flow;
            _calls = calls;
            _listener = listener;
            _settings = settings;
            _speech = speech;
            _booked = booked;
            _limit = limit;
            _timing = timing;
            _streamsVoice = streamsVoice;
            _hasMicrophone = hasMicrophone;
        }

        /// <summary>True when voice goes to the wallet (a microphone and <see cref="SessionSettings.StreamVoice"/>).</summary>
        internal bool StreamsVoice
        {
            get { return _streamsVoice; }
        }

        /// <summary>True once the wallet answered about the request (a keepalive or an answer other than unknown).</summary>
        internal bool WalletContacted
        {
            get { return _walletContacted; }
        }

        /// <summary>A new request for <paramref name="intent"/> is about to be submitted.</summary>
        internal void Begin(PaymentIntent intent)
        {
            _intent = intent;
            _promptAttempts = 0;
            _walletContacted = false;
        }

        /// <summary>Asks about the unsettled request at the next idle step (a trigger was refused because of it).</summary>
        internal void QuerySoon()
        {
            _nextSettleQuery = _flow.Now;
        }

        /// <summary>In idle: asks about the unsettled request every few seconds while the link is up.</summary>
        internal void QueryUnsettled()
        {
            long now = _flow.Now;
            if (_store.HasInFlight && _wallet.IsLinkUp && now >= _nextSettleQuery)
            {
                _nextSettleQuery = now + _settings.SettleQueryIntervalMs;
                _wallet.QueryStatus(_store.InFlightId);
            }
        }

        /// <summary>Takes every waiting wallet event.</summary>
        internal void Poll()
        {
            while (_wallet.Poll(_event))
            {
                switch (_event.Kind)
                {
                    case WalletEventKind.LinkDown:
                        _flow.Note(AuditEvent.Link, 0);
                        break;
                    case WalletEventKind.LinkUp:
                        _flow.Note(AuditEvent.Link, 1);
                        if (_store.HasInFlight && _flow.IsWaitingForWallet)
                        {
                            // Resume: ask about the same request id; the wallet answers with its one decision.
                            _calls.QueueQuery();
                            _flow.SendPending();
                        }
                        else if (_store.HasInFlight)
                        {
                            _nextSettleQuery = _flow.Now;
                        }
                        break;
                    case WalletEventKind.Keepalive:
                        if (_store.HasInFlight && _event.IsFor(_store.InFlightId))
                        {
                            _walletContacted = true;
                            _flow.Note(AuditEvent.Keepalive, 0);
                            _flow.Extend();
                        }
                        break;
                    case WalletEventKind.Decision:
                        if (_store.HasInFlight && _event.IsFor(_store.InFlightId))
                        {
                            _walletContacted = _event.Outcome != WalletOutcome.Unknown;
                            OnDecision(_event.Outcome);
                        }
                        break;
                }
            }
        }

        private void OnDecision(WalletOutcome outcome)
        {
            _flow.Note(AuditEvent.WalletAnswer, (int)outcome * 100 + (int)_event.Reason);
            if (!_flow.IsWaitingForWallet)
            {
                SettleEarlier(outcome);
                return;
            }
            bool resuming = _flow.Resuming;
            switch (outcome)
            {
                case WalletOutcome.Approved:
                    _store.Settle(true);
                    _flow.End(SessionOutcome.Approved, SessionError.None);
                    return;
                case WalletOutcome.Declined:
                    _store.Settle(false);
                    _flow.EndDeclined(_event.Reason);
                    return;
                case WalletOutcome.Cancelled:
                    _store.Settle(false);
                    _flow.End(resuming ? SessionOutcome.Failed : SessionOutcome.Cancelled, resuming ? SessionError.Interrupted : SessionError.Cancelled);
                    return;
                case WalletOutcome.Unknown:
                    if (resuming)
                    {
                        _store.Settle(false);
                        _flow.End(SessionOutcome.Failed, SessionError.Interrupted);
                    }
                    else
                    {
                        // The submission was lost on the way: the same request id is safe to send again.
                        _calls.QueueSubmit();
                        _flow.SendPending();
                    }
                    return;
                case WalletOutcome.Pending:
                    _flow.Extend();
                    return;
            }

            // NeedsAmount or NeedsConfirmation: only meaningful while the flow that asked is still here.
            SessionState state = _flow.State;
            if (resuming || state == SessionState.Confirming || state == SessionState.Authorizing)
            {
                _calls.CancelRequest();
                return;
            }
            OnResolved(outcome);
        }

        // An earlier request (cancelled, timed out, or from before a reboot) is being settled.
        private void SettleEarlier(WalletOutcome outcome)
        {
            bool final = outcome == WalletOutcome.Approved || outcome == WalletOutcome.Declined
                || outcome == WalletOutcome.Cancelled || outcome == WalletOutcome.Unknown;
            if (final)
            {
                _store.Settle(outcome == WalletOutcome.Approved);
                _flow.Note(AuditEvent.Settled, (int)outcome);
                _flow.ReportSettled(outcome, _event.Reason);
            }
            else if (outcome != WalletOutcome.Pending)
            {
                _calls.CancelRequest();
            }
        }

        // The wallet resolved the payee and amount, or needs the amount: read back, or prompt for it.
        private void OnResolved(WalletOutcome outcome)
        {
            string payee = _event.ResolvedPayee;
            long amount = _event.AmountMinor;
            int currency = _event.CurrencyNumeric;
            if (outcome == WalletOutcome.NeedsConfirmation && amount < 0 && !_intent.HasAmount)
            {
                // Nothing to read back without an amount: ask for it rather than say "0.00".
                outcome = WalletOutcome.NeedsAmount;
            }
            if (outcome == WalletOutcome.NeedsAmount)
            {
                Prompt();
                return;
            }
            _timing.BeginStage();
            string readback = _booked.Compose(_intent, payee, amount, currency,
                _speech.Phrase(_streamsVoice ? SessionSpeech.ConfirmHint : SessionSpeech.TapHint));
            _timing.EndComposition();
            SessionError refusal = _booked.Refusal;
            if (refusal == SessionError.None && _limit.Exceeds(_booked.FinalAmountMinor))
            {
                refusal = SessionError.AmountAboveLimit;
            }
            if (refusal != SessionError.None)
            {
                Refuse(refusal);
                return;
            }
            _flow.Enter(SessionState.Confirming);
            _flow.Readback = readback;
            _timing.ReadBackAt(_flow.Now);
            _flow.Say(readback);
            if (_streamsVoice)
            {
                _listener.Listen(VoicePurpose.Confirmation);
            }
        }

        private void Prompt()
        {
            _promptAttempts++;
            if (_promptAttempts > _settings.PromptAttempts)
            {
                Refuse(SessionError.AmountNotUnderstood);
                return;
            }
            if (!_streamsVoice)
            {
                Refuse(_hasMicrophone ? SessionError.VoiceUnavailable : SessionError.MicrophoneFailed);
                return;
            }
            _flow.Enter(SessionState.Prompting);
            _timing.ReadBackAt(_flow.Now);
            _flow.Say(_intent.Readback);
            if (!_listener.Listen(VoicePurpose.Amount))
            {
                Refuse(SessionError.MicrophoneFailed);
            }
        }

        // The glasses will not go on with this request: the wallet is told to drop it.
        private void Refuse(SessionError why)
        {
            _flow.Withdraw(SessionOutcome.Failed, why);
        }
    }
}
