using System;
using System.Collections.Generic;
using QRCoder;

namespace GlassesFirmware.Host.Benchmarks
{
    /// <summary>
    /// The generated frames of the QR benchmark, seeded as <see cref="Program"/> uses them, so that other checks
    /// (the native kernels' test) see exactly the benchmark's synthetic, v6 and code-free frames.
    /// </summary>
    public static class BenchmarkFrames
    {
        /// <summary>One cell of the synthetic set: frame size, module pitch and blur, with its own seed.</summary>
        public sealed record SyntheticCell(int Width, int Height, double PixelsPerModule, double Blur)
        {
            /// <summary>The cell's random source, from the first frame on.</summary>
            public Random NewRandom() => new Random(1000 * Width + (int)(PixelsPerModule * 10) + (int)Blur);

            /// <summary>The cell's next frame: an EMVCo-like payload at level M, rotated up to 20 degrees either way.</summary>
            public SyntheticFrames.Frame Next(Random rng)
            {
                string text = SyntheticFrames.FittingPayload(rng, Width, Height, PixelsPerModule, SyntheticFrames.EmvPayload);
                return SyntheticFrames.Render(text, QRCodeGenerator.ECCLevel.M, Width, Height, PixelsPerModule,
                    rng.NextDouble() * 40 - 20, Blur, 4, rng);
            }
        }

        /// <summary>One cell of the v6 set: 240x240 at 3 px/module, upright (within 5 degrees) or at any angle.</summary>
        public sealed record V6Cell(bool Rotated, double Blur)
        {
            /// <summary>The name the benchmark prints for the cell.</summary>
            public string Name => $"v6 240x240, {(Rotated ? "any angle" : "upright")}, blur {Blur:F0}";

            /// <summary>The cell's random source, from the first frame on.</summary>
            public Random NewRandom() => new Random(600 + (Rotated ? 10 : 0) + (int)Blur);

            /// <summary>The cell's next frame (payloads are drawn until the symbol is version 6).</summary>
            public SyntheticFrames.Frame Next(Random rng)
            {
                SyntheticFrames.Frame frame;
                do
                {
                    string text = SyntheticFrames.EmvPayload(rng, rng.Next(90, 111));
                    double angle = Rotated ? rng.NextDouble() * 360 : rng.NextDouble() * 10 - 5;
                    frame = SyntheticFrames.Render(text, QRCodeGenerator.ECCLevel.M, 240, 240, 3.0, angle, Blur, 4, rng);
                }
                while (frame.Version != 6);
                return frame;
            }
        }

        /// <summary>The synthetic cells in benchmark order: 240x240 at five pitches, 640x480 at three, blur 0 and 1.</summary>
        public static IEnumerable<SyntheticCell> SyntheticCells()
        {
            foreach ((int w, int h) in new[] { (240, 240), (640, 480) })
            {
                double[] pitches = w == 240 ? new[] { 1.5, 2.0, 2.5, 3.0, 4.0 } : new[] { 2.0, 3.0, 4.0 };
                foreach (double ppm in pitches)
                {
                    foreach (double blur in new[] { 0.0, 1.0 })
                    {
                        yield return new SyntheticCell(w, h, ppm, blur);
                    }
                }
            }
        }

        /// <summary>The v6 cells in benchmark order.</summary>
        public static IEnumerable<V6Cell> V6Cells()
        {
            foreach (bool rotated in new[] { false, true })
            {
                foreach (double blur in new[] { 0.0, 1.0 })
                {
                    yield return new V6Cell(rotated, blur);
                }
            }
        }

        /// <summary>Families of the code-free set: the noise kinds, then the scene kinds.</summary>
        public static int CodeFreeKinds => NoiseFrames.Kinds + SceneFrames.Kinds.Length;

        /// <summary>
        /// Fills the 240x240 <paramref name="frame"/> with code-free frame <paramref name="index"/> of the benchmark
        /// (cycling through the families, all drawing from one <paramref name="rng"/> seeded 7) and returns its name.
        /// </summary>
        public static string FillCodeFree(byte[] frame, int index, SceneFrames scenes, Random rng)
        {
            int kind = index % CodeFreeKinds;
            if (kind < NoiseFrames.Kinds)
            {
                NoiseFrames.Fill(frame, 240, 240, kind, rng);
                return "code-free noise: " + NoiseFrames.Names[kind];
            }

            scenes.Fill(frame, kind - NoiseFrames.Kinds, rng);
            return "code-free scene: " + SceneFrames.Kinds[kind - NoiseFrames.Kinds];
        }

        /// <summary>The random source of the code-free set.</summary>
        public static Random CodeFreeRandom() => new Random(7);
    }
}
