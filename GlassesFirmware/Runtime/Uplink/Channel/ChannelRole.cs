namespace GlassesFirmware.Uplink.Channel
{
    /// <summary>Which end of a pairing a <see cref="UplinkChannel"/> is: it seals with that end's keys and opens the other's.</summary>
    public enum ChannelRole
    {
        /// <summary>The glasses: seal glasses-to-wallet (routed by device id), open wallet-to-glasses.</summary>
        Glasses = 1,

        /// <summary>The wallet: seal wallet-to-glasses (bare envelopes), open glasses-to-wallet.</summary>
        Wallet = 2
    }
}
