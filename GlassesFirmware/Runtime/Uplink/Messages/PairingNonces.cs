namespace GlassesFirmware.Uplink.Messages
{
    /// <summary>The two nonces of the pairing handshake (keys 25 and 26 of PairHello, PairProof and PairFinish).</summary>
    public sealed class PairingNonces
    {
        /// <summary>Key 25: the glasses' pairing nonce.</summary>
        public readonly byte[] Glasses = new byte[UplinkMessage.IdLength];

        /// <summary>Key 26: the wallet's pairing nonce.</summary>
        public readonly byte[] Wallet = new byte[UplinkMessage.IdLength];

        /// <summary>Clears both nonces.</summary>
        public void Clear()
        {
            System.Array.Clear(Glasses, 0, UplinkMessage.IdLength);
            System.Array.Clear(Wallet, 0, UplinkMessage.IdLength);
        }
    }
}
