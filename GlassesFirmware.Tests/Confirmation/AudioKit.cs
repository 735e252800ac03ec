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
            Seed(seed);
            AddNoise(dst, offset, count, amplitude);
        }

        /// <summary>Restarts the noise sequence.</summary>
        internal static void Seed(uint seed)
        {
            _seed = seed;
        }

        /// <summary>Adds more of the same noise: continues the sequence of the last call.</summary>
        internal static void AddNoise(short[] dst, int offset, int count, int amplitude)
        {
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
        /// Writes <paramref name="count"/> samples of <paramref name="pcm"/> from <paramref name="first"/> into
        /// <paramref name="into"/> at <paramref name="at"/> as a microphone delivers them: little-endian slots of
        /// <paramref name="slotBytes"/> bytes, the sample in the top two bytes; a 4-byte slot's low bytes get filler
        /// (an INMP441's low bits and padding), which readers must ignore. Tests convert a frame or a read at a time,
        /// so a long signal never needs a second, wider copy on a device's small heap.
        /// </summary>
        internal static void ToSlots(short[] pcm, int first, int count, int slotBytes, byte[] into, int at)
        {
            for (int i = 0; i < count; i++, at += slotBytes)
            {
                short sample = pcm[first + i];
                if (slotBytes == 4)
                {
                    into[at] = 0xA5;
                    into[at + 1] = (byte)i;
                }
                into[at + slotBytes - 2] = (byte)sample;
                into[at + slotBytes - 1] = (byte)(sample >> 8);
            }
        }

        /// <summary>Frame <paramref name="frame"/> of <paramref name="pcm"/> in slots (see <see cref="ToSlots"/>), into <paramref name="into"/>.</summary>
        internal static byte[] Frame(short[] pcm, int frame, int slotBytes, byte[] into)
        {
            ToSlots(pcm, frame * AudioFormat.FrameSamples, AudioFormat.FrameSamples, slotBytes, into, 0);
            return into;
        }

        /// <summary>A short signal wholly in slots (see <see cref="ToSlots"/>).</summary>
        internal static byte[] Slots(short[] pcm, int slotBytes)
        {
            byte[] bytes = new byte[pcm.Length * slotBytes];
            ToSlots(pcm, 0, pcm.Length, slotBytes, bytes, 0);
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
        private readonly short[] _signal;
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
            _signal = signal;
            _slot = slotBytes;
            ChunkSamples = 256;
        }

        internal int ChunkSamples;
        internal bool Started;

        /// <summary>Makes the next <paramref name="ms"/> of the signal readable (time passing).</summary>
        internal void Advance(int ms)
        {
            _available += AudioKit.Samples(ms);
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
            if (n > count / _slot)
            {
                n = count / _slot;
            }
            if (n > ChunkSamples)
            {
                n = ChunkSamples;
            }
            if (n <= 0)
            {
                return 0;
            }
            AudioKit.ToSlots(_signal, _position, n, _slot, pcm, offset);
            _position += n;
            return n * _slot;
        }
    }
}
