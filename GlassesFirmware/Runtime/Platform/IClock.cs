namespace GlassesFirmware.Platform
{
    /// <summary>
    /// Monotonic time for every timeout, debounce and throttle in the runtime. Milliseconds since an
    /// arbitrary origin (boot on the device), never going backwards and unaffected by wall-clock changes.
    /// Implementations: the device tick counter on the glasses, a stopwatch on the host, a settable fake
    /// in tests. The runtime never sleeps: it compares <see cref="NowMs"/> with deadlines it computed.
    /// </summary>
    public interface IClock
    {
        /// <summary>Milliseconds since an arbitrary fixed origin; monotonic non-decreasing.</summary>
        long NowMs { get; }
    }
}
