using System.Text;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// The wallet's voice services: intent (did the wearer say "confirm" to this readback, or which amount did
    /// they say) and voiceprint. A real wallet calls its speech and speaker-verification services here.
    /// </summary>
    public interface IVoiceVerifier
    {
        /// <summary>The amount in minor units spoken in <paramref name="utterance"/>, or -1.</summary>
        long SpokenAmount(byte[] utterance);

        /// <summary>0 when the utterance confirms and matches the wearer, else the decline reason (1 voiceprint, 2 intent).</summary>
        int CheckConfirmation(byte[] utterance);
    }

    /// <summary>
    /// The documented test stand-in (docs/wallet-peer.md): it does not process audio. The "utterance" is the
    /// concatenated chunk bytes, read as ASCII: an amount utterance is its digits ("1250" = 12.50); a
    /// confirmation is accepted unless it contains "REJECT" (intent) or "IMPOSTOR" (voiceprint). Tests stream
    /// those markers as the voice bytes.
    /// </summary>
    public sealed class MarkerVoiceVerifier : IVoiceVerifier
    {
        /// <inheritdoc />
        public long SpokenAmount(byte[] utterance)
        {
            long value = 0;
            int digits = 0;
            foreach (byte b in utterance)
            {
                if (b >= '0' && b <= '9' && digits < 15)
                {
                    value = value * 10 + (b - '0');
                    digits++;
                }
            }

            return digits == 0 ? -1 : value;
        }

        /// <inheritdoc />
        public int CheckConfirmation(byte[] utterance)
        {
            string text = Encoding.ASCII.GetString(utterance);
            if (text.Contains("IMPOSTOR"))
            {
                return 1;
            }

            return text.Contains("REJECT") || utterance.Length == 0 ? 2 : 0;
        }
    }
}
