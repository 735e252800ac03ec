namespace GlassesFirmware.Uplink.Links
{
    /// <summary>State of an <see cref="IRequestLink"/> exchange.</summary>
    public enum RequestLinkState
    {
        /// <summary>No exchange is running.</summary>
        Idle = 0,
        /// <summary>Sending or waiting for the response.</summary>
        Pending = 1,
        /// <summary>A 200 response body was received.</summary>
        Completed = 2,
        /// <summary>The exchange failed; nothing was received.</summary>
        Failed = 3,
    }
}
