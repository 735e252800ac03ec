using System;

namespace GlassesFirmware.Host.WalletPeer.Voice
{
    /// <summary>
    /// The two recognizers of one acoustic model (the US English model, or a wearer's adapted one): confirmations (the
    /// narrow and open grammars, <see cref="RecognizingVoiceVerifier"/>) and spoken amounts.
    /// </summary>
    internal sealed class Recognizers : IDisposable
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

        private Recognizers(PocketSphinx confirmations, PocketSphinx amounts)
        {
            Confirmations = confirmations;
            Amounts = amounts;
        }

        internal PocketSphinx Confirmations { get; }

        internal PocketSphinx Amounts { get; }

        internal static Recognizers Open(string acousticModel)
        {
            PocketSphinx amounts = PocketSphinx.Open(SpokenIntent.Grammar, AmountWordInsertion, AmountSilence, acousticModel);
            try
            {
                return new Recognizers(PocketSphinx.Open(SpokenIntent.Grammar, ConfirmationWordInsertion, acousticModel: acousticModel), amounts);
            }
            catch
            {
                amounts.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            Confirmations.Dispose();
            Amounts.Dispose();
        }
    }
}
