namespace GlassesFirmware.Session
{
    /// <summary>What an <see cref="AuditLog"/> entry records.</summary>
    public enum AuditEvent
    {
        /// <summary>State changed; detail = the new <see cref="SessionState"/>.</summary>
        Entered = 0,
        /// <summary>A trigger armed the session; detail = <see cref="Decision.TriggerSource"/>.</summary>
        Triggered = 1,
        /// <summary>Payment codes seen in one look; detail = how many different ones.</summary>
        CodesSeen = 2,
        /// <summary>A code was classified; detail = <see cref="Payload.PayloadKind"/>.</summary>
        Classified = 3,
        /// <summary>The in-flight record was stored and the request submitted; detail = low 31 bits of the counter.</summary>
        Submitted = 4,
        /// <summary>A wallet decision arrived; detail = <see cref="Decision.WalletOutcome"/> * 100 + <see cref="Decision.DeclineReason"/>.</summary>
        WalletAnswer = 5,
        /// <summary>The wallet sent a keepalive.</summary>
        Keepalive = 6,
        /// <summary>The wallet link went down (detail 0) or came back (detail 1).</summary>
        Link = 7,
        /// <summary>The wearer confirmed; detail = <see cref="Decision.ConfirmationMethod"/>.</summary>
        Confirmed = 8,
        /// <summary>An utterance was streamed; detail = number of 20 ms blocks.</summary>
        Voice = 9,
        /// <summary>The session ended; detail = <see cref="SessionOutcome"/> * 100 + <see cref="SessionError"/>.</summary>
        Ended = 10,
        /// <summary>A request from before (reboot, timeout, cancel) was settled; detail as <see cref="WalletAnswer"/>.</summary>
        Settled = 11,
        /// <summary>A system gesture (pairing mode 4, unpair 5) was passed on; detail = <see cref="Trigger.Gesture"/>.</summary>
        System = 12,
        /// <summary>An exception was caught and the session reset; detail = the state it happened in.</summary>
        Fault = 13,
    }
}
