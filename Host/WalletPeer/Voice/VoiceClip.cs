using System;
using System.Collections.Generic;
using GlassesFirmware.Confirmation;

namespace GlassesFirmware.Host.WalletPeer.Voice
{
    /// <summary>
    /// One utterance as the wallet received it: the joined chunk bytes and the codec the chunks named
    /// (docs/protocol.md 6.2, key 28), decoded to 16 kHz mono PCM for the recognizer and for a WAV file.
    /// </summary>
    public sealed class VoiceClip
    {
        /// <summary>The rate of <see cref="Pcm"/>.</summary>
        public const int SampleRate = AudioFormat.SampleRate;

        /// <summary>Makes a clip of <paramref name="codec"/> bytes (decoded when <see cref="Pcm"/> is first read).</summary>
        public VoiceClip(int codec, byte[] encoded)
        {
            Codec = codec;
            Encoded = encoded;
            _pcm = new Lazy<short[]>(() => Decode(codec, encoded));
        }

        private VoiceClip(short[] pcm)
        {
            Codec = -1;
            Encoded = Array.Empty<byte>();
            _pcm = new Lazy<short[]>(pcm);
        }

        private readonly Lazy<short[]> _pcm;

        /// <summary>The <see cref="VoiceCodec"/> number (-1 for <see cref="FromWideband"/>).</summary>
        public int Codec { get; }

        /// <summary>The bytes as received.</summary>
        public byte[] Encoded { get; }

        /// <summary>
        /// The audio at 16 kHz (8 kHz mu-law brought back to 16 kHz by <see cref="NarrowbandUpsampler"/>, nothing above 3.8 kHz), decoded on first
        /// use; throws <see cref="FormatException"/> for an unknown codec or broken blocks.
        /// </summary>
        public short[] Pcm => _pcm.Value;

        /// <summary>Seconds of audio.</summary>
        public double Seconds => Pcm.Length / (double)SampleRate;

        /// <summary>
        /// A clip of 16 kHz PCM that no codec touched (<see cref="Codec"/> -1, nothing encoded): what the recognizer makes
        /// of the speech itself, for measurements (glasses-sim listen --codec none).
        /// </summary>
        public static VoiceClip FromWideband(short[] pcm) => new VoiceClip(pcm);

        /// <summary>A clip made from 16 kHz PCM, as if sent by <paramref name="encoder"/> frame by frame (tests and enrolment).</summary>
        public static VoiceClip FromPcm(short[] pcm, IVoiceEncoder encoder)
        {
            int frame = AudioFormat.FrameSamples;
            byte[] slots = new byte[frame * 2];
            byte[] block = new byte[VoiceCodec.LargestFrameBytes];
            var bytes = new List<byte>();
            encoder.Reset();
            for (int at = 0; at + frame <= pcm.Length; at += frame)
            {
                Buffer.BlockCopy(pcm, at * 2, slots, 0, slots.Length);
                int n = encoder.EncodeBlock(slots, 0, frame, 2, block, 0);
                bytes.AddRange(new ArraySegment<byte>(block, 0, n));
            }

            return new VoiceClip(encoder.Codec, bytes.ToArray());
        }

        private static short[] Decode(int codec, byte[] encoded)
        {
            int block = VoiceCodec.FrameBytes(codec);
            if (block < 0)
            {
                throw new FormatException("unknown voice codec " + codec);
            }

            if (encoded.Length % block != 0)
            {
                throw new FormatException("voice of codec " + codec + " is not whole 20 ms blocks of " + block + " bytes: " + encoded.Length);
            }

            int frames = encoded.Length / block;
            if (codec == VoiceCodec.ImaAdpcm16k)
            {
                short[] pcm = new short[frames * AudioFormat.FrameSamples];
                var decoder = new ImaAdpcm();
                for (int f = 0; f < frames; f++)
                {
                    if (decoder.DecodeBlock(encoded, f * block, block, pcm, f * AudioFormat.FrameSamples) < 0)
                    {
                        throw new FormatException("IMA ADPCM block " + f + " has a malformed header");
                    }
                }

                return pcm;
            }

            short[] samples = new short[encoded.Length];
            MuLaw.DecodeBlock(encoded, 0, encoded.Length, samples, 0);
            return codec == VoiceCodec.MuLaw16k ? samples : NarrowbandUpsampler.ToWideband(samples);
        }
    }
}
