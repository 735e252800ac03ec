using System;
using System.Linq;
using GlassesFirmware.Board;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Host.Simulator.Voice;
using GlassesFirmware.Host.WalletPeer.Voice;
using Xunit;

namespace GlassesFirmware.Host.Tests.Voice
{
    /// <summary>The simulated device path (<see cref="DevicePath"/>): what the glasses' detector hands the codec.</summary>
    public sealed class DevicePathTests
    {
        [Fact]
        public void ALongerPreRollHandsBackTheFramesBeforeTheOnsetAndChangesNothingElse()
        {
            // Half a second of a 1 kHz tone after 700 ms of room noise: the detector starts on the tone, and each extra
            // pre-roll frame is 20 ms of the room sound before it (listen --pre-roll measures what a cut start costs).
            short[] tone = new short[8000];
            for (int i = 0; i < tone.Length; i++)
            {
                tone[i] = (short)(6000 * Math.Sin(2 * Math.PI * 1000 * i / 16000));
            }

            short[] sound = RoomNoise.Mix(tone, 20, 700, 7);
            short[] stock = DevicePath.Send(sound, new MuLawEncoder(VoiceCodec.MuLaw16k)).Pcm;
            short[] stockExplicit = DevicePath.Send(sound, new MuLawEncoder(VoiceCodec.MuLaw16k), BufferSizes.VoicePreRollFrames).Pcm;
            short[] longer = DevicePath.Send(sound, new MuLawEncoder(VoiceCodec.MuLaw16k), BufferSizes.VoicePreRollFrames + 5).Pcm;

            Assert.Equal(stock, stockExplicit);
            Assert.Equal(stock.Length + 5 * AudioFormat.FrameSamples, longer.Length);
            Assert.Equal(stock, longer.Skip(5 * AudioFormat.FrameSamples).ToArray());
        }
    }
}
