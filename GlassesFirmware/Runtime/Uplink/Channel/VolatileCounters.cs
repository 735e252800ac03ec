namespace GlassesFirmware.Uplink.Channel
{
    /// <summary>
    /// Counters kept only in memory: for a pairing handshake, whose few counters are fixed by the protocol and
    /// which nothing resumes after a restart (both ends start it again from a fresh offer).
    /// </summary>
    public sealed class VolatileCounters : IChannelCounters
    {
        private ulong _lastSent;
        private ulong _lastReceived;

        /// <summary>Starts above <paramref name="lastSent"/> and <paramref name="lastReceived"/>.</summary>
        public VolatileCounters(ulong lastSent, ulong lastReceived)
        {
            _lastSent = lastSent;
            _lastReceived = lastReceived;
        }

        /// <summary>The last counter handed out.</summary>
        public ulong LastSent
        {
            get { return _lastSent; }
        }

        /// <inheritdoc />
        public ulong LastReceived
        {
            get { return _lastReceived; }
        }

        /// <inheritdoc />
        public bool TryNext(out ulong counter)
        {
            counter = ++_lastSent;
            return true;
        }

        /// <summary>Notes a counter accepted from the peer.</summary>
        public void Received(ulong counter)
        {
            if (counter > _lastReceived)
            {
                _lastReceived = counter;
            }
        }
    }
}
