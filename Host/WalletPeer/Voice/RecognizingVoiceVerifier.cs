using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using GlassesFirmware.Confirmation;

namespace GlassesFirmware.Host.WalletPeer.Voice
{
    /// <summary>
    /// The reference wallet's voice port: decodes the utterance (any codec), suppresses its steady room noise
    /// (<see cref="NoiseSuppressor"/>), recognizes it with <see cref="PocketSphinx"/> (a spoken amount against
    /// <see cref="SpokenIntent.Grammar"/>, a confirmation against <see cref="SpokenIntent.ConfirmationGrammar"/> of the
    /// amount due), and decides. A confirmation is "confirm", or the amount due spoken; "cancel" cancels; anything else, silence and noise included, is
    /// declined IntentMismatch. An enrolled wearer is heard with a model adapted to their voice
    /// (<see cref="SpeakerAdaptation"/>). The voiceprint, when the wearer enrolled, is checked by <see cref="IVoiceprint"/>
    /// (the reference <see cref="SpectralVoiceprint"/> is a documented baseline, docs/wallet-peer.md).
    /// </summary>
    public sealed class RecognizingVoiceVerifier : IVoiceVerifier, IDisposable
    {
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

        // How long one wearer's pending adaptation may hold a hearing up before the wearer is heard without it.
        private const int AdaptationWaitMs = 120000;

        private readonly Recognizers _base;
        private readonly IVoiceprint _voiceprint;
        private readonly SpeakerAdaptation _adaptation;
        private readonly string _work;
        private readonly Dictionary<string, Wearer> _wearers = new Dictionary<string, Wearer>();

        /// <summary>
        /// Loads the recognizer (throws <see cref="SpeechRecognizerMissingException"/> without it) and uses
        /// <paramref name="voiceprint"/>. With SphinxTrain installed (<see cref="SpeakerAdaptation.Available"/>) each
        /// wearer is heard with a model adapted to their enrolment samples, kept in a directory of its own that
        /// <see cref="Dispose"/> deletes; without it, every wearer is heard with the US English model.
        /// </summary>
        public RecognizingVoiceVerifier(IVoiceprint voiceprint)
        {
            _base = Recognizers.Open(null);
            _voiceprint = voiceprint;
            if (SpeakerAdaptation.Available)
            {
                _work = Path.Combine(Path.GetTempPath(), "glasses-wallet-voice-" + Guid.NewGuid().ToString("N"));
                try
                {
                    _adaptation = SpeakerAdaptation.Prepare(_work);
                }
                catch
                {
                    _base.Dispose();
                    DeleteWork();
                    throw;
                }
            }
        }

        /// <summary>True when wearers are heard with models adapted to their enrolment (SphinxTrain installed).</summary>
        public bool Adapts => _adaptation != null;

        /// <summary>Why the last adaptation to a wearer failed (the wearer is then heard with the model before it), or null.</summary>
        public string AdaptationFault { get; private set; }

        /// <summary>The words the confirmation recognizer hears in <paramref name="pcm"/> (16 kHz, its noise suppressed first), for tools and tests.</summary>
        public string Recognize(short[] pcm) => _base.Confirmations.Recognize(NoiseSuppressor.Suppress(pcm));

        /// <summary>
        /// Enrols the voiceprint with the samples that say "confirm" or "cancel" (what a payment's confirmation says;
        /// every sample when no phrase is known), and adapts the recognizer to the wearer in the background with every
        /// sample whose <see cref="EnrolmentScript"/> phrase is known (<see cref="SpeakerAdaptation"/>). No samples
        /// forget the wearer's model. A hearing of this wearer waits for an adaptation under way.
        /// </summary>
        public void Enrol(byte[] deviceId, short[][] samples, string[] phrases)
        {
            var print = new List<short[]>();
            var said = new List<(short[] Pcm, string Phrase)>();
            for (int i = 0; i < samples.Length; i++)
            {
                string phrase = i < phrases.Length ? phrases[i] : null;
                if (phrase != null)
                {
                    said.Add((samples[i], phrase));
                    IntentKind intent = SpokenIntent.Read(phrase, out _);
                    if (intent == IntentKind.Confirm || intent == IntentKind.Cancel)
                    {
                        print.Add(samples[i]);
                    }
                }
            }

            _voiceprint.Enrol(deviceId, said.Count == 0 ? samples : print.ToArray());
            if (_adaptation == null)
            {
                return;
            }

            Wearer wearer = WearerOf(deviceId, true);
            lock (wearer.Gate)
            {
                int generation = ++wearer.Generation;
                wearer.Pending = wearer.Pending.ContinueWith(_ => AdaptTo(wearer, generation, said), TaskScheduler.Default);
            }
        }

        /// <inheritdoc />
        public VoiceHearing HearAmount(byte[] deviceId, VoiceClip utterance)
        {
            if (!TryDecode(utterance, out string failure, out short[] pcm, out short[] suppressed))
            {
                return VoiceHearing.Nothing(failure);
            }

            string heard = Hear(deviceId, r => r.Amounts.Recognize(suppressed));
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

            VoiceHearing hearing = Hear(deviceId, r => Confirmation(r, suppressed, amountDue));
            if (hearing.Reason != VoiceHearing.NoReason)
            {
                return hearing;
            }

            return hearing with { Reason = _voiceprint.Matches(deviceId, pcm) ? VoiceHearing.NoReason : VoiceHearing.VoiceMismatch };
        }

