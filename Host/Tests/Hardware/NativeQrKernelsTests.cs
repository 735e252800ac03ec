using System;
using System.IO;
using System.Linq;
using GlassesFirmware.Host.Benchmarks;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Qr;
using Xunit;
using Xunit.Abstractions;

namespace GlassesFirmware.Host.Tests.Hardware
{
    /// <summary>
    /// The native QR kernels (Hardware/Native/GlassesFirmware.QrKernels/gf_qr_kernels.c, which the custom image links
    /// behind NativeQrKernels) compiled with the machine's gcc and compared byte for byte with the managed kernels on
    /// every benchmark frame: the photos of ../shared/qr at four quarter turns, the benchmark's synthetic and v6
    /// frames and its code-free frames (<see cref="QrKernelSweep"/> says what is compared per frame).
    /// </summary>
    [Trait("Category", GccLibrary.NativeC)]
    public class NativeQrKernelsTests
    {
        /// <summary>Code-free frames per family compared: those whose IL the benchmark counts (its --il-frames default).</summary>
        private const int CodeFreePerFamily = 40;

        /// <summary>Synthetic and v6 frames per cell: the benchmark's default (--synthetic).</summary>
        private const int PerCell = 40;

        private readonly ITestOutputHelper _output;

        public NativeQrKernelsTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void EveryPhotoAtFourTurnsGivesTheSameBytes()
        {
            var kernels = new ComparingQrKernels();
            var rng = new Random(12);
            string[] photos = Directory.GetFiles(Path.Combine(RepoPaths.Shared, "qr"), "*.png", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal).ToArray();
            Assert.True(photos.Length >= 179, "expected the 179 photos of ../shared/qr, found " + photos.Length);
            int frames = 0;
            foreach (string photo in photos)
            {
                GreyImage upright = GreyImage.Load(photo);
                for (int turns = 0; turns < 4; turns++)
                {
                    GreyImage image = upright.Rotate(turns);
                    QrKernelSweep.Compare(kernels, photo + "@" + turns, image.Pixels, image.Width, image.Height, rng);
                    frames++;
                }
            }

            Report("photos", frames, kernels);
        }

        [Fact]
        public void EverySyntheticAndV6BenchmarkFrameGivesTheSameBytes()
        {
            var kernels = new ComparingQrKernels();
            var rng = new Random(13);
            int frames = 0;
            foreach (BenchmarkFrames.SyntheticCell cell in BenchmarkFrames.SyntheticCells())
            {
                Random cellRandom = cell.NewRandom();
                for (int f = 0; f < PerCell; f++, frames++)
                {
                    SyntheticFrames.Frame frame = cell.Next(cellRandom);
                    QrKernelSweep.Compare(kernels, $"synthetic {cell}, frame {f}", frame.Pixels, frame.Width, frame.Height, rng);
                }
            }

            foreach (BenchmarkFrames.V6Cell cell in BenchmarkFrames.V6Cells())
            {
                Random cellRandom = cell.NewRandom();
                for (int f = 0; f < PerCell; f++, frames++)
                {
                    SyntheticFrames.Frame frame = cell.Next(cellRandom);
                    QrKernelSweep.Compare(kernels, $"{cell.Name}, frame {f}", frame.Pixels, 240, 240, rng);
                }
            }

            Report("synthetic and v6 frames", frames, kernels);
        }

        [Fact]
        public void EveryCountedCodeFreeBenchmarkFrameGivesTheSameBytes()
        {
            var kernels = new ComparingQrKernels();
            var rng = new Random(14);
            var scenes = new SceneFrames(BlackboxCorpus.Load(Path.Combine(RepoPaths.Shared, "qr", "zxing-blackbox")).Samples);
            Random frameRandom = BenchmarkFrames.CodeFreeRandom();
            byte[] frame = new byte[240 * 240];
            int count = CodeFreePerFamily * BenchmarkFrames.CodeFreeKinds;
            for (int i = 0; i < count; i++)
            {
                string name = BenchmarkFrames.FillCodeFree(frame, i, scenes, frameRandom);
                QrKernelSweep.Compare(kernels, name + ", frame " + i, frame, 240, 240, rng);
            }

            Report("code-free frames", count, kernels);
        }

        private void Report(string set, int frames, ComparingQrKernels kernels)
        {
            Assert.True(kernels.Calls.All(c => c > 0), set + ": a kernel was never called");
            _output.WriteLine($"{set}: {frames} frames, calls compared (black points / smoothing / finder rows / grid rows) " +
                $"{string.Join(" / ", kernels.Calls)}, {kernels.Bytes:N0} bytes compared, 0 differences");
        }
    }
}
