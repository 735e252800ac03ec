using System;
using System.Collections.Generic;

namespace GlassesFirmware.Host.WalletPeer.Voice
{
    /// <summary>
    /// The reference wallet's voice port: decodes the utterance (any codec), suppresses its steady room noise
    /// (<see cref="NoiseSuppressor"/>), recognizes it with <see cref="PocketSphinx"/> (a spoken amount against
    /// <see cref="SpokenIntent.Grammar"/>, a confirmation against <see cref="SpokenIntent.ConfirmationGrammar"/> of the
    /// amount due), and decides. A confirmation is "confirm", or the amount due spoken; "cancel" cancels; anything else, silence and noise included, is
    /// declined IntentMismatch. The voiceprint, when the wearer enrolled, is checked by <see cref="IVoiceprint"/>
    /// (the reference <see cref="SpectralVoiceprint"/> is a documented baseline, docs/wallet-peer.md).
    /// </summary>
    public sealed class RecognizingVoiceVerifier : IVoiceVerifier, IDisposable
    {
        // Word insertion probability of the confirmation recognizer: a strong penalty on extra words keeps a
        // one-word "confirm" from being split into number words ("eight two"); amounts keep the default, as they
        // are several words ("glasses-sim listen": confirm/cancel 68.8 % to 79.2 % right, no extra false accept).
        private const double ConfirmationWordInsertion = 1e-2;

        // The amount recognizer: fewer words and more silence than pocketsphinx's defaults (-wip 0.65, -silprob 0.005),
        // so the room sound the glasses send after an amount is not heard as one more number word ("fifty one sixty"
        // as "fifty one sixty eight"). Chosen on the development set ("glasses-sim listen --dev", docs/wallet-peer.md):
        // amounts 57.4 % to 61.4 %, and 47.2 % to 51.7 % and 58.5 % to 61.4 % on two sets it was not chosen on; the
        // corpus unchanged at 67.3 %. The confirmation recognizer keeps -silprob's default: 0.5 there confirmed a dev negative.
        private const double AmountWordInsertion = 0.1;
        private const double AmountSilence = 0.5;

        /// <summary>
        /// How much better, in the recognizer's log score per 10 ms frame, the amount due must fit an utterance heard as
        /// it than the best phrase one word away (<see cref="SpokenIntent.Neighbours"/>) before a spoken amount confirms.
        /// Measured ("glasses-sim listen --negatives", docs/wallet-peer.md): other amounts heard as the amount due
        /// ("four eighteen" as "four eighty") fit it by at most 10.4; the amount due spoken, by 7.2 to 15.1.
        /// </summary>
        public const double AmountMargin = 12.0;

        /// <summary>
        /// How much better, in the recognizer's log score per 10 ms frame, the confirm phrase heard must fit the utterance
        /// than every cancel phrase before it confirms. Chosen on the development set ("glasses-sim listen --dev",
        /// docs/wallet-peer.md): its two "cancel payment"s heard as "confirm payment" fit it by 3.2 and 4.4; its
        /// confirmations by -2.9 to 4.5 (four of 44) and 5.5 upwards. A confirmation declined is said again or tapped;
        /// a cancel that confirms pays.
        /// </summary>
        public const double ConfirmMargin = 5.0;

        private readonly PocketSphinx _confirmations;
        private readonly PocketSphinx _amounts;
        private readonly IVoiceprint _voiceprint;

