using System;
using GlassesFirmware.Session.Loop;
using GlassesFirmware.Uplink.Client;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Host.Simulator.Demo
{
    /// <summary>
    /// The main loop's pairing port in the simulator: the uplink's pairing (<see cref="WalletPairing"/>), after the
    /// loopback BLE radio has dialled the frame endpoint the offer names (the phone a real radio would see). Keeps
    /// the start status and why the radio could not connect, for the simulator's report.
    /// </summary>
    public sealed class SimulatedPairing : IPairingUplink
    {
        private readonly WalletPairing _pairing;
        private readonly LoopbackBleRadio _radio;
        private readonly EventLog _log;

        /// <summary>Pairs <paramref name="wallet"/>, over <paramref name="radio"/> when not null.</summary>
        public SimulatedPairing(WalletClient wallet, LoopbackBleRadio radio, EventLog log)
        {
            _pairing = new WalletPairing(wallet);
            _radio = radio;
            _log = log;
        }

        /// <summary>How the last start went; <see cref="PairingStatus.WrongState"/> before any.</summary>
        public PairingStatus Begun { get; private set; } = PairingStatus.WrongState;

        /// <summary>Why the radio could not reach the wallet, or null.</summary>
        public string RadioError { get; private set; }

        /// <inheritdoc />
        public PairingStatus PairingResult => _pairing.PairingResult;

        /// <inheritdoc />
        public PairingStatus BeginPairing(byte[] qrText, int offset, int count)
        {
            _log.Add("pair", "read the wallet's pairing QR with the glasses' decoder: " + count + " characters");
            var offer = new PairingOffer();
            if (_radio != null && PairingOffer.Parse(qrText, offset, count, offer) == PairingStatus.Ok)
            {
                _log.Add("pair", "offer for wallet " + Convert.ToHexStringLower(offer.WalletId) + ": " + offer.HttpsEndpoint + ", " + offer.FrameEndpoint);
                RadioError = _radio.Connect(offer.FrameEndpoint);
            }
            offer.Wipe();
            Begun = RadioError != null ? PairingStatus.Refused : _pairing.BeginPairing(qrText, offset, count);
            return Begun;
        }

        /// <inheritdoc />
        public void Unpair() => _pairing.Unpair();
    }
}
