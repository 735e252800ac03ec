namespace GlassesFirmware.Uplink.Sealing
{
    /// <summary>Who sealed a message. Each direction has its own keys and its own counter.</summary>
    public enum SealDirection
    {
        /// <summary>Sent by the glasses, opened by the wallet.</summary>
        GlassesToWallet = 1,

        /// <summary>Sent by the wallet, opened by the glasses.</summary>
        WalletToGlasses = 2
    }
}
