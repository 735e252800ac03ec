using GlassesFirmware.Uplink.Client;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Session.Loop
{
    /// <summary>The pairing port over the uplink's <see cref="WalletClient"/>.</summary>
    public sealed class WalletPairing : IPairingUplink
    {
        private readonly WalletClient _wallet;

        /// <summary>Pairs <paramref name="wallet"/>.</summary>
        public WalletPairing(WalletClient wallet)
        {
            _wallet = wallet;
        }

        /// <inheritdoc />
        public PairingStatus PairingResult
        {
            get { return _wallet.PairingResult; }
        }

        /// <inheritdoc />
        public PairingStatus BeginPairing(byte[] qrText, int offset, int count)
        {
            return _wallet.BeginPairing(qrText, offset, count);
        }

        /// <inheritdoc />
        public void Unpair()
        {
            _wallet.Unpair();
        }
    }
}
