using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    /// <summary>
    /// A held view is one whose 16 x 16 samples differ from the remembered ones by at most 10 grey levels on average:
    /// sensor noise keeps the view, a change anywhere in the frame (its last rows too) ends it.
    /// </summary>
    [TestClass]
    public class ViewSignatureTests
    {
        private const int Width = 64;
        private const int Height = 48;

        [TestMethod]
        public void SensorNoiseKeepsTheView()
        {
            byte[] first = Scene(0);
            byte[] next = Scene(0);
            for (int i = 0; i < next.Length; i++)
            {
                // +-4 levels, in a pattern that does not repeat with the sample grid.
                next[i] = (byte)(next[i] + (i * 7 % 9) - 4);
            }
            var view = new ViewSignature();
            view.Take(first, 0, Width, Width, Height);
            Assert.IsTrue(view.Same(next, 0, Width, Width, Height));
        }

        [DataRow(10, true)]
        [DataRow(11, false)]
        public void TheMeanDifferenceDecides(int shift, bool same)
        {
            var view = new ViewSignature();
            view.Take(Uniform(100), 0, Width, Width, Height);
            Assert.AreEqual(same, view.Same(Uniform(100 + shift), 0, Width, Width, Height));
        }

        [TestMethod]
        public void AChangeInTheLastRowsEndsTheView()
        {
            // Only the bottom quarter differs, by 60 levels: the samples above it match exactly.
            byte[] first = Scene(0);
            byte[] next = Scene(0);
            for (int i = Width * Height * 3 / 4; i < next.Length; i++)
            {
                next[i] = (byte)(next[i] > 128 ? next[i] - 60 : next[i] + 60);
            }
            var view = new ViewSignature();
            view.Take(first, 0, Width, Width, Height);
            Assert.IsFalse(view.Same(next, 0, Width, Width, Height));
        }

        [TestMethod]
        public void AnotherSceneOrRegionSizeIsAnotherView()
        {
            var view = new ViewSignature();
            view.Take(Scene(0), 0, Width, Width, Height);
            Assert.IsFalse(view.Same(Scene(5), 0, Width, Width, Height));
            Assert.IsFalse(view.Same(Scene(0), 0, Width, Width - 16, Height));
        }

        [DataRow(0, 0, true)]
        [DataRow(3, -2, true)]
        [DataRow(-3, 3, true)]
        [DataRow(6, 0, false)]
        [DataRow(0, -6, false)]
        public void AShiftWithinTheReachIsNear(int dx, int dy, bool near)
        {
            var view = new ViewSignature();
            view.Take(Texture(0, 0, 1), 0, Side, Side, Side);
            byte[] shifted = Texture(dx, dy, 1);
            Assert.AreEqual(near, view.Near(shifted, 0, Side, Side, Side));
            Assert.AreEqual(dx == 0 && dy == 0, view.Same(shifted, 0, Side, Side, Side));
        }

        [TestMethod]
        public void AnotherTextureIsNotNear()
        {
            var view = new ViewSignature();
            view.Take(Texture(0, 0, 1), 0, Side, Side, Side);
            Assert.IsFalse(view.Near(Texture(0, 0, 2), 0, Side, Side, Side));
            Assert.IsFalse(view.Near(Texture(0, 0, 1), 0, Side, Side - 8, Side));
        }

        private const int Side = 128;

        // Busy pseudo-random texture (blocks of 2 x 2 pixels) of `seed`, its content moved by (dx, dy) pixels.
        private static byte[] Texture(int dx, int dy, int seed)
        {
            byte[] frame = new byte[Side * Side];
            for (int y = 0; y < Side; y++)
            {
                for (int x = 0; x < Side; x++)
                {
                    int u = (x - dx + 64) / 2;
                    int v = (y - dy + 64) / 2;
                    int h = (u * 73856093) ^ (v * 19349663) ^ (seed * 83492791);
                    h ^= h >> 13;
                    h *= 0x5bd1e995;
                    h ^= h >> 15;
                    frame[y * Side + x] = (byte)(h & 0xFF);
                }
            }
            return frame;
        }

        // A gradient with stripes, shifted by `phase` pixels.
        private static byte[] Scene(int phase)
        {
            byte[] frame = new byte[Width * Height];
            for (int y = 0; y < Height; y++)
            {
                for (int x = 0; x < Width; x++)
                {
                    frame[y * Width + x] = (byte)(40 + x + y + ((x + phase) / 5 % 2) * 100);
                }
            }
            return frame;
        }

        private static byte[] Uniform(int level)
        {
            byte[] frame = new byte[Width * Height];
            for (int i = 0; i < frame.Length; i++)
            {
                frame[i] = (byte)level;
            }
            return frame;
        }
    }
}
