using GlassesFirmware.Storage;
using GlassesFirmware.Uplink.Channel;
using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;
using GlassesFirmware.Uplink.Sealing;

namespace GlassesFirmware.Uplink.Client
{
    /// <summary>
    /// The pairing in force: its stored record, its counters and the glasses' <see cref="UplinkChannel"/> over
    /// them. Loads, stores and forgets all three together, and points the request link at the paired wallet.
    /// </summary>
    internal sealed class CurrentPairing
    {
        private readonly ICryptoPrimitives _crypto;
        private readonly IRecordStore _store;
        private readonly UplinkLinks _links;
        private readonly CounterStore _counters;
        private PairingKeys _keys;

        /// <summary>Keeps the pairing in <paramref name="store"/>.</summary>
        public CurrentPairing(ICryptoPrimitives crypto, IRecordStore store, UplinkLinks links)
        {
            _crypto = crypto;
            _store = store;
            _links = links;
            _counters = new CounterStore(store, CounterStore.DefaultBlock);
        }

        /// <summary>True when a pairing is loaded.</summary>
        public bool IsPaired
        {
            get { return _keys != null; }
        }

        /// <summary>The device id of the pairing (a copy), or null.</summary>
        public byte[] DeviceId
        {
            get { return _keys == null ? null : (byte[])_keys.Record.DeviceId.Clone(); }
        }

        /// <summary>The counters.</summary>
        public CounterStore Counters
        {
            get { return _counters; }
        }

        /// <summary>
        /// Loads the stored pairing and counters. False when a record exists but cannot be read: the client then
        /// stays unpaired rather than risk reusing a counter.
        /// </summary>
        public bool Load()
        {
            PairingRecord record = new PairingRecord();
            PairingStatus status = PairingRecord.Load(_store, record);
            if (status == PairingStatus.Refused)
            {
                return true;
            }

            if (status != PairingStatus.Ok || !_counters.Load())
            {
                return false;
            }

            Adopt(record);
            return true;
        }

        /// <summary>
        /// Stores a completed handshake's pairing and starts its counters above the handshake's (the glasses' 2, the
        /// wallet's <paramref name="walletCounter"/>); it then replaces the one in force. False (nothing stored, the
        /// earlier pairing kept) when a write fails.
        /// </summary>
        public bool Store(PairingRecord record, ulong walletCounter)
        {
            if (!record.Save(_store) || !_counters.Reset(PairingHandshake.FinishCounter, walletCounter))
            {
                _store.Delete(PairingRecord.RecordName);
                return false;
            }

            if (_keys != null)
            {
                _keys.Channel.Wipe();
            }

            Adopt(record);
            return true;
        }

        /// <summary>Wipes the keys and deletes the pairing and counter records; true when the records are gone.</summary>
        public bool Forget()
        {
            if (_keys != null)
            {
                _keys.Wipe();
                _keys = null;
            }

            _links.Configure(null, null, null);
            bool counters = _counters.Wipe();
            return _store.Delete(PairingRecord.RecordName) && counters;
        }

        /// <summary>Seals <paramref name="message"/> under the next counter; false when unpaired or it cannot be sealed.</summary>
        public bool TrySeal(UplinkMessage message, byte[] associatedData, out ulong counter, out byte[] routed)
        {
            counter = 0;
            routed = null;
            return _keys != null && _keys.Channel.Seal(message, associatedData, out counter, out routed) == SealStatus.Ok;
        }

        /// <summary>Opens the wallet's answer to the message sealed under <paramref name="replyTo"/>; records its counter when accepted.</summary>
        public bool TryOpenAnswer(byte[] data, int length, ulong replyTo, UplinkMessage into)
        {
            if (_keys == null || _keys.Channel.OpenAnswer(data, 0, length, replyTo, into) != OpenStatus.Ok)
            {
                return false;
            }

            _counters.Received(_keys.Channel.LastCounter);
            return true;
        }

        private void Adopt(PairingRecord record)
        {
            _keys = new PairingKeys(_crypto, record, _counters);
            _links.Configure(record.HttpsEndpoint, record.AnchorCertificate, record.AnchorFingerprint);
        }
    }
}
