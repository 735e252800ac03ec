namespace GlassesFirmware.Session
{
    /// <summary>How a session ended.</summary>
    public enum SessionOutcome
    {
        /// <summary>No session has ended yet.</summary>
        None = 0,
        /// <summary>The wallet paid.</summary>
        Approved = 1,
        /// <summary>The wallet refused (see <see cref="PaymentSession.LastDecline"/>).</summary>
        Declined = 2,
        /// <summary>Something went wrong (see <see cref="PaymentSession.LastError"/>).</summary>
        Failed = 3,
        /// <summary>The wearer cancelled.</summary>
        Cancelled = 4,
        /// <summary>The glasses refused to start (battery, heat, an unresolved earlier request).</summary>
        Refused = 5,
    }
}
