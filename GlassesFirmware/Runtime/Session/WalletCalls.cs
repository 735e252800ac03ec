using GlassesFirmware.Decision;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// The wallet calls the session still owes for the request in flight (submit, confirm, status query), sent
    /// again each step while the client is busy or the link is down, and dropped when the session ends.
    /// </summary>
    internal sealed class WalletCalls
    {
        private readonly IWalletClient _wallet;
        private readonly PaymentStore _store;
        private readonly AuditLog _audit;
        private readonly PaymentRequest _request = new PaymentRequest(PaymentSession.MaxPayload);
        private bool _submitPending;
        private bool _confirmPending;
        private bool _queryPending;
        private ConfirmationMethod _confirmMethod;
        private string _confirmReadback;

        /// <summary>Calls to <paramref name="wallet"/> about the request in flight in <paramref name="store"/>.</summary>
        internal WalletCalls(IWalletClient wallet, PaymentStore store, AuditLog audit)
        {
            _wallet = wallet;
            _store = store;
            _audit = audit;
        }

        /// <summary>The request being composed or in flight.</summary>
        internal PaymentRequest Request
        {
            get { return _request; }
        }

        /// <summary>Owes a submission of <see cref="Request"/>.</summary>
        internal void QueueSubmit()
        {
            _submitPending = true;
        }

        /// <summary>Owes the wearer's confirmation with the sentence they heard.</summary>
        internal void QueueConfirm(ConfirmationMethod method, string readback)
        {
            _confirmMethod = method;
            _confirmReadback = readback;
            _confirmPending = true;
        }

        /// <summary>Owes a status query for the request in flight.</summary>
        internal void QueueQuery()
        {
            _queryPending = true;
        }

        /// <summary>Drops every call still owed (the session ended).</summary>
        internal void DropAll()
        {
            _submitPending = false;
            _confirmPending = false;
            _queryPending = false;
        }

        /// <summary>Asks the wallet to cancel the request in flight, when there is one.</summary>
        internal void CancelRequest()
        {
            if (_store.HasInFlight)
            {
                _wallet.Cancel(_store.InFlightId);
            }
        }

        /// <summary>
        /// Sends what is owed. Returns <see cref="SessionError.None"/>, or why the submission was refused outright
        /// (nothing was queued, so the in-flight record is already gone and the session must end).
        /// </summary>
        internal SessionError Send(long nowMs, SessionState state)
        {
            if (_submitPending)
            {
                WalletCallStatus s = _wallet.Submit(_request);
                if (s == WalletCallStatus.Queued)
                {
                    _submitPending = false;
                    _audit.Add(nowMs, state, AuditEvent.Submitted, (int)(_request.Counter & 0x7FFFFFFF));
                }
                else if (s != WalletCallStatus.Busy)
                {
                    // Nothing was queued, so nothing can be paid: the in-flight record goes.
                    _submitPending = false;
                    _store.Settle(false);
                    return s == WalletCallStatus.NotPaired ? SessionError.NotPaired : SessionError.LinkDown;
                }
            }
            if (_confirmPending && _wallet.IsLinkUp
                && _wallet.Confirm(_store.InFlightId, _confirmMethod, _confirmReadback) == WalletCallStatus.Queued)
            {
                _confirmPending = false;
            }
            if (_queryPending && _wallet.IsLinkUp
                && _wallet.QueryStatus(_store.InFlightId) == WalletCallStatus.Queued)
            {
                _queryPending = false;
            }
            return SessionError.None;
        }
    }
}