        /// <summary>Loads the recognizer (throws <see cref="SpeechRecognizerMissingException"/> without it) and uses <paramref name="voiceprint"/>.</summary>
        public RecognizingVoiceVerifier(IVoiceprint voiceprint)
        {
            _amounts = PocketSphinx.Open(SpokenIntent.Grammar, AmountWordInsertion, AmountSilence);
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

        /// <summary>The words the confirmation recognizer hears in <paramref name="pcm"/> (16 kHz, its noise suppressed first), for tools and tests.</summary>
        public string Recognize(short[] pcm) => _confirmations.Recognize(NoiseSuppressor.Suppress(pcm));

        /// <inheritdoc />
        public void Enrol(byte[] deviceId, short[][] samples) => _voiceprint.Enrol(deviceId, samples);

        /// <inheritdoc />
        public VoiceHearing HearAmount(byte[] deviceId, VoiceClip utterance)
        {
            if (!TryDecode(utterance, out string failure, out short[] pcm, out short[] suppressed))
            {
                return VoiceHearing.Nothing(failure);
            }

            string heard = _amounts.Recognize(suppressed);

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
            if (!TryDecode(utterance, out string failure, out short[] pcm, out short[] suppressed))
            {
                return VoiceHearing.Nothing(failure);
            }

            // Heard against the amount due and its neighbours only: with every number string in the grammar, "cancel"
            // and "confirm" in room noise were heard as "nineteen" or "eight two" (corpus 88.6 % to 93.2 % right).
            string heard = _confirmations.Score(SpokenIntent.ConfirmationGrammar(amountDue), suppressed, out _);
            IntentKind intent = SpokenIntent.Read(heard, out long amount);
            bool confirms = intent == IntentKind.Confirm || (intent == IntentKind.Amount && amount == amountDue);
            if (!confirms)
            {
                return new VoiceHearing(heard, intent, amount, VoiceHearing.IntentMismatch);
            }

            if (intent == IntentKind.Confirm)
            {
                // A "cancel payment" in noise can come out as "confirm payment": confirm only when the words heard
                // fit clearly better than every way of saying cancel.
                double confirmMargin = MarginOver(heard, new List<string>(SpokenIntent.CancelPhrases), suppressed, out string cancel);
                if (confirmMargin < ConfirmMargin)
                {
                    return new VoiceHearing(heard + " (not sure: \"" + cancel + "\" fits nearly as well)", intent, amount, VoiceHearing.IntentMismatch);
                }
            }

            if (intent == IntentKind.Amount)
            {
                // The narrow grammar forced "forty eighty" onto "four eighty" where the open one did not: both must hear it.
                string open = _confirmations.Recognize(suppressed);
                if (SpokenIntent.Read(open, out long openAmount) != IntentKind.Amount || openAmount != amountDue)
                {
                    return new VoiceHearing(heard + " (open grammar: \"" + open + "\")", intent, amount, VoiceHearing.IntentMismatch);
                }

                // The open grammar's best path says the amount due; a near miss ("four eighteen") can win that way in
                // noise. Confirm only when the amount due fits clearly better than every phrase one word away.
                double margin = MarginOver(heard, SpokenIntent.Neighbours(heard, amountDue), suppressed, out string rival);
                if (margin < AmountMargin)
                {
                    return new VoiceHearing(heard + " (not sure: \"" + rival + "\" fits nearly as well)", intent, amount, VoiceHearing.IntentMismatch);
                }
            }

            return new VoiceHearing(heard, intent, amount, _voiceprint.Matches(deviceId, pcm) ? VoiceHearing.NoReason : VoiceHearing.VoiceMismatch);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _confirmations.Dispose();
            _amounts.Dispose();
        }

        // Score per 10 ms frame of the heard phrase minus that of its best rival (a constrained second decode each).
        private double MarginOver(string heard, List<string> rivals, short[] pcm, out string rival)
        {
            _confirmations.Score(OneOf(new List<string> { heard }), pcm, out int due);
            rival = _confirmations.Score(OneOf(rivals), pcm, out int other);
            if (other == int.MinValue)
            {
                return double.PositiveInfinity;
            }

            return (due - (double)other) / Math.Max(1, pcm.Length / 160);
        }

        private static string OneOf(List<string> phrases) =>
            "#JSGF V1.0;\ngrammar check;\npublic <phrase> = " + string.Join(" | ", phrases) + ";";

        // The utterance decoded (pcm: for the voiceprint, which was measured on it) and with its noise suppressed (what the recognizer hears).
        private static bool TryDecode(VoiceClip utterance, out string failure, out short[] pcm, out short[] suppressed)
        {
            try
            {
                pcm = utterance.Pcm;
            }
            catch (FormatException e)
            {
                failure = "(undecodable voice: " + e.Message + ")";
                pcm = null;
                suppressed = null;
                return false;
            }

            failure = null;
            suppressed = NoiseSuppressor.Suppress(pcm);
            return true;
        }
    }
}
