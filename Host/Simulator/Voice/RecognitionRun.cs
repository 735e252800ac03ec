using System;
using System.Collections.Generic;
using System.IO;
using GlassesFirmware.Board;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Host.Simulator.Demo;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Host.WalletPeer.Voice;

namespace GlassesFirmware.Host.Simulator.Voice
{
    /// <summary>
    /// The outcome of one <see cref="SpeechCase"/> after the device path and the wallet's verifier; <paramref name="Confirms"/>
    /// when the wallet took it as a confirmation of the amount due (a cancel case that confirms would pay).
    /// </summary>
    public sealed record RecognitionResult(SpeechCase Case, string Heard, bool Right, bool Confirms = false);

    /// <summary>
    /// Runs speech cases through the whole path: the synthesizer (espeak-ng or flite), room noise (seeded by the case), the glasses' microphone ring, VAD and
    /// codec (<see cref="DevicePath"/>), then the wallet's <see cref="IVoiceVerifier"/>; a confirm case is right
    /// when the confirmation is accepted, a cancel case when it cancels, an amount case when the amount heard
    /// is the one spoken, a negative case (<see cref="IntentKind.None"/>) when it does not confirm.
    /// </summary>
    public static class RecognitionRun
    {
        /// <summary>The amount due in confirm and cancel cases.</summary>
        public const long AmountDue = 480;

        /// <summary>The speaking rate of the enrolment samples (words a minute): neither a corpus rate (160, 130) nor a development rate (145, 175).</summary>
        public const int EnrolmentRate = 150;

        /// <summary>The room noise the wearer enrols in (dB SNR): the quieter of the corpus's two levels.</summary>
        public const double EnrolmentSnrDb = 20;

        /// <summary>
        /// Enrols the speaker of every case with <see cref="EnrolmentScript"/>, as the glasses record it after pairing:
        /// each phrase by the case's voice at <see cref="EnrolmentRate"/> in room noise at <see cref="EnrolmentSnrDb"/>
        /// (seeded by the phrase and voice, so no case's noise), through <paramref name="encoder"/>'s device path. Each
        /// speaker's glasses are a device of their own (<see cref="DeviceOf"/>).
        /// </summary>
        public static void Enrol(IEnumerable<SpeechCase> cases, IVoiceVerifier verifier, IVoiceEncoder encoder, int preRollFrames = BufferSizes.VoicePreRollFrames)
        {
            var speakers = new List<string>();
            foreach (SpeechCase c in cases)
            {
                if (!speakers.Contains(SpeakerOf(c)))
                {
                    speakers.Add(SpeakerOf(c));
                }
            }

            foreach (string speaker in speakers)
            {
                var samples = new List<short[]>();
                var said = new List<string>();
                foreach (string phrase in EnrolmentScript.Phrases)
                {
                    var sample = new SpeechCase(phrase, speaker + "|" + EnrolmentRate, EnrolmentSnrDb, IntentKind.None, -1);
                    short[] sound = RoomNoise.Mix(SpeechSynthesizer.Speak(phrase, speaker, EnrolmentRate), EnrolmentSnrDb, 700, sample.NoiseSeed);
                    VoiceClip clip = encoder == null ? VoiceClip.FromWideband(sound) : DevicePath.Send(sound, encoder, preRollFrames);
                    if (clip != null)
                    {
                        samples.Add(clip.Pcm);
                        said.Add(phrase);
                    }
                }

                verifier.Enrol(DeviceOf(speaker), samples.ToArray(), said.ToArray());
            }
        }

        /// <summary>The device id of <paramref name="speaker"/>'s glasses (a voice name without its rate): 16 bytes of its hash.</summary>
        public static byte[] DeviceOf(string speaker) =>
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(speaker)).AsSpan(0, 16).ToArray();

        private static string SpeakerOf(SpeechCase c) => c.Voice.Split('|')[0];

        /// <summary>
        /// Runs <paramref name="cases"/> through <paramref name="encoder"/>'s device path, or, when it is null, hands the
        /// 16 kHz sound straight to the wallet (no ring, no VAD, no codec: what the recognizer makes of the speech
        /// itself). <paramref name="noise"/> false leaves the room noise out (the pads stay, silent).
        /// <paramref name="amountsConfirm"/> hears each amount case as the confirmation of that very amount (right when
        /// it confirms) instead of as a spoken amount. When <paramref name="data"/> is set, keeps each clip as the
        /// wallet received it (WAV). <paramref name="preRollFrames"/> is the detector's pre-roll (<see cref="DevicePath.Send"/>).
        /// </summary>
        public static List<RecognitionResult> Run(IEnumerable<SpeechCase> cases, IVoiceVerifier verifier, IVoiceEncoder encoder, string data, bool noise = true, bool amountsConfirm = false, int preRollFrames = BufferSizes.VoicePreRollFrames)
        {
            var results = new List<RecognitionResult>();
            int index = 0;
            foreach (SpeechCase c in cases)
            {
                string[] voice = c.Voice.Split('|');
                short[] speech = SpeechSynthesizer.Speak(c.Text, voice[0], voice.Length > 1 ? int.Parse(voice[1]) : 160);
                short[] sound = RoomNoise.Mix(speech, noise ? c.SnrDb : double.PositiveInfinity, 700, c.NoiseSeed);
                VoiceClip clip = encoder == null ? VoiceClip.FromWideband(sound) : DevicePath.Send(sound, encoder, preRollFrames);
                if (clip == null)
                {
                    // Nothing sent: a miss, except for a negative case, which then cannot confirm.
                    results.Add(new RecognitionResult(c, "(no utterance detected)", c.Intent == IntentKind.None));
                    index++;
                    continue;
                }

                if (data != null)
                {
                    File.WriteAllBytes(Path.Combine(data, $"case-{index:D3}.wav"), ConfirmationClip.Wav(clip.Pcm));
                }

                bool confirmsAmount = amountsConfirm && c.Intent == IntentKind.Amount;
                VoiceHearing h = c.Intent == IntentKind.Amount && !amountsConfirm
                    ? verifier.HearAmount(DeviceOf(voice[0]), clip)
                    : verifier.HearConfirmation(DeviceOf(voice[0]), clip, c.Intent == IntentKind.Confirm || c.Intent == IntentKind.Cancel ? AmountDue : c.Amount);
                bool right = c.Intent switch
                {
                    IntentKind.Confirm => h.Reason == VoiceHearing.NoReason && !h.Cancels,
                    IntentKind.Cancel => h.Cancels,
                    IntentKind.None => h.Reason != VoiceHearing.NoReason || h.Cancels,
                    _ => confirmsAmount ? h.Reason == VoiceHearing.NoReason : h.Amount == c.Amount,
                };
                bool confirms = c.Intent != IntentKind.Amount && h.Reason == VoiceHearing.NoReason && !h.Cancels;
                results.Add(new RecognitionResult(c, h.Heard, right, confirms));
                index++;
            }

            return results;
        }
    }
}
