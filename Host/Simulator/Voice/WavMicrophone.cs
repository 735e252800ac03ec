using System;
using System.Buffers.Binary;
using System.IO;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Host.Adapters.Files;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Platform;

namespace GlassesFirmware.Host.Simulator.Voice
{
    /// <summary>
    /// <see cref="IMicrophone"/> playing audio in real (or simulated) time from the clock: quiet room noise,
    /// with clips (WAV files, or synthetic speech bursts) mixed in when <see cref="Play"/> is called. Samples
    /// become readable as the clock advances, as the test kit's <see cref="MicrophoneTimeline"/> has it (the timing
    /// <see cref="FakeMicrophone"/> shares).
    /// </summary>
    public sealed class WavMicrophone : IMicrophone
    {
        private readonly IClock _clock;
        private readonly Random _noise = new Random(7);
        private short[] _clip = Array.Empty<short>();
        private long _clipStart = long.MaxValue;
        private readonly MicrophoneTimeline _timeline = new MicrophoneTimeline();

        /// <summary>A microphone whose time is <paramref name="clock"/>.</summary>
        public WavMicrophone(IClock clock)
        {
            _clock = clock;
        }

        /// <summary>Peak amplitude of the background noise (default 150).</summary>
        public int NoiseAmplitude { get; set; } = 150;

        /// <summary>Plays <paramref name="samples"/> (16 kHz mono) from the next sample read on.</summary>
        public void Play(short[] samples)
        {
            _clip = samples;
            _clipStart = _timeline.Position;
        }

        /// <summary>A speech-like burst (two tones, changing loudness) of <paramref name="ms"/> milliseconds.</summary>
        public static short[] SpeechBurst(int ms)
        {
            short[] pcm = new short[ms * 16];
            for (int i = 0; i < pcm.Length; i++)
            {
                double envelope = 3000 + 3000 * ((i / 1600) % 2);
                pcm[i] = (short)(envelope * (Math.Sin(2 * Math.PI * 220 * i / 16000.0) + 0.4 * Math.Sin(2 * Math.PI * 1800 * i / 16000.0)));
            }
            return pcm;
        }

        /// <inheritdoc />
        public int Overruns => 0;

        /// <summary>16-bit PCM, like a PDM microphone.</summary>
        public int SlotBytes => 2;

        /// <inheritdoc />
        public bool Start()
        {
            _timeline.Start(_clock.NowMs);
            return true;
        }

        /// <inheritdoc />
        public void Stop()
        {
            _timeline.Stop();
        }

        /// <inheritdoc />
        public int Read(byte[] pcm, int offset, int count)
        {
            int n = _timeline.Readable(_clock.NowMs, count / 2);
            long position = _timeline.Position;
            for (int i = 0; i < n; i++, position++)
            {
                int v = _noise.Next(-NoiseAmplitude, NoiseAmplitude + 1);
                long k = position - _clipStart;
                if (k >= 0 && k < _clip.Length)
                {
                    v += _clip[k];
                }
                BinaryPrimitives.WriteInt16LittleEndian(pcm.AsSpan(offset + 2 * i), (short)Math.Clamp(v, short.MinValue, short.MaxValue));
            }
            _timeline.Advance(n);
            return 2 * n;
        }

        /// <summary>
        /// Reads a RIFF WAVE file of 8- or 16-bit PCM, any channel count and rate, as 16 kHz mono: channels are
        /// averaged, other rates are resampled linearly. Throws <see cref="InvalidDataException"/> for other formats,
        /// <see cref="InputFileException"/> for a path that is not a readable file.
        /// </summary>
        public static short[] LoadWav(string path)
        {
            byte[] b = InputFile.ReadAllBytes(path);
            if (b.Length < 12 || b[0] != 'R' || b[1] != 'I' || b[2] != 'F' || b[3] != 'F' || b[8] != 'W' || b[9] != 'A')
            {
                throw new InvalidDataException(path + ": not a RIFF WAVE file");
            }
            int channels = 0, rate = 0, bits = 0, format = 0, dataAt = -1, dataLength = 0;
            for (int p = 12; p + 8 <= b.Length;)
            {
                string id = System.Text.Encoding.ASCII.GetString(b, p, 4);
                int size = BitConverter.ToInt32(b, p + 4);
                if (size < 0)
                {
                    break;
                }
                if (id == "fmt " && size >= 16 && p + 24 <= b.Length)
                {
                    format = BitConverter.ToUInt16(b, p + 8);
                    channels = BitConverter.ToUInt16(b, p + 10);
                    rate = BitConverter.ToInt32(b, p + 12);
                    bits = BitConverter.ToUInt16(b, p + 22);
                }
                else if (id == "data")
                {
                    dataAt = p + 8;
                    dataLength = Math.Min(size, b.Length - dataAt);
                }
                p += 8 + size + (size & 1);
            }
            if ((format != 1 && format != 0xFFFE) || channels < 1 || rate < 1000 || (bits != 8 && bits != 16) || dataAt < 0)
            {
                throw new InvalidDataException(path + ": only 8- or 16-bit PCM WAV is supported");
            }
            int frameBytes = channels * bits / 8;
            int frames = dataLength / frameBytes;
            double[] mono = new double[frames];
            for (int f = 0; f < frames; f++)
            {
                double sum = 0;
                for (int c = 0; c < channels; c++)
                {
                    int at = dataAt + f * frameBytes + c * bits / 8;
                    sum += bits == 16 ? BitConverter.ToInt16(b, at) : (b[at] - 128) * 256;
                }
                mono[f] = sum / channels;
            }
            int outLength = (int)((long)frames * AudioFormat.SampleRate / rate);
            short[] pcm = new short[outLength];
            for (int i = 0; i < outLength; i++)
            {
                double x = (double)i * rate / AudioFormat.SampleRate;
                int i0 = (int)x;
                int i1 = Math.Min(i0 + 1, frames - 1);
                double v = mono[i0] + (mono[i1] - mono[i0]) * (x - i0);
                pcm[i] = (short)Math.Clamp(v, short.MinValue, short.MaxValue);
            }
            return pcm;
        }
    }
}
