using System;
using GlassesFirmware.Decision;
using GlassesFirmware.Frame;
using GlassesFirmware.Payload;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// The different payment codes seen in one look (at most <see cref="PaymentSession.MaxCandidates"/>), each
    /// classified once: the same code seen twice is one candidate, and text, binary and consumer codes are not
    /// candidates. Remembers why a look found nothing payable (<see cref="Refusal"/>) and which candidate the
    /// wearer is choosing.
    /// </summary>
    internal sealed class CandidateSet : ICodeSink
    {
        private readonly PayloadAnalyzer _analyzer;
        private readonly AuditLog _audit;
        private readonly ReadbackTiming _timing;
        private readonly byte[][] _payload = new byte[PaymentSession.MaxCandidates][];
        private readonly int[] _length = new int[PaymentSession.MaxCandidates];
        private readonly long[] _hash = new long[PaymentSession.MaxCandidates];
        private readonly PaymentIntent[] _intent = new PaymentIntent[PaymentSession.MaxCandidates];
        private int _count;
        private int _choice;
        private SessionError _refusal;
        private string _refusalExplanation;
        private long _lookAt;
        private SessionState _lookState;

        /// <summary>
        /// Candidates classified by <paramref name="analyzer"/>, each classification noted in <paramref name="audit"/> and
        /// its cost in <paramref name="timing"/>.
        /// </summary>
        internal CandidateSet(PayloadAnalyzer analyzer, AuditLog audit, ReadbackTiming timing)
        {
            _analyzer = analyzer;
            _audit = audit;
            _timing = timing;
            for (int i = 0; i < PaymentSession.MaxCandidates; i++)
            {
                _payload[i] = new byte[PaymentSession.MaxPayload];
            }
        }

        /// <summary>Different payment codes seen.</summary>
        internal int Count
        {
            get { return _count; }
        }

        /// <summary>Why the codes seen were not payable (<see cref="SessionError.None"/> while nothing was refused).</summary>
        internal SessionError Refusal
        {
            get { return _refusal; }
        }

        /// <summary>What the refused code is, said instead of the refusal's phrase (<see cref="SessionGuards.Explanation"/>), or null.</summary>
        internal string RefusalExplanation
        {
            get { return _refusalExplanation; }
        }

        /// <summary>The candidate read back to the wearer while choosing.</summary>
        internal int Choice
        {
            get { return _choice; }
        }

        /// <summary>Forgets every candidate (a new trigger).</summary>
        internal void Clear()
        {
            _count = 0;
            _choice = 0;
            _refusal = SessionError.None;
            _refusalExplanation = null;
        }

        /// <summary>Stamps the audit entries of the look about to be read.</summary>
        internal void BeginLook(long nowMs, SessionState state)
        {
            _lookAt = nowMs;
            _lookState = state;
        }

        /// <summary>Moves the choice to the next candidate, round the set.</summary>
        internal void ChooseNext()
        {
            _choice = (_choice + 1) % _count;
        }

        /// <summary>The analysis of candidate <paramref name="index"/>.</summary>
        internal PaymentIntent Intent(int index)
        {
            return _intent[index];
        }

        /// <summary>Copies candidate <paramref name="index"/>'s payload into <paramref name="request"/>.</summary>
        internal void CopyPayload(int index, PaymentRequest request)
        {
            Array.Copy(_payload[index], 0, request.Payload, 0, _length[index]);
            request.PayloadLength = _length[index];
        }

        /// <inheritdoc />
        public void OnCode(byte[] payload, int length)
        {
            if (length > PaymentSession.MaxPayload)
            {
                OnTooLong();
                return;
            }
            long hash = PayloadDigest.Compute(payload, 0, length);
            for (int i = 0; i < _count; i++)
            {
                if (_hash[i] == hash && _length[i] == length)
                {
                    return;
                }
            }
            _timing.BeginStage();
            PaymentIntent intent = _analyzer.Analyze(payload, 0, length);
            _timing.EndAnalysis();
            _audit.Add(_lookAt, _lookState, AuditEvent.Classified, (int)intent.Kind);
            if (!IsPaymentKind(intent.Kind))
            {
                if (_refusal == SessionError.None)
                {
                    _refusal = SessionError.NotPayment;
                    _refusalExplanation = SessionGuards.Explanation(intent);
                }
                return;
            }
            if (_count == PaymentSession.MaxCandidates)
            {
                return;
            }
            Array.Copy(payload, 0, _payload[_count], 0, length);
            _length[_count] = length;
            _hash[_count] = hash;
            _intent[_count] = intent;
            _count++;
        }

        /// <inheritdoc />
        public void OnTooLong()
        {
            _refusal = SessionError.PayloadTooLong;
            _refusalExplanation = null;
        }

        private static bool IsPaymentKind(PayloadKind kind)
        {
            return kind != PayloadKind.Empty && kind != PayloadKind.PlainText && kind != PayloadKind.Binary
                && kind != PayloadKind.EmvConsumer && kind != PayloadKind.NotPayment;
        }
    }
}
