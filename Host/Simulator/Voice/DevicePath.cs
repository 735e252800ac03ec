using System;
using System.Collections.Generic;
using GlassesFirmware.Audio;
using GlassesFirmware.Board;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Host.WalletPeer.Voice;

namespace GlassesFirmware.Host.Simulator.Voice
{
    /// <summary>
    /// What the glasses would send for a sound: 16 kHz PCM written to the microphone adapter's ring in 20 ms DMA
    /// reads (<see cref="PcmRing"/>, 16-bit slots), drained by <see cref="VoiceCapture"/> (voice activity
    /// detection with its pre-roll and hangover) and encoded by the image's encoder, the blocks joined as the
    /// wallet joins chunks. Null when the detector heard no utterance, as the glasses would send nothing.
    /// </summary>
    public static class DevicePath
    {
        /// <summary>
        /// The utterance the wallet would receive for <paramref name="sound"/>, or null. The detector keeps
        /// <paramref name="preRollFrames"/> 20 ms frames before an utterance's onset: the device's own
        /// <see cref="BufferSizes.VoicePreRollFrames"/> unless a measurement asks for another (<c>listen --pre-roll</c>).
        /// </summary>
        public static VoiceClip Send(short[] sound, IVoiceEncoder encoder, int preRollFrames = BufferSizes.VoicePreRollFrames)
        {
            const int slot = 2;
            int frameBytes = AudioFormat.FrameSamples * slot;
            var ring = new PcmRing(AudioFormat.SampleRate / 2, slot);
            var microphone = new RingMicrophone(ring);
            var capture = new VoiceCapture(preRollFrames, slot, encoder);
            var sink = new CollectingSink();
            byte[] slots = new byte[frameBytes];

            // Half a second of the sound's own start settles the noise floor before listening, as the session's
            // capture runs from the readback on.
            for (int at = 0; at + AudioFormat.FrameSamples <= sound.Length; at += AudioFormat.FrameSamples)
            {
                Buffer.BlockCopy(sound, at * 2, slots, 0, frameBytes);
                ring.Write(slots, 0, frameBytes);
                if (capture.Pump(microphone, sink, 1) == VoiceActivity.Ended)
                {
                    break;
                }
            }

            return sink.Ended || sink.Bytes.Count > 0 ? new VoiceClip(encoder.Codec, sink.Bytes.ToArray()) : null;
        }

        private sealed class RingMicrophone : IMicrophone
        {
            private readonly PcmRing _ring;

            internal RingMicrophone(PcmRing ring) => _ring = ring;

            public int SlotBytes => _ring.SlotBytes;

            public int Overruns => _ring.Overruns;

            public bool Start() => true;

            public void Stop() => _ring.Clear();

            public int Read(byte[] pcm, int offset, int count) => _ring.Read(pcm, offset, count);
        }

        private sealed class CollectingSink : IVoiceSink
        {
            internal readonly List<byte> Bytes = new List<byte>();

            internal bool Ended;

            public void OnVoiceBlock(byte[] block, int count, int sequence) => Bytes.AddRange(new ArraySegment<byte>(block, 0, count));

            public void OnUtteranceEnd(int blocks, bool truncated) => Ended = true;
        }
    }
}
