using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Session.Loop
{
    /// <summary>The uplink's pairing, as the main loop drives it after the wearer's pairing and unpair gestures.</summary>
    public interface IPairingUplink
    {
        /// <summary>
        /// Starts the pairing handshake with the wallet whose pairing QR reads <paramref name="count"/> bytes of
        /// <paramref name="qrText"/> from <paramref name="offset"/>; <see cref="PairingStatus.Ok"/> when it started.
        /// </summary>
        PairingStatus BeginPairing(byte[] qrText, int offset, int count);

        /// <summary>The handshake's outcome: <see cref="PairingStatus.WrongState"/> while it runs.</summary>
        PairingStatus PairingResult { get; }

        /// <summary>Forgets the paired wallet.</summary>
        void Unpair();
    }
}
