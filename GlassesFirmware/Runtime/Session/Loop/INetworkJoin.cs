namespace GlassesFirmware.Session.Loop
{
    /// <summary>Joining the network the HTTPS link uses (Wi-Fi), without blocking the caller.</summary>
    public interface INetworkJoin
    {
        /// <summary>Starts joining unless connected or already joining; returns at once.</summary>
        void Join();

        /// <summary>True while a join started by <see cref="Join"/> is under way (sleep would turn the radio off under it).</summary>
        bool IsJoining { get; }
    }
}
