using GlassesFirmware.Uplink.Channel;
using GlassesFirmware.Uplink.Crypto;

namespace GlassesFirmware.Uplink.Pairing
{
    /// <summary>
    /// A pairing record and the glasses' <see cref="UplinkChannel"/> over its keys, wiped together: the
    /// handshake's pairing in progress and the client's pairing in force are each one of these.
    /// </summary>
    internal sealed class PairingKeys
    {
        private readonly PairingRecord _record;
        private readonly UplinkChannel _channel;

        /// <summary>Derives the glasses' channel of <paramref name="record"/>, its counters from <paramref name="counters"/>.</summary>
        public PairingKeys(ICryptoPrimitives crypto, PairingRecord record, IChannelCounters counters)
        {
            _record = record;
            _channel = new UplinkChannel(crypto, record.Secret, record.WalletId, record.DeviceId, ChannelRole.Glasses, counters);
        }

        /// <summary>The pairing record.</summary>
        public PairingRecord Record
        {
            get { return _record; }
        }

        /// <summary>The glasses' channel of the pairing.</summary>
        public UplinkChannel Channel
        {
            get { return _channel; }
        }

        /// <summary>Overwrites the channel's keys and the record's secret and device id.</summary>
        public void Wipe()
        {
            _channel.Wipe();
            _record.Wipe();
        }
    }
}
