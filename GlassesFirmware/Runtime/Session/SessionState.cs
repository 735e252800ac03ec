
namespace GlassesFirmware.Session
{
    /// <summary>Where a payment session is. Every state except <see cref="Idle"/> has a timeout and a cancel.</summary>
    public enum SessionState
    {
        /// <summary>Waiting for a trigger; nothing is parsed.</summary>
        Idle = 0,
        /// <summary>Trigger accepted, capture starting.</summary>
        Armed = 1,
        /// <summary>Looking for a payment code (time cap, throttled frames).</summary>
        Scanning = 2,
        /// <summary>Two or more different payment codes were in view: the wearer chooses one or cancels.</summary>
        Choosing = 3,
        /// <summary>A payment code was accepted and sent to the wallet, which resolves payee and amount.</summary>
        Understood = 4,
        /// <summary>The wearer must say the amount (static code).</summary>
        Prompting = 5,
        /// <summary>Readback spoken; waiting for "confirm" or a tap.</summary>
        Confirming = 6,
        /// <summary>Confirmed; waiting for the wallet's decision (also: asking about a request from before a reboot).</summary>
        Authorizing = 7,
        /// <summary>Outcome shown; back to idle after a moment or a gesture.</summary>
        Done = 8,
    }
}
