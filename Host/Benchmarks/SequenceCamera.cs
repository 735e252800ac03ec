using System;
using GlassesFirmware.Diagnostics;
using GlassesFirmware.Frame;

namespace GlassesFirmware.Host.Benchmarks
{
    /// <summary>
    /// A camera that delivers a fixed sequence of frames, one per capture, and notes the instruction counter at each
    /// capture, so a benchmark can tell what the runtime executed from the moment a given frame was taken.
    /// </summary>
    public sealed class SequenceCamera : IFrameSource
    {
        private readonly byte[][] _frames;
        private readonly IInstructionCounter _counter;
        private readonly long[] _marks;

        /// <summary>Delivers <paramref name="frames"/> (each <paramref name="width"/> x <paramref name="height"/>) in order, then nothing.</summary>
        public SequenceCamera(byte[][] frames, int width, int height, IInstructionCounter counter)
        {
            _frames = frames;
            Width = width;
            Height = height;
            _counter = counter;
            _marks = new long[frames.Length];
        }

        /// <inheritdoc />
        public int Width { get; }

        /// <inheritdoc />
        public int Height { get; }

        /// <inheritdoc />
        public int Stride => Width;

        /// <summary>Frames delivered so far.</summary>
        public int Captured { get; private set; }

        /// <summary>The counter's reading when frame <paramref name="index"/> was captured.</summary>
        public long MarkOf(int index) => _marks[index];

        /// <inheritdoc />
        public bool Start() => true;

        /// <inheritdoc />
        public void Stop()
        {
        }

        /// <inheritdoc />
        public bool Capture(byte[] buffer)
        {
            if (Captured == _frames.Length)
            {
                return false;
            }
            _marks[Captured] = _counter.Executed;
            Array.Copy(_frames[Captured], buffer, _frames[Captured].Length);
            Captured++;
            return true;
        }
    }
}
