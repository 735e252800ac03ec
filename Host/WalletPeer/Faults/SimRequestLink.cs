using System;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Uplink.Links;

namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>
    /// The glasses' HTTPS link in simulated time, POSTing straight into the <see cref="SimWallet"/> through the HTTP
    /// faults: a request lost (the attempt times out), handled twice, delayed, corrupted; a response lost, cut
    /// short or corrupted. A refusal (404) or a lost exchange fails the attempt, as a non-200 answer does.
    /// </summary>
    public sealed class SimRequestLink : IRequestLink
    {
        private const int TimeoutMs = 2_000;
        private readonly FakeClock _clock;
        private readonly FaultPlan _plan;
        private readonly Func<SimWallet> _wallet;
        private readonly Func<bool> _dead;
        private byte[] _body;
        private string _key;
        private long _dueMs;
        private bool _pending;
        private bool _lost;

        /// <summary>A link to whatever wallet process <paramref name="wallet"/> returns; none while <paramref name="dead"/>.</summary>
        public SimRequestLink(FakeClock clock, FaultPlan plan, Func<SimWallet> wallet, Func<bool> dead)
        {
            _clock = clock;
            _plan = plan;
            _wallet = wallet;
            _dead = dead;
        }

        /// <summary>Time of the running exchange's end, or long.MaxValue.</summary>
        public long DueMs => _pending ? _dueMs : long.MaxValue;

        /// <inheritdoc />
        public bool IsAvailable => !_dead();

        /// <inheritdoc />
        public bool Configure(string baseUrl, byte[] anchorCertificate, byte[] anchorFingerprint) => true;

        /// <inheritdoc />
        public bool Post(string idempotencyKey, byte[] body, int offset, int count)
        {
            if (_pending || _dead())
            {
                return false;
            }

            _body = body.AsSpan(offset, count).ToArray();
            _key = idempotencyKey;
            _pending = true;
            _lost = _plan.Strikes(FaultKind.HttpDropRequest);
            _dueMs = _clock.NowMs + (_lost ? TimeoutMs : 1 + (_plan.Strikes(FaultKind.HttpDelay) ? _plan.Random.Next(3_000) : 0));
            return true;
        }

        /// <inheritdoc />
        public RequestLinkState Poll(byte[] buffer, int offset, int capacity, out int length)
        {
            length = 0;
            if (!_pending)
            {
                return RequestLinkState.Idle;
            }

            if (_clock.NowMs < _dueMs)
            {
                return RequestLinkState.Pending;
            }

            _pending = false;
            if (_lost || _dead())
            {
                return RequestLinkState.Failed;
            }

            byte[] request = _plan.Strikes(FaultKind.HttpCorrupt) ? _plan.Flip(_body) : _body;
            PeerAnswer answer = _wallet().Handle(request, _key);
            if (_plan.Strikes(FaultKind.HttpDuplicate))
            {
                // The same bytes again (a retry the first answer crossed): the glasses read whichever came last.
                answer = _wallet().Handle(request, _key) ?? answer;
            }

            if (answer?.Body == null || _plan.Strikes(FaultKind.HttpDropResponse))
            {
                return RequestLinkState.Failed;
            }

            byte[] response = _plan.Strikes(FaultKind.HttpTruncate) ? _plan.Cut(answer.Body) : answer.Body;
            if (_plan.Strikes(FaultKind.HttpCorrupt))
            {
                response = _plan.Flip(response);
            }

            if (response.Length > capacity)
            {
                return RequestLinkState.Failed;
            }

            Buffer.BlockCopy(response, 0, buffer, offset, response.Length);
            length = response.Length;
            return RequestLinkState.Completed;
        }
    }
}