        /// <summary>Waits for the adaptations under way, then frees the recognizers and deletes the adapted models.</summary>
        public void Dispose()
        {
            List<Wearer> wearers;
            lock (_wearers)
            {
                wearers = new List<Wearer>(_wearers.Values);
                _wearers.Clear();
            }

            foreach (Wearer wearer in wearers)
            {
                wearer.Pending.Wait();
                wearer.Adapted?.Dispose();
            }

            _base.Dispose();
            DeleteWork();
        }

        // What the wearer's recognizers make of a confirmation (the voiceprint aside).
        private static VoiceHearing Confirmation(Recognizers r, short[] suppressed, long amountDue)
        {
            // Heard against the amount due and its neighbours only: with every number string in the grammar, "cancel"
            // and "confirm" in room noise were heard as "nineteen" or "eight two" (corpus 88.6 % to 93.2 % right).
            string heard = r.Confirmations.Score(SpokenIntent.ConfirmationGrammar(amountDue), suppressed, out _);
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
                double confirmMargin = MarginOver(r, heard, new List<string>(SpokenIntent.CancelPhrases), suppressed, out string cancel);
                if (confirmMargin < ConfirmMargin)
                {
                    return new VoiceHearing(heard + " (not sure: \"" + cancel + "\" fits nearly as well)", intent, amount, VoiceHearing.IntentMismatch);
                }
            }

            // The narrow grammar forces a phrase outside it onto one of its own ("go ahead" onto "confirm payment" by a
            // wearer's adapted model, "forty eighty" onto "four eighty"): the open grammar must hear the same.
            string open = r.Confirmations.Recognize(suppressed);
            if (SpokenIntent.Read(open, out long openAmount) != intent || (intent == IntentKind.Amount && openAmount != amountDue))
            {
                return new VoiceHearing(heard + " (open grammar: \"" + open + "\")", intent, amount, VoiceHearing.IntentMismatch);
            }

            if (intent == IntentKind.Amount)
            {
                // The open grammar's best path says the amount due; a near miss ("four eighteen") can win that way in
                // noise. Confirm only when the amount due fits clearly better than every phrase one word away.
                double margin = MarginOver(r, heard, SpokenIntent.Neighbours(heard, amountDue), suppressed, out string rival);
                if (margin < AmountMargin)
                {
                    return new VoiceHearing(heard + " (not sure: \"" + rival + "\" fits nearly as well)", intent, amount, VoiceHearing.IntentMismatch);
                }
            }

            return new VoiceHearing(heard, intent, amount, VoiceHearing.NoReason);
        }

        // Score per 10 ms frame of the heard phrase minus that of its best rival (a constrained second decode each).
        private static double MarginOver(Recognizers r, string heard, List<string> rivals, short[] pcm, out string rival)
        {
            r.Confirmations.Score(OneOf(new List<string> { heard }), pcm, out int due);
            rival = r.Confirmations.Score(OneOf(rivals), pcm, out int other);
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

        // Runs one hearing with the wearer's recognizers: adapted when the wearer's model is ready (an adaptation under
        // way is waited for), else the US English model's. Under the wearer's gate, so a new model cannot replace the
        // recognizers in use.
        private T Hear<T>(byte[] deviceId, Func<Recognizers, T> hearing)
        {
            Wearer wearer = WearerOf(deviceId, false);
            if (wearer == null)
            {
                return hearing(_base);
            }

            Task pending;
            lock (wearer.Gate)
            {
                pending = wearer.Pending;
            }

            pending.Wait(AdaptationWaitMs);
            lock (wearer.Gate)
            {
                return hearing(wearer.Adapted ?? _base);
            }
        }

        private Wearer WearerOf(byte[] deviceId, bool create)
        {
            string key = Convert.ToHexString(deviceId);
            lock (_wearers)
            {
                if (!_wearers.TryGetValue(key, out Wearer wearer) && create)
                {
                    wearer = new Wearer(Path.Combine(_work, key));
                    _wearers.Add(key, wearer);
                }

                return wearer;
            }
        }

        // One enrolment's adaptation, on the wearer's queue; skipped when a newer enrolment is queued behind it.
        private void AdaptTo(Wearer wearer, int generation, List<(short[] Pcm, string Phrase)> samples)
        {
            lock (wearer.Gate)
            {
                if (generation != wearer.Generation)
                {
                    return;
                }
            }

            Recognizers adapted = null;
            try
            {
                if (samples.Count > 0)
                {
                    // Adapted on what the recognizer hears: the samples with their room noise suppressed.
                    var heard = samples.ConvertAll(s => (NoiseSuppressor.Suppress(s.Pcm), s.Phrase));
                    _adaptation.Adapt(heard, wearer.Model);
                    adapted = Recognizers.Open(wearer.Model);
                }

                AdaptationFault = null;
            }
            catch (Exception e)
            {
                // The background job's boundary: the wearer is heard with the model before, so a failed adaptation
                // costs accuracy, never a hearing.
                AdaptationFault = e.Message;
                return;
            }

            Recognizers old;
            lock (wearer.Gate)
            {
                old = wearer.Adapted;
                wearer.Adapted = adapted;
            }

            old?.Dispose();
            if (adapted == null && Directory.Exists(wearer.Model))
            {
                Directory.Delete(wearer.Model, true);
            }
        }

        private void DeleteWork()
        {
            if (_work != null && Directory.Exists(_work))
            {
                Directory.Delete(_work, true);
            }
        }

        // A wearer's adapted model and the queue of adaptations to it.
        private sealed class Wearer
        {
            internal Wearer(string model)
            {
                Model = model;
            }

            internal object Gate { get; } = new object();

            internal string Model { get; }

            internal Task Pending { get; set; } = Task.CompletedTask;

            internal int Generation { get; set; }

            internal Recognizers Adapted { get; set; }
        }
    }
}
