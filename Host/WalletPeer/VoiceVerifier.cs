using System.Text;
using GlassesFirmware.Host.WalletPeer.Voice;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// The wallet's voice port: intent (did the wearer say "confirm", "cancel", or which amount) and voiceprint
    /// (is it the enrolled wearer). A wallet plugs its own speech and speaker-verification services in here; the
    /// reference wallet's default is <see cref="RecognizingVoiceVerifier"/> (PocketSphinx, offline).
    /// </summary>
    public interface IVoiceVerifier
    {
        /// <summary>
        /// Enrols the wearer of <paramref name="deviceId"/> with utterances recorded at pairing (16 kHz PCM): called with every
        /// complete sample, again when the wallet first sees the device after a restart (the stored samples are the
        /// persistent voiceprint), and with no samples when the pairing ends (unpaired or paired anew): forget the wearer.
        /// <paramref name="phrases"/> holds, for each sample, the <see cref="GlassesFirmware.Confirmation.EnrolmentScript"/>
        /// phrase it answers (from its sample id), or null when the id names none.
        /// </summary>
        void Enrol(byte[] deviceId, short[][] samples, string[] phrases);

        /// <summary>What the wearer said to name an amount: <see cref="VoiceHearing.Amount"/> is -1 when no amount was heard.</summary>
        VoiceHearing HearAmount(byte[] deviceId, VoiceClip utterance);

        /// <summary>
        /// Whether <paramref name="utterance"/> confirms paying <paramref name="amountDue"/> minor units: "confirm" or
        /// the same amount, by the enrolled wearer. Anything else declines with a typed reason, and "cancel" asks
        /// for the request to be cancelled (<see cref="VoiceHearing.Cancels"/>).
        /// </summary>
        VoiceHearing HearConfirmation(byte[] deviceId, VoiceClip utterance, long amountDue);
    }

    /// <summary>What a <see cref="IVoiceVerifier"/> heard and decided.</summary>
    public sealed record VoiceHearing(string Heard, IntentKind Intent, long Amount, int Reason)
    {
        /// <summary>Decline reason (docs/protocol.md 6.2 key 21): 0 none.</summary>
        public const int NoReason = 0;

        /// <summary>Decline reason: not the enrolled wearer's voice.</summary>
        public const int VoiceMismatch = 1;

        /// <summary>Decline reason: the utterance does not confirm this payment.</summary>
        public const int IntentMismatch = 2;

        /// <summary>The wearer said "cancel": the wallet cancels the request and books nothing.</summary>
        public bool Cancels => Intent == IntentKind.Cancel;

        /// <summary>Nothing heard (no audio, or audio the wallet cannot decode).</summary>
        public static VoiceHearing Nothing(string why) => new VoiceHearing(why, IntentKind.None, -1, IntentMismatch);
    }

    /// <summary>
    /// The documented test double (docs/wallet-peer.md), never the default: it does not process audio. The
    /// "utterance" is the chunk bytes read as ASCII: an amount utterance is its digits ("1250" = 12.50); a
    /// confirmation is accepted unless it contains "REJECT" (intent), "CANCEL" (cancel) or "IMPOSTOR" (voiceprint).
    /// Protocol tests stream those markers as the voice bytes.
    /// </summary>
    public sealed class MarkerVoiceVerifier : IVoiceVerifier
    {
        /// <inheritdoc />
        public void Enrol(byte[] deviceId, short[][] samples, string[] phrases)
        {
        }

        /// <inheritdoc />
        public VoiceHearing HearAmount(byte[] deviceId, VoiceClip utterance)
        {
            long value = 0;
            int digits = 0;
            foreach (byte b in utterance.Encoded)
            {
                if (b >= '0' && b <= '9' && digits < 15)
                {
                    value = value * 10 + (b - '0');
                    digits++;
                }
            }

            return digits == 0
                ? VoiceHearing.Nothing("no digits")
                : new VoiceHearing(value.ToString(), IntentKind.Amount, value, VoiceHearing.NoReason);
        }

        /// <inheritdoc />
        public VoiceHearing HearConfirmation(byte[] deviceId, VoiceClip utterance, long amountDue)
        {
            string text = Encoding.ASCII.GetString(utterance.Encoded);
            if (text.Contains("IMPOSTOR"))
            {
                return new VoiceHearing(text, IntentKind.Confirm, -1, VoiceHearing.VoiceMismatch);
            }

            if (text.Contains("CANCEL"))
            {
                return new VoiceHearing(text, IntentKind.Cancel, -1, VoiceHearing.IntentMismatch);
            }

            return text.Contains("REJECT") || utterance.Encoded.Length == 0
                ? new VoiceHearing(text, IntentKind.None, -1, VoiceHearing.IntentMismatch)
                : new VoiceHearing(text, IntentKind.Confirm, -1, VoiceHearing.NoReason);
        }
    }
}
