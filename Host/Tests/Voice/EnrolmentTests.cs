using System;
using System.Linq;
using System.Threading.Tasks;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Decision;
using GlassesFirmware.Host.Tests.Uplink;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Host.WalletPeer.Voice;
using GlassesFirmware.Uplink.Client;
using Xunit;

namespace GlassesFirmware.Host.Tests.Voice
{
    /// <summary>Enrolment samples sent by the glasses after pairing (voice chunks of purpose 2) enrol the wearer at the wallet.</summary>
    [Collection(LoopbackPeers.Name)]
    public sealed class EnrolmentTests
    {
        [Fact]
        public async Task EnrolmentSamplesSentAfterPairingEnrolTheWearer()
        {
            var voice = new EnrolmentRecorder();
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false, voice);
            rig.Pair();
            rig.Client.VoiceCodec = VoiceCodec.MuLaw16k;
            for (int sample = 0; sample < 2; sample++)
            {
                byte[] audio = VoiceClip.FromPcm(Tone(300 + 200 * sample, 0.4), new MuLawEncoder(VoiceCodec.MuLaw16k)).Encoded;
                byte[] sampleId = Guid.NewGuid().ToByteArray();
                EnrolmentScript.Mark(sampleId, sample);
                int half = audio.Length / 2 / 160 * 160;
                Assert.Equal(WalletCallStatus.Queued, rig.Client.SendVoice(sampleId, VoicePurpose.Enrolment, 0, audio, 0, half, false));
                Assert.Equal(WalletCallStatus.Queued, rig.Client.SendVoice(sampleId, VoicePurpose.Enrolment, 1, audio, half, audio.Length - half, true));
                int expected = sample + 1;
                rig.Drive(() => voice.Samples(rig.Client.DeviceId) == expected);
            }

            // Both samples, decoded whole (0.4 s at 16 kHz each): the wallet enrols with every complete sample so far,
            // each with the script phrase its id names ("confirm", then "cancel").
            Assert.Equal(new[] { 6400, 6400 }, voice.Lengths);
            Assert.Equal(new[] { "cancel", "confirm" }, voice.Phrases.OrderBy(p => p, StringComparer.Ordinal));
        }

        [Fact]
        public async Task AfterARestartTheWalletEnrolsTheWearerAgainFromTheStoredSamples()
        {
            var voice = new EnrolmentRecorder();
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false, voice);
            rig.Pair();
            SendSample(rig, 300);
            rig.Drive(() => voice.Samples(rig.Client.DeviceId) == 1);
            SendSample(rig, 500);
            rig.Drive(() => voice.Samples(rig.Client.DeviceId) == 2);

            // A new wallet process on the same database starts with no voiceprint in memory; it enrols the wearer from
            // the stored samples as soon as it hears from the device.
            var restarted = new EnrolmentRecorder();
            await rig.RestartPeerAsync(restarted);
            rig.NewClient();
            Assert.Equal(WalletCallStatus.Queued, rig.Client.QueryStatus(Guid.NewGuid().ToByteArray()));
            rig.Drive(() => restarted.Samples(rig.Client.DeviceId) == 2);
            Assert.Equal(new[] { 6400, 6400 }, restarted.Lengths);
        }

        [Fact]
        public async Task UnpairingForgetsTheVoiceprintAndItsSamples()
        {
            var voice = new EnrolmentRecorder();
            await using UplinkRig rig = await UplinkRig.StartAsync(true, false, voice);
            rig.Pair();
            SendSample(rig, 300);
            rig.Drive(() => voice.Samples(rig.Client.DeviceId) == 1);
            int forgets = voice.Forgets;
            Assert.True(rig.Client.Unpair());
            rig.Drive(() => voice.Forgets > forgets);
            Assert.Empty(voice.Lengths);

            // Paired again: the old sample does not come back, the next enrolment starts from nothing.
            rig.Pair();
            SendSample(rig, 700);
            rig.Drive(() => voice.Samples(rig.Client.DeviceId) == 1);
            Assert.Equal(new[] { 6400 }, voice.Lengths);
        }

        private static void SendSample(UplinkRig rig, double hz)
        {
            rig.Client.VoiceCodec = VoiceCodec.MuLaw16k;
            byte[] audio = VoiceClip.FromPcm(Tone(hz, 0.4), new MuLawEncoder(VoiceCodec.MuLaw16k)).Encoded;
            byte[] sampleId = Guid.NewGuid().ToByteArray();
            int half = audio.Length / 2;
            Assert.Equal(WalletCallStatus.Queued, rig.Client.SendVoice(sampleId, VoicePurpose.Enrolment, 0, audio, 0, half, false));
            Assert.Equal(WalletCallStatus.Queued, rig.Client.SendVoice(sampleId, VoicePurpose.Enrolment, 1, audio, half, audio.Length - half, true));
        }

        private static short[] Tone(double hz, double seconds)
        {
            short[] pcm = new short[(int)(16000 * seconds)];
            for (int i = 0; i < pcm.Length; i++)
            {
                pcm[i] = (short)(6000 * Math.Sin(2 * Math.PI * hz * i / 16000));
            }

            return pcm;
        }

        private sealed class EnrolmentRecorder : IVoiceVerifier
        {
            private readonly object _gate = new object();
            private string _device;
            private int[] _lengths = Array.Empty<int>();
            private string[] _phrases = Array.Empty<string>();
            private int _forgets;

            public int[] Lengths
            {
                get { lock (_gate) { return _lengths; } }
            }

            public string[] Phrases
            {
                get { lock (_gate) { return _phrases; } }
            }

            public int Samples(byte[] device)
            {
                lock (_gate)
                {
                    return _device == Convert.ToHexString(device) ? _lengths.Length : 0;
                }
            }

            // Calls with no samples: the pairing ended (or began anew), the wearer is forgotten.
            public int Forgets
            {
                get { lock (_gate) { return _forgets; } }
            }

            public void Enrol(byte[] deviceId, short[][] samples, string[] phrases)
            {
                lock (_gate)
                {
                    _device = Convert.ToHexString(deviceId);
                    _lengths = Array.ConvertAll(samples, s => s.Length);
                    _phrases = phrases;
                    _forgets += samples.Length == 0 ? 1 : 0;
                }
            }

            public VoiceHearing HearAmount(byte[] deviceId, VoiceClip utterance) => VoiceHearing.Nothing("not used");

            public VoiceHearing HearConfirmation(byte[] deviceId, VoiceClip utterance, long amountDue) => VoiceHearing.Nothing("not used");
        }
    }
}
