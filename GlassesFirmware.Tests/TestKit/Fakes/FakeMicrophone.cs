using GlassesFirmware.Confirmation;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>
    /// A microphone hearing room noise, and speech (a tone) when the test says so; samples follow the fake clock.
    /// It delivers 32-bit I2S slots (INMP441 layout: the sample in the top two bytes, the low bytes noise), so the
    /// session scenarios also cover the wide-slot path.
    /// </summary>
    public sealed class FakeMicrophone : IMicrophone
    {
        private readonly FakeClock _clock;
        private readonly MicrophoneTimeline _timeline = new MicrophoneTimeline();
        private long _speechFrom = -1;
        private long _speechTo = -1;
        private uint _seed = 99;
        private int _phase;
        /// <summary>How often the microphone was started.</summary>
        public int Starts;

        /// <summary>A microphone whose samples follow <paramref name="clock"/>.</summary>
        public FakeMicrophone(FakeClock clock)
        {
            _clock = clock;
        }

        /// <summary>The wearer speaks for <paramref name="ms"/> from now.</summary>
        public void Speak(int ms)
        {
            _speechFrom = _timeline.Position;
            _speechTo = _speechFrom + ms * MicrophoneTimeline.SamplesPerMs;
        }

        /// <inheritdoc />
        public int Overruns
        {
            get { return 0; }
        }

        /// <inheritdoc />
        public int SlotBytes
        {
            get { return 4; }
        }

        /// <inheritdoc />
        public bool Start()
        {
            _timeline.Start(_clock.Now);
            Starts++;
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
            int n = _timeline.Readable(_clock.Now, count / 4);
            long position = _timeline.Position;
            for (int i = 0; i < n; i++, position++)
            {
                _seed = _seed * 1664525 + 1013904223;
                int v = ((int)(_seed >> 16) - 32768) / 200;
                if (position >= _speechFrom && position < _speechTo)
                {
                    _phase = (_phase + 8) & 63;
                    v += _phase < 32 ? 6000 : -6000;
                }
                int at = offset + 4 * i;
                pcm[at] = (byte)_seed;
                pcm[at + 1] = (byte)(_seed >> 8);
                pcm[at + 2] = (byte)v;
                pcm[at + 3] = (byte)(v >> 8);
            }
            _timeline.Advance(n);
            return 4 * n;
        }
    }
}
