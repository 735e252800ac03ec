using GlassesFirmware.Confirmation;

namespace GlassesFirmware.Tests.Confirmation
{
    /// <summary>Synthetic 16 kHz signals (integer only) and a scripted microphone.</summary>
    internal static class AudioKit
    {
        /// <summary>One period of a full-scale sine in 64 steps.</summary>
        private static readonly short[] Sine =
        {
            0, 3212, 6393, 9512, 12539, 15446, 18204, 20787, 23170, 25329, 27245, 28898, 30273, 31356, 32137, 32609,
            32767, 32609, 32137, 31356, 30273, 28898, 27245, 25329, 23170, 20787, 18204, 15446, 12539, 9512, 6393, 3212,
            0, -3212, -6393, -9512, -12539, -15446, -18204, -20787, -23170, -25329, -27245, -28898, -30273, -31356,
            -32137, -32609, -32767, -32609, -32137, -31356, -30273, -28898, -27245, -25329, -23170, -20787, -18204,
            -15446, -12539, -9512, -6393, -3212,
        };

        private static uint _seed = 12345;

        /// <summary>Samples in <paramref name="ms"/> milliseconds.</summary>
        internal static int Samples(int ms)
        {
            return ms * AudioFormat.SampleRate / 1000;
        }

        /// <summary>Adds a sine of <paramref name="step"/> * 250 Hz with peak <paramref name="amplitude"/>.</summary>
        internal static void AddTone(short[] dst, int offset, int count, int amplitude, int step)
        {
            for (int i = 0; i < count; i++)
            {
                Put(dst, offset + i, Sine[(i * step) & 63] * amplitude / 32767);
            }
        }

        /// <summary>Adds uniform white noise of peak <paramref name="amplitude"/> (seeded, repeatable).</summary>
        internal static void AddNoise(short[] dst, int offset, int count, int amplitude, uint seed)
        {
            _seed = seed;
            for (int i = 0; i < count; i++)
            {
                _seed = _seed * 1664525 + 1013904223;
                int r = (int)(_seed >> 16) - 32768;
                Put(dst, offset + i, r * amplitude / 32768);
            }
        }

        /// <summary>Adds a constant (a microphone's DC offset).</summary>
        internal static void AddDc(short[] dst, int offset, int count, int dc)
        {
            for (int i = 0; i < count; i++)
            {
                Put(dst, offset + i, dc);
            }
        }

        /// <summary>
        /// The signal as a microphone delivers it: little-endian slots of <paramref name="slotBytes"/> bytes with the
        /// sample in the top two bytes; a 4-byte slot's low bytes get filler (an INMP441's low bits and padding),
        /// which readers must ignore.
        /// </summary>
        internal static byte[] Slots(short[] pcm, int slotBytes)
        {
            byte[] bytes = new byte[pcm.Length * slotBytes];
            for (int i = 0; i < pcm.Length; i++)
            {
                int at = i * slotBytes;
                if (slotBytes == 4)
                {
                    bytes[at] = 0xA5;
                    bytes[at + 1] = (byte)i;
                    at += 2;
                }
                bytes[at] = (byte)pcm[i];
                bytes[at + 1] = (byte)(pcm[i] >> 8);
            }
            return bytes;
        }

        /// <summary>The 16-bit little-endian sample at byte <paramref name="at"/>.</summary>
        internal static int SampleAt(byte[] pcm, int at)
        {
            return (short)(pcm[at] | (pcm[at + 1] << 8));
        }

        private static void Put(short[] dst, int i, int add)
        {
            int v = dst[i] + add;
            dst[i] = (short)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
        }
    }

    /// <summary>A microphone playing a fixed signal, at most <see cref="ChunkSamples"/> per read (like a DMA buffer).</summary>
    internal sealed class ScriptedMicrophone : IMicrophone
    {
        private readonly byte[] _signal;
        private readonly int _slot;
        private int _position;
        private int _available;

        /// <summary>Plays <paramref name="signal"/> in 16-bit slots.</summary>
        internal ScriptedMicrophone(short[] signal)
            : this(signal, 2)
        {
        }

        /// <summary>Plays <paramref name="signal"/> in slots of <paramref name="slotBytes"/> bytes (see <see cref="AudioKit.Slots"/>).</summary>
        internal ScriptedMicrophone(short[] signal, int slotBytes)
        {
            _signal = AudioKit.Slots(signal, slotBytes);
            _slot = slotBytes;
            ChunkSamples = 256;
        }

        internal int ChunkSamples;
        internal bool Started;

        /// <summary>Makes the next <paramref name="ms"/> of the signal readable (time passing).</summary>
        internal void Advance(int ms)
        {
            _available += AudioKit.Samples(ms) * _slot;
        }

        /// <summary>Makes the whole signal readable.</summary>
        internal void ReleaseAll()
        {
            _available = _signal.Length;
        }

        public int Overruns
        {
            get { return 0; }
        }

        public int SlotBytes
        {
            get { return _slot; }
        }

        public bool Start()
        {
            Started = true;
            return true;
        }

        public void Stop()
        {
            Started = false;
        }

        public int Read(byte[] pcm, int offset, int count)
        {
            int limit = _available < _signal.Length ? _available : _signal.Length;
            int n = limit - _position;
            if (n > count)
            {
                n = count;
            }
            if (n > ChunkSamples * _slot)
            {
                n = ChunkSamples * _slot;
            }
            if (n <= 0)
            {
                return 0;
            }
            System.Array.Copy(_signal, _position, pcm, offset, n);
            _position += n;
            return n;
        }
    }
}
