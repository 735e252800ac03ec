using System;

namespace GlassesFirmware.Host.WalletPeer.Voice
{
    /// <summary>
    /// The reference wallet's voice port: decodes the utterance (any codec), recognizes it with
    /// <see cref="PocketSphinx"/> against <see cref="SpokenIntent.Grammar"/>, and decides. A confirmation is
    /// "confirm", or the amount due spoken; "cancel" cancels; anything else, silence and noise included, is
    /// declined IntentMismatch. The voiceprint, when the wearer enrolled, is checked by <see cref="IVoiceprint"/>
    /// (the reference <see cref="SpectralVoiceprint"/> is a documented baseline, docs/wallet-peer.md).
    /// </summary>
    public sealed class RecognizingVoiceVerifier : IVoiceVerifier, IDisposable
    {
        // Word insertion probability of the confirmation recognizer: a strong penalty on extra words keeps a
        // one-word "confirm" from being split into number words ("eight two"); amounts keep the default, as they
        // are several words ("glasses-sim listen": confirm/cancel 68.8 % to 79.2 % right, no extra false accept).
        private const double ConfirmationWordInsertion = 1e-2;

        private readonly PocketSphinx _confirmations;
        private readonly PocketSphinx _amounts;
        private readonly IVoiceprint _voiceprint;

        /// <summary>Loads the recognizer (throws <see cref="SpeechRecognizerMissingException"/> without it) and uses <paramref name="voiceprint"/>.</summary>
        public RecognizingVoiceVerifier(IVoiceprint voiceprint)
        {
            _amounts = PocketSphinx.Open(SpokenIntent.Grammar);
            try
            {
                _confirmations = PocketSphinx.Open(SpokenIntent.Grammar, ConfirmationWordInsertion);
            }
            catch
            {
                _amounts.Dispose();
                throw;
            }

            _voiceprint = voiceprint;
        }

        /// <summary>The words the confirmation recognizer hears in <paramref name="pcm"/> (16 kHz), for tools and tests.</summary>
        public string Recognize(short[] pcm) => _confirmations.Recognize(pcm);

        /// <inheritdoc />
        public void Enrol(byte[] deviceId, short[][] samples) => _voiceprint.Enrol(deviceId, samples);

        /// <inheritdoc />
        public VoiceHearing HearAmount(byte[] deviceId, VoiceClip utterance)
        {
            if (!TryHear(_amounts, utterance, out string heard, out short[] pcm))
            {
                return VoiceHearing.Nothing(heard);
            }

            IntentKind intent = SpokenIntent.Read(heard, out long amount);
            if (intent != IntentKind.Amount)
            {
                return new VoiceHearing(heard, intent, -1, VoiceHearing.IntentMismatch);
            }

            return new VoiceHearing(heard, intent, amount, _voiceprint.Matches(deviceId, pcm) ? VoiceHearing.NoReason : VoiceHearing.VoiceMismatch);
        }

        /// <inheritdoc />
        public VoiceHearing HearConfirmation(byte[] deviceId, VoiceClip utterance, long amountDue)
        {
            if (!TryHear(_confirmations, utterance, out string heard, out short[] pcm))
            {
                return VoiceHearing.Nothing(heard);
            }

            IntentKind intent = SpokenIntent.Read(heard, out long amount);
            bool confirms = intent == IntentKind.Confirm || (intent == IntentKind.Amount && amount == amountDue);
            if (!confirms)
            {
                return new VoiceHearing(heard, intent, amount, VoiceHearing.IntentMismatch);
            }

            return new VoiceHearing(heard, intent, amount, _voiceprint.Matches(deviceId, pcm) ? VoiceHearing.NoReason : VoiceHearing.VoiceMismatch);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _confirmations.Dispose();
            _amounts.Dispose();
        }

        private static bool TryHear(PocketSphinx recognizer, VoiceClip utterance, out string heard, out short[] pcm)
        {
            try
            {
                pcm = utterance.Pcm;
            }
            catch (FormatException e)
            {
                heard = "(undecodable voice: " + e.Message + ")";
                pcm = null;
                return false;
            }

            heard = recognizer.Recognize(pcm);
            return true;
        }
    }
}
