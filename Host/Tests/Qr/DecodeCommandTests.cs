using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GlassesFirmware.Host.Simulator.Commands;
using QRCoder;
using SkiaSharp;
using Xunit;

namespace GlassesFirmware.Host.Tests.Qr
{
    /// <summary><c>glasses-sim decode</c> on PNG, JPEG, PGM and broken files.</summary>
    public sealed class DecodeCommandTests : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("qr-decode-").FullName;

        public void Dispose()
        {
            Directory.Delete(_dir, true);
        }

        private static byte[] Symbol(string text, out int side)
        {
            QRCodeData data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
            return QrFrames.Render(data, 4, 0, false, false, out side);
        }

        private static byte[] Encode(byte[] grey, int side, SKEncodedImageFormat format)
        {
            using var bitmap = new SKBitmap(new SKImageInfo(side, side, SKColorType.Gray8, SKAlphaType.Opaque));
            System.Runtime.InteropServices.Marshal.Copy(grey, 0, bitmap.GetPixels(), grey.Length);
            using SKData encoded = bitmap.Encode(format, 95);
            return encoded.ToArray();
        }

        private (int Exit, JsonElement[] Records, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = new DecodeCommand().Run(args, output, error);
            JsonElement[] records = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToArray();
            return (exit, records, error.ToString());
        }

        [Fact]
        public void PngJpegAndPgmDecodeWithJsonFields()
        {
            byte[] grey = Symbol("PNG-JPEG-PGM 123", out int side);
            File.WriteAllBytes(Path.Combine(_dir, "a.png"), Encode(grey, side, SKEncodedImageFormat.Png));
            File.WriteAllBytes(Path.Combine(_dir, "b.jpg"), Encode(grey, side, SKEncodedImageFormat.Jpeg));
            byte[] header = Encoding.ASCII.GetBytes("P5\n# test\n" + side + " " + side + "\n255\n");
            File.WriteAllBytes(Path.Combine(_dir, "c.pgm"), header.Concat(grey).ToArray());

            (int exit, JsonElement[] records, _) = Run(_dir, "--json");

            Assert.Equal(0, exit);
            Assert.Equal(3, records.Length);
            foreach (JsonElement r in records)
            {
                Assert.True(r.GetProperty("ok").GetBoolean());
                Assert.Equal("PNG-JPEG-PGM 123", r.GetProperty("text").GetString());
                Assert.Equal(Convert.ToHexString(Encoding.ASCII.GetBytes("PNG-JPEG-PGM 123")), r.GetProperty("bytesHex").GetString());
                Assert.Equal("M", r.GetProperty("ecLevel").GetString());
                Assert.True(r.GetProperty("version").GetInt32() >= 1);
                Assert.False(r.GetProperty("mirrored").GetBoolean());
                Assert.False(r.GetProperty("inverted").GetBoolean());
                Assert.Equal(4, r.GetProperty("corners").GetArrayLength());
                Assert.True(r.GetProperty("ms").GetDouble() >= 0);
            }

            Assert.EndsWith("a.png", records[0].GetProperty("file").GetString());
        }

        [Fact]
        public void UnreadableFileGivesAnErrorRecordAndTheOthersStillRun()
        {
            byte[] grey = Symbol("STILL RUNS", out int side);
            string good = Path.Combine(_dir, "good.png");
            string bad = Path.Combine(_dir, "bad.png");
            File.WriteAllBytes(good, Encode(grey, side, SKEncodedImageFormat.Png));
            File.WriteAllText(bad, "not an image");

            (int exit, JsonElement[] records, _) = Run(bad, Path.Combine(_dir, "missing.pgm"), good, "--json");

            Assert.Equal(2, exit);
            Assert.Equal(3, records.Length);
            Assert.False(records[0].GetProperty("ok").GetBoolean());
            Assert.StartsWith("unreadable", records[0].GetProperty("error").GetString());
            Assert.False(records[1].GetProperty("ok").GetBoolean());
            Assert.Equal("STILL RUNS", records[2].GetProperty("text").GetString());
        }

        [Fact]
        public void ImageWithoutCodeIsReportedAndExitsOne()
        {
            byte[] blank = new byte[64 * 64];
            Array.Fill(blank, (byte)200);
            File.WriteAllBytes(Path.Combine(_dir, "blank.png"), Encode(blank, 64, SKEncodedImageFormat.Png));
            (int exit, JsonElement[] records, _) = Run(_dir, "--json");
            Assert.Equal(1, exit);
            Assert.Single(records);
            Assert.False(records[0].GetProperty("ok").GetBoolean());
            Assert.Equal("no-code", records[0].GetProperty("error").GetString());
        }

        [Fact]
        public void TwoCodesInOneImageGiveTwoRecords()
        {
            byte[] left = Symbol("LEFT CODE", out int side);
            byte[] right = Symbol("RIGHT CODE", out int side2);
            Assert.Equal(side, side2);
            int width = side * 2;
            byte[] both = new byte[width * side];
            for (int y = 0; y < side; y++)
            {
                Array.Copy(left, y * side, both, y * width, side);
                Array.Copy(right, y * side, both, y * width + side, side);
            }

            string path = Path.Combine(_dir, "two.pgm");
            File.WriteAllBytes(path, Encoding.ASCII.GetBytes("P5 " + width + " " + side + " 255\n").Concat(both).ToArray());
            (int exit, JsonElement[] records, _) = Run(path, "--json");
            Assert.Equal(0, exit);
            Assert.Equal(new[] { "LEFT CODE", "RIGHT CODE" }, records.Select(r => r.GetProperty("text").GetString()).OrderBy(t => t));
        }

