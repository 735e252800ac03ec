using System;
using System.IO;
using System.Threading;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Host.WalletPeer.Voice;

namespace GlassesFirmware.Host.Simulator.Demo
{
    /// <summary>
    /// The demo wallet's voice port: the real <see cref="RecognizingVoiceVerifier"/>, which also prints what it
    /// heard and keeps each utterance as the wallet received it (<c>heard-N.wav</c> in the data folder, decoded
    /// from the chunks' codec), so a person can listen to what crossed the link.
    /// </summary>
    public sealed class ListeningWallet : IVoiceVerifier, IDisposable
    {
        private readonly RecognizingVoiceVerifier _inner;
        private readonly EventLog _log;
        private readonly string _data;
        private int _utterances;
        private int _enrolled;

        /// <summary>Wraps <paramref name="inner"/>, logging to <paramref name="log"/> and writing WAV files to <paramref name="data"/>.</summary>
        public ListeningWallet(RecognizingVoiceVerifier inner, EventLog log, string data)
        {
            _inner = inner;
            _log = log;
            _data = data;
        }

        /// <summary>Samples of the wearer's latest enrolment (the wallet enrols again with each complete sample).</summary>
        public int EnrolledSamples => Volatile.Read(ref _enrolled);

        /// <inheritdoc />
        public void Enrol(byte[] deviceId, short[][] samples, string[] phrases)
        {
            _inner.Enrol(deviceId, samples, phrases);
            Volatile.Write(ref _enrolled, samples.Length);
            _log.Add("wallet", "enrolled the wearer from " + samples.Length + " sample" + (samples.Length == 1 ? "" : "s")
                + (samples.Length > 0 && _inner.Adapts ? ": voiceprint, and the recognizer adapts to the voice" : string.Empty));
        }

        /// <inheritdoc />
        public VoiceHearing HearAmount(byte[] deviceId, VoiceClip utterance) => Report(utterance, _inner.HearAmount(deviceId, utterance));

        /// <inheritdoc />
        public VoiceHearing HearConfirmation(byte[] deviceId, VoiceClip utterance, long amountDue) => Report(utterance, _inner.HearConfirmation(deviceId, utterance, amountDue));

        /// <inheritdoc />
        public void Dispose() => _inner.Dispose();

        private VoiceHearing Report(VoiceClip utterance, VoiceHearing heard)
        {
            int n = Interlocked.Increment(ref _utterances);
            string wav = Path.Combine(_data, "heard-" + n + ".wav");
            string codec = utterance.Codec == VoiceCodec.MuLaw16k ? "16 kHz mu-law" : utterance.Codec == VoiceCodec.MuLaw8k ? "8 kHz mu-law" : "IMA ADPCM";
            try
            {
                File.WriteAllBytes(wav, ConfirmationClip.Wav(utterance.Pcm));
            }
            catch (FormatException)
            {
                wav = "(undecodable, not kept)";
            }

            string decision = heard.Cancels ? "cancel" : heard.Reason == VoiceHearing.NoReason ? "accepted" : "declined (reason " + heard.Reason + ")";
            _log.Add("wallet", "heard \"" + heard.Heard + "\" in " + utterance.Encoded.Length + " bytes of " + codec + ": " + decision + "; " + wav);
            return heard;
        }
    }
}
