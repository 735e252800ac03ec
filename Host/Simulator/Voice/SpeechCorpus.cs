using System.Collections.Generic;
using GlassesFirmware.Host.WalletPeer.Voice;

namespace GlassesFirmware.Host.Simulator.Voice
{
    /// <summary>One synthesized utterance of the corpus and what the wallet should make of it.</summary>
    public sealed record SpeechCase(string Text, string Voice, double SnrDb, IntentKind Intent, long Amount)
    {
        /// <summary>
        /// The seed of this case's room noise: a hash of the case (FNV-1a), so a case hears the same noise in the
        /// whole corpus and in any subset of it.
        /// </summary>
        public int NoiseSeed
        {
            get
            {
                uint hash = 2166136261;
                foreach (char ch in ToString())
                {
                    hash = (hash ^ ch) * 16777619;
                }

                return (int)(hash & 0x7fffffff);
            }
        }

        /// <summary>A short name for reports.</summary>
        public override string ToString() => "\"" + Text + "\" " + Voice + " " + SnrDb + " dB";
    }

    /// <summary>
    /// The recognition corpus (docs/wallet-peer.md, Recognition): "confirm" and "cancel" by every voice of
    /// <see cref="SpeechSynthesizer.Voices"/> (six espeak-ng, five flite) at two speaking rates, and amounts in three
    /// spoken styles, each at 20 and 10 dB speech-to-noise ratio: 198 utterances. The quick set is a fixed subset of 22.
    /// </summary>
    public static class SpeechCorpus
    {
        /// <summary>The amounts spoken (minor units).</summary>
        public static readonly long[] Amounts = { 480, 1250, 999, 2000, 705, 1575, 330, 8960, 1399, 12525 };

        /// <summary>The corpus's speaking rates (words a minute): its first rate is the synthesizers' default.</summary>
        public const int FirstRate = 160;

        /// <summary>The corpus's second rate, for "confirm" and "cancel".</summary>
        public const int SecondRate = 130;

        /// <summary>
        /// Every case of the full corpus; other rates than <see cref="FirstRate"/> and <see cref="SecondRate"/> say the
        /// same phrases in other noise (a case's noise seed hashes its voice and rate), a set no setting was chosen on.
        /// </summary>
        public static List<SpeechCase> Full(int firstRate = FirstRate, int secondRate = SecondRate)
        {
            var cases = new List<SpeechCase>();
            int n = 0;
            foreach (double snr in new[] { 20.0, 10.0 })
            {
                foreach (string name in SpeechSynthesizer.Voices)
                {
                    string voice = firstRate == FirstRate ? name : name + "|" + firstRate;
                    foreach (string word in new[] { "confirm", "cancel" })
                    {
                        cases.Add(new SpeechCase(word, voice, snr, word == "confirm" ? IntentKind.Confirm : IntentKind.Cancel, -1));
                        cases.Add(new SpeechCase(word, name + "|" + secondRate, snr, word == "confirm" ? IntentKind.Confirm : IntentKind.Cancel, -1));
                    }

                    for (int k = 0; k < 5; k++)
                    {
                        long amount = Amounts[(n + k) % Amounts.Length];
                        cases.Add(new SpeechCase(SpokenIntent.Say(amount, (n + k) % 3), voice, snr, IntentKind.Amount, amount));
                    }

                    n += 5;
                }
            }

            return cases;
        }

        /// <summary>Phrases that must never confirm a payment of <see cref="RecognitionRun.AmountDue"/> (4.80): other intents, other words, other amounts.</summary>
        public static readonly string[] NegativePhrases =
        {
            "cancel", "hello", "stop", "no", "yes", "wait", "what", "not now",
            "twelve fifty", "four eighteen", "forty eight", "four fifty", "fourteen eighty",
        };

        /// <summary>Amounts due with an amount a wearer might say instead, one "teen" for a "ty" or the reverse apart.</summary>
        public static readonly (long Due, string Said)[] NearMisses =
        {
            (1350, "thirty fifty"), (3050, "thirteen fifty"), (1575, "fifty seventy five"), (5075, "fifteen seventy five"), (1999, "ninety ninety nine"),
        };

        /// <summary>
        /// The negative corpus, every voice at 20 and 10 dB: each <see cref="NegativePhrases"/> phrase heard as a
        /// confirmation of 4.80, and each <see cref="NearMisses"/> phrase as a confirmation of its amount due (396
        /// utterances, <see cref="SpeechCase.Amount"/> = the amount due); right when it does not confirm.
        /// </summary>
        public static List<SpeechCase> Negatives() => NegativesOf(NegativePhrases, NearMisses, null);