        [Fact]
        public void TinyPngClaimingAHugePictureIsRefusedFromItsHeaderAndTheNextFileStillRuns()
        {
            string huge = Path.Combine(_dir, "huge.png");
            string good = Path.Combine(_dir, "good.png");
            File.WriteAllBytes(huge, HostilePngs.HugeHeader(100000, 100000));
            Assert.Equal(104, new FileInfo(huge).Length);
            File.WriteAllBytes(good, Encode(Symbol("AFTER THE BOMB", out int side), side, SKEncodedImageFormat.Png));

            (int exit, JsonElement[] records, _) = Run(huge, good, "--json");

            Assert.Equal(2, exit);
            Assert.Equal(2, records.Length);
            Assert.Equal("image-too-large", records[0].GetProperty("problem").GetString());
            Assert.Contains("100000x100000", records[0].GetProperty("error").GetString());
            Assert.Equal("AFTER THE BOMB", records[1].GetProperty("text").GetString());
        }

        [Fact]
        public void LargeFlatPngIsRefusedBeforeDecodingWithBoundedMemory()
        {
            string large = Path.Combine(_dir, "large.png");
            File.WriteAllBytes(large, HostilePngs.White(20000, 20000));
            Assert.True(new FileInfo(large).Length < 1_000_000);

            long before = GC.GetTotalAllocatedBytes(true);
            (int exit, JsonElement[] records, _) = Run(large, "--json");
            long allocated = GC.GetTotalAllocatedBytes(true) - before;

            Assert.Equal(2, exit);
            Assert.Equal("image-too-large", Assert.Single(records).GetProperty("problem").GetString());
            // The file itself (under 1 MB) and bookkeeping: no pixel buffer (20000 x 20000 would be 1.6 GB of RGBA).
            Assert.True(allocated < 8_000_000, allocated + " bytes allocated");
        }

        [Fact]
        public void TruncatedPngIsUnreadableNotNoCode()
        {
            byte[] png = Encode(Symbol("CUT OFF", out int side), side, SKEncodedImageFormat.Png);
            string cut = Path.Combine(_dir, "cut.png");
            File.WriteAllBytes(cut, png.AsSpan(0, png.Length / 2).ToArray());

            (int exit, JsonElement[] records, _) = Run(cut, "--json");

            Assert.Equal(2, exit);
            JsonElement record = Assert.Single(records);
            Assert.Equal("truncated", record.GetProperty("problem").GetString());
            Assert.StartsWith("unreadable", record.GetProperty("error").GetString());
        }

        [Fact]
        public void JpegAndPgmHeadersAreCheckedBeforeDecoding()
        {
            byte[] jpeg = Encode(Symbol("BIG JPEG", out int side), side, SKEncodedImageFormat.Jpeg);
            // The start-of-frame segment (FFC0..FFC2) holds the height and width after its length and precision.
            int sof = Enumerable.Range(0, jpeg.Length - 9).First(i => jpeg[i] == 0xFF && jpeg[i + 1] >= 0xC0 && jpeg[i + 1] <= 0xC2);
            jpeg[sof + 5] = 0xEA; jpeg[sof + 6] = 0x60; // height 60000
            jpeg[sof + 7] = 0xEA; jpeg[sof + 8] = 0x60; // width 60000
            File.WriteAllBytes(Path.Combine(_dir, "a.jpg"), jpeg);
            File.WriteAllBytes(Path.Combine(_dir, "b.pgm"), Encoding.ASCII.GetBytes("P5 5000 5000 255\n\0\0\0"));
            File.WriteAllBytes(Path.Combine(_dir, "c.pgm"), Encoding.ASCII.GetBytes("P5 64 64 255\n\0\0\0"));

            (int exit, JsonElement[] records, _) = Run(_dir, "--json");

            Assert.Equal(2, exit);
            Assert.Equal(new[] { "image-too-large", "image-too-large", "truncated" }, records.Select(r => r.GetProperty("problem").GetString()));
            Assert.Contains("60000x60000", records[0].GetProperty("error").GetString());
        }

        [Fact]
        public void UnknownOptionIsUsageError()
        {
            (int exit, JsonElement[] records, string error) = Run("--jsn", "a.png");
            Assert.Equal(2, exit);
            Assert.Empty(records);
            Assert.Contains("--jsn", error);
        }

        [Fact]
        public void FolderWithoutPicturesIsReported()
        {
            string empty = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;
            (int exit, JsonElement[] records, _) = Run(empty, "--json");
            Assert.Equal(2, exit);
            Assert.Equal("empty-folder", Assert.Single(records).GetProperty("problem").GetString());
        }

        [Fact]
        public void NoArgumentsIsUsageError()
        {
            (int exit, _, string error) = Run();
            Assert.Equal(2, exit);
            Assert.Contains("usage", error);
        }
    }
}
