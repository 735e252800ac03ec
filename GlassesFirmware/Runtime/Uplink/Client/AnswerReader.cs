using GlassesFirmware.Decision;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Uplink.Client
{
    /// <summary>
    /// Opens the wallet's answer to the message in flight and says what it means for the operation at the head of the
    /// queue (<see cref="AnswerVerdict"/>), keeping what answers leave behind: the single-use challenge a payment
    /// request needs, the last error code, and the details of the last decision. <see cref="OperationRunner"/> acts on
    /// the verdict; nothing here sends, schedules or throws.
    /// </summary>
    internal sealed class AnswerReader
    {
        private readonly CurrentPairing _pairing;
        private readonly PairingRun _run;
        private readonly PaymentState _payment;
        private readonly UplinkMessage _in = new UplinkMessage();
        private readonly byte[] _challenge = new byte[UplinkMessage.IdLength];
        private long _challengeExpires;
        private WireError _lastError;

        /// <summary>Reads answers for the pairing in <paramref name="pairing"/> and <paramref name="run"/>.</summary>
        internal AnswerReader(CurrentPairing pairing, PairingRun run, PaymentState payment)
        {
            _pairing = pairing;
            _run = run;
            _payment = payment;
        }

        /// <summary>The last error code the wallet sent.</summary>
        internal WireError LastError
        {
            get { return _lastError; }
        }

        /// <summary>The challenge for the next payment request (valid while <see cref="HasChallenge"/>).</summary>
        internal byte[] Challenge
        {
            get { return _challenge; }
        }

        /// <summary>Whether an unused challenge is still valid at <paramref name="now"/>.</summary>
        internal bool HasChallenge(long now)
        {
            return now < _challengeExpires;
        }

        /// <summary>Marks the challenge used: single use, the next payment request asks for a new one.</summary>
        internal void SpendChallenge()
        {
            _challengeExpires = 0;
        }

        /// <summary>
        /// Reads data[0 .. length), the answer to the message sealed with counter <paramref name="inFlight"/> for
        /// <paramref name="op"/>; <paramref name="awaitingChallenge"/> when that message was a Hello.
        /// </summary>
        internal AnswerVerdict Read(Operation op, byte[] data, int length, ulong inFlight, bool awaitingChallenge, long now)
        {
            if (op.IsPairing)
            {
                PairingStatus status = _run.Answer(op.Kind, data, length, _pairing);
                if (status == PairingStatus.BadProof)
                {
                    return AnswerVerdict.Ignore;
                }

                if (status != PairingStatus.Ok)
                {
                    return AnswerVerdict.PairingFailed;
                }

                return op.Kind == OperationKind.PairHello ? AnswerVerdict.PairingNext : AnswerVerdict.Paired;
            }

            if (!_pairing.TryOpenAnswer(data, length, inFlight, _in))
            {
                return AnswerVerdict.Ignore;
            }

            bool current = op.IsFor(_in.RequestId);
            if (_in.Type == MessageType.Error)
            {
                return ReadError();
            }

            if (awaitingChallenge)
            {
                if (_in.Type != MessageType.Challenge)
                {
                    return AnswerVerdict.Ignore;
                }

                System.Array.Copy(_in.Challenge, _challenge, _challenge.Length);
                _challengeExpires = now + _in.TtlMs;
                return AnswerVerdict.ChallengeReady;
            }

            if (_in.Type == MessageType.Keepalive && current)
            {
                return AnswerVerdict.PollLater;
            }

            if (_in.Type == MessageType.Ack && op.Kind == OperationKind.Voice && _in.HasRequestId && current && _in.Voice.Sequence == op.Sequence)
            {
                return AnswerVerdict.Acknowledged;
            }

            if (_in.Type != MessageType.Decision || !current)
            {
                return AnswerVerdict.Ignore;
            }

            if (op.Polling && _in.Decision.Outcome == (int)WalletOutcome.Pending)
            {
                return AnswerVerdict.PollLater;
            }

            if (_in.Decision.Outcome == (int)WalletOutcome.NeedsConfirmation && _payment.Matches(op.RequestId))
            {
                _payment.Heard(_in.AmountMinor, _in.CurrencyNumeric);
            }

            return AnswerVerdict.Decided;
        }

        /// <summary>Fills <paramref name="e"/> with the decision last read (<see cref="AnswerVerdict.Decided"/>).</summary>
        internal void Describe(WalletEvent e)
        {
            e.Outcome = (WalletOutcome)_in.Decision.Outcome;
            e.Reason = (DeclineReason)_in.Decision.Reason;
            e.ResolvedPayee = _in.Decision.ResolvedPayee;
            e.AmountMinor = _in.AmountMinor;
            e.CurrencyNumeric = _in.CurrencyNumeric;
        }

        private AnswerVerdict ReadError()
        {
            _lastError = _in.ErrorCode;
            switch (_in.ErrorCode)
            {
                case WireError.BadSeal:
                case WireError.Replayed:
                case WireError.ChallengeExpired:
                case WireError.ChallengeUsed:
                case WireError.Busy:
                case WireError.Internal:
                    _challengeExpires = 0;
                    return AnswerVerdict.Retry;
                default:
                    return AnswerVerdict.Fail;
            }
        }
    }
}
