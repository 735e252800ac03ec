namespace GlassesFirmware.Uplink.Client
{
    /// <summary>What an answer from the wallet means for the operation at the head of the queue (<see cref="AnswerReader"/>).</summary>
    internal enum AnswerVerdict
    {
        /// <summary>Not the answer (stray, stale, forged, or not for this operation): the attempt's timeout still runs.</summary>
        Ignore,

        /// <summary>A refusal worth another attempt (bad seal, replay, challenge expired or used, busy, internal).</summary>
        Retry,

        /// <summary>A refusal no retry can change: the operation fails.</summary>
        Fail,

        /// <summary>A fresh challenge arrived: the payment request can be sent now.</summary>
        ChallengeReady,

        /// <summary>The wallet is still deciding (HTTPS keepalive, or a pending status): ask again shortly.</summary>
        PollLater,

        /// <summary>The wallet acknowledged the voice chunk in flight.</summary>
        Acknowledged,

        /// <summary>The wallet decided on the request in flight (<see cref="AnswerReader.Describe"/> gives the details).</summary>
        Decided,

        /// <summary>The pairing answer was refused or did not verify: pairing stops.</summary>
        PairingFailed,

        /// <summary>The wallet's pairing hello verified: the pairing finish comes next.</summary>
        PairingNext,

        /// <summary>Pairing finished.</summary>
        Paired
    }
}
