using System;
using GlassesFirmware.Frame;

namespace GlassesFirmware.Host.Adapters.Frame
{
    /// <summary>
    /// <see cref="IFrameSource"/> showing still pictures (grey pixels, from image files or a frame script): the
    /// current picture is delivered as a new frame on every capture while started. Pictures of another size
    /// are pasted top-left on a mid-grey canvas of the source's size (and cropped when larger).
    /// </summary>
    public sealed class StillFrameSource : IFrameSource
    {
        private readonly byte[] _canvas;

        /// <summary>A camera of <paramref name="width"/> x <paramref name="height"/> pixels showing mid-grey.</summary>
        public StillFrameSource(int width, int height)
        {
            Width = width;
            Height = height;
            _canvas = new byte[width * height];
            Array.Fill(_canvas, (byte)128);
        }

        /// <inheritdoc />
        public int Width { get; }

        /// <inheritdoc />
        public int Height { get; }

        /// <inheritdoc />
        public int Stride => Width;

        /// <summary>True while started.</summary>
        public bool On { get; private set; }

        /// <summary>Frames delivered so far.</summary>
        public int Captures { get; private set; }

        /// <summary>Shows <paramref name="pixels"/> (<paramref name="width"/> x <paramref name="height"/>, row-major grey).</summary>
        public void Show(byte[] pixels, int width, int height)
        {
            Array.Fill(_canvas, (byte)128);
            for (int y = 0; y < Math.Min(height, Height); y++)
            {
                Buffer.BlockCopy(pixels, y * width, _canvas, y * Width, Math.Min(width, Width));
            }
        }

        /// <inheritdoc />
        public bool Start()
        {
            On = true;
            return true;
        }

        /// <inheritdoc />
        public void Stop() => On = false;

        /// <inheritdoc />
        public bool Capture(byte[] buffer)
        {
            if (!On)
            {
                return false;
            }
            Buffer.BlockCopy(_canvas, 0, buffer, 0, _canvas.Length);
            Captures++;
            return true;
        }
    }
}