        /// <summary>
        /// The amounts of the development set (minor units): none of them is a corpus amount (<see cref="Amounts"/>), a
        /// negative phrase or a near miss's amount due.
        /// </summary>
        public static readonly long[] DevAmounts = { 615, 2340, 77, 1802, 9013, 444, 5160, 3719, 6666, 10190, 1470, 860, 3015, 7745, 1111, 21050 };

        // The development set's speaking rates: the corpus speaks at 160 and 130 words a minute, so every dev case's
        // voice ("en-us|145") differs from a corpus case's and it hears other noise (SpeechCase.NoiseSeed).
        private static readonly int[] DevRates = { 145, 175 };

        /// <summary>
        /// The development set, for tuning the recognizer without tuning it to the corpus (docs/wallet-peer.md,
        /// Recognition): the same voices and noise levels, but "confirm", "cancel", "confirm payment" and "cancel
        /// payment" at other speaking rates (145 and 175 words a minute), eight amounts per voice from
        /// <see cref="DevAmounts"/> in the three spoken styles, and so other noise seeds: 264 utterances.
        /// </summary>
        public static List<SpeechCase> Dev()
        {
            var cases = new List<SpeechCase>();
            int n = 0;
            foreach (double snr in new[] { 20.0, 10.0 })
            {
                foreach (string voice in SpeechSynthesizer.Voices)
                {
                    cases.Add(new SpeechCase("confirm", voice + "|" + DevRates[0], snr, IntentKind.Confirm, -1));
                    cases.Add(new SpeechCase("cancel", voice + "|" + DevRates[1], snr, IntentKind.Cancel, -1));
                    cases.Add(new SpeechCase(n % 2 == 0 ? "confirm payment" : "confirm", voice + "|" + DevRates[1], snr, IntentKind.Confirm, -1));
                    cases.Add(new SpeechCase(n % 2 == 0 ? "cancel" : "cancel payment", voice + "|" + DevRates[0], snr, IntentKind.Cancel, -1));
                    for (int k = 0; k < 8; k++)
                    {
                        long amount = DevAmounts[(n + k) % DevAmounts.Length];
                        cases.Add(new SpeechCase(SpokenIntent.Say(amount, (n + k) % 3), voice + "|" + DevRates[k % 2], snr, IntentKind.Amount, amount));
                    }

                    n += 3;
                }
            }

            return cases;
        }

        /// <summary>Phrases of the development negatives, none of them a corpus negative phrase, heard as the confirmation of 4.80.</summary>
        public static readonly string[] DevNegativePhrases =
        {
            "okay", "please", "sorry", "later", "thank you", "never mind", "go ahead", "hold on",
            "four eighty five", "eight forty", "four sixty", "forty eighty", "fourteen eighteen",
        };

        /// <summary>The development set's near misses: amounts due with a "teen" said for a "ty" or the reverse, none of them a corpus near miss.</summary>
        public static readonly (long Due, string Said)[] DevNearMisses =
        {
            (1450, "forty fifty"), (4050, "fourteen fifty"), (1625, "sixty twenty five"), (6025, "sixteen twenty five"), (1880, "eighty eighty"),
        };

        /// <summary>The development negatives, as <see cref="Negatives"/> with the dev phrases and near misses at the dev rates: 396 utterances.</summary>
        public static List<SpeechCase> DevNegatives() => NegativesOf(DevNegativePhrases, DevNearMisses, DevRates);

        // Every voice at 20 and 10 dB says each phrase as the confirmation of 4.80 and each near miss as that of its
        // amount due; with rates, at each of them in turn (the voice "en-us|145"), else at the synthesizer's usual rate.
        private static List<SpeechCase> NegativesOf(string[] phrases, (long Due, string Said)[] nearMisses, int[] rates)
        {
            var cases = new List<SpeechCase>();
            int n = 0;
            foreach (double snr in new[] { 20.0, 10.0 })
            {
                foreach (string voice in SpeechSynthesizer.Voices)
                {
                    string Speaker() => rates == null ? voice : voice + "|" + rates[n++ % rates.Length];
                    foreach (string phrase in phrases)
                    {
                        cases.Add(new SpeechCase(phrase, Speaker(), snr, IntentKind.None, RecognitionRun.AmountDue));
                    }

                    foreach ((long due, string said) in nearMisses)
                    {
                        cases.Add(new SpeechCase(said, Speaker(), snr, IntentKind.None, due));
                    }
                }
            }

            return cases;
        }

        /// <summary>The fixed quick subset: every ninth case of <see cref="Full"/>.</summary>
        public static List<SpeechCase> Quick()
        {
            List<SpeechCase> all = Full();
            var quick = new List<SpeechCase>();
            for (int i = 0; i < all.Count; i += 9)
            {
                quick.Add(all[i]);
            }

            return quick;
        }
    }
}
