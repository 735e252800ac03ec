using GlassesFirmware.Frame;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>A camera showing frames the test draws; counts captures to check the throttle.</summary>
    public sealed class FakeCamera : IFrameSource
    {
        /// <summary>Frame width.</summary>
        public const int W = 160;
        /// <summary>Frame height.</summary>
        public const int H = 80;
        /// <summary>What the camera sees (grey, W x H).</summary>
        public byte[] Picture = new byte[W * H];
        /// <summary>True while started.</summary>
        public bool On;
        /// <summary>When false, captures fail (a camera that stopped delivering).</summary>
        public bool Delivers = true;
        /// <summary>Frames captured so far.</summary>
        public int Captures;

        /// <inheritdoc />
        public int Width
        {
            get { return W; }
        }

        /// <inheritdoc />
        public int Height
        {
            get { return H; }
        }

        /// <inheritdoc />
        public int Stride
        {
            get { return W; }
        }

        /// <inheritdoc />
        public bool Start()
        {
            On = true;
            return true;
        }

        /// <inheritdoc />
        public void Stop()
        {
            On = false;
        }

        /// <inheritdoc />
        public bool Capture(byte[] buffer)
        {
            if (!On || !Delivers)
            {
                return false;
            }
            Captures++;
            System.Array.Copy(Picture, buffer, Picture.Length);
            return true;
        }
    }
}
