namespace GlassesFirmware.Decision
{
    /// <summary>
    /// The wallet as seen by glasses that have no link at all (an image without BLE and no Wi-Fi configured):
    /// every call reports <see cref="WalletCallStatus.LinkDown"/>, so the session refuses to pay and says why.
    /// </summary>
    public sealed class NoWalletLink : IWalletClient
    {
        /// <inheritdoc />
        public bool IsLinkUp
        {
            get { return false; }
        }

        /// <inheritdoc />
        public WalletCallStatus Submit(PaymentRequest request)
        {
            return WalletCallStatus.LinkDown;
        }

        /// <inheritdoc />
        public WalletCallStatus SendVoice(byte[] requestId, VoicePurpose purpose, int sequence, byte[] data, int offset, int count, bool last)
        {
            return WalletCallStatus.LinkDown;
        }

        /// <inheritdoc />
        public WalletCallStatus Confirm(byte[] requestId, ConfirmationMethod method, string readback)
        {
            return WalletCallStatus.LinkDown;
        }

        /// <inheritdoc />
        public WalletCallStatus QueryStatus(byte[] requestId)
        {
            return WalletCallStatus.LinkDown;
        }

        /// <inheritdoc />
        public WalletCallStatus Cancel(byte[] requestId)
        {
            return WalletCallStatus.LinkDown;
        }

        /// <inheritdoc />
        public bool Poll(WalletEvent into)
        {
            return false;
        }
    }
}
