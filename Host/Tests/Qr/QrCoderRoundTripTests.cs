using System;
using System.Collections.Generic;
using System.Text;
using GlassesFirmware.Host.Simulator.Imaging;
using GlassesFirmware.Qr;
using QRCoder;
using Xunit;

namespace GlassesFirmware.Host.Tests.Qr
{
    /// <summary>Symbols made by QRCoder 1.8.1 (an independent encoder) decode to their exact text.</summary>
    public class QrCoderRoundTripTests
    {
        private static readonly QRCodeGenerator.ECCLevel[] Levels =
        {
            QRCodeGenerator.ECCLevel.L, QRCodeGenerator.ECCLevel.M, QRCodeGenerator.ECCLevel.Q, QRCodeGenerator.ECCLevel.H,
        };

        public static IEnumerable<object[]> Versions()
        {
            for (int v = 1; v <= 40; v++)
            {
                yield return new object[] { v };
            }
        }

        // Cycles through the modes QRCoder picks by content: numeric, alphanumeric, byte (ISO-8859-1), byte with
        // UTF-8 ECI. Short enough for 1-H (9 data codewords); the requested version makes the symbol big.
        private static (string Text, QRCodeGenerator.EciMode Eci) Payload(int version, int level)
        {
            var rng = new Random(version * 4 + level);
            const string digits = "0123456789";
            const string alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
            var sb = new StringBuilder();
            switch ((version + level) % 4)
            {
                case 0:
                    for (int i = 0, n = 5 + rng.Next(12); i < n; i++)
                    {
                        sb.Append(digits[rng.Next(digits.Length)]);
                    }

                    return (sb.ToString(), QRCodeGenerator.EciMode.Default);
                case 1:
                    for (int i = 0, n = 3 + rng.Next(7); i < n; i++)
                    {
                        sb.Append(alnum[rng.Next(alnum.Length)]);
                    }

                    return (sb.ToString(), QRCodeGenerator.EciMode.Default);
                case 2:
                    return ("p:" + rng.Next(1000), QRCodeGenerator.EciMode.Default);
                default:
                    return (rng.Next(2) == 0 ? "é€" : "北x", QRCodeGenerator.EciMode.Utf8);
            }
        }

        [Theory]
        [MemberData(nameof(Versions))]
        public void EveryLevelOfTheVersionRoundTrips(int version)
        {
            var decoder = new QrDecoder(400, 400);
            var results = new QrResultSet();
            for (int level = 0; level < 4; level++)
            {
                (string text, QRCodeGenerator.EciMode eci) = Payload(version, level);
                QRCodeData data = QRCodeGenerator.GenerateQrCode(text, Levels[level], false, false, eci, version);
                int scale = version <= 20 ? 3 : 2;
                byte[] frame = QrFrames.Render(data, scale, 0, false, false, out int side);
                Assert.Equal(QrStatus.Ok, HeldView.Decode(decoder, frame, side, side, results));
                Assert.Equal(1, results.Count);
                QrCode code = results.Get(0);
                Assert.Equal(text, code.Text);
                Assert.Equal(version, code.Version);
                Assert.Equal((QrEcLevel)level, code.EcLevel);
                Assert.Equal(0, code.CorrectedCodewords);
                Assert.Equal(eci == QRCodeGenerator.EciMode.Utf8 ? 26 : -1, code.Eci);
            }
        }

        [Theory]
        [InlineData(2, 1, false)]
        [InlineData(7, 2, false)]
        [InlineData(10, 3, false)]
        [InlineData(13, 0, true)]
        [InlineData(6, 1, true)]
        [InlineData(25, 3, true)]
        public void RotatedAndMirroredSymbolsRoundTrip(int version, int quarterTurns, bool mirrored)
        {
            string text = "00020101021226" + version + "ROTATION" + quarterTurns;
            QRCodeData data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M, false, false, QRCodeGenerator.EciMode.Default, version);
            byte[] frame = QrFrames.Render(data, 3, quarterTurns, mirrored, false, out int side);
            var results = new QrResultSet();
            HeldView.Decode(new QrDecoder(side, side), frame, side, side, results);
            Assert.Equal(1, results.Count);
            Assert.Equal(text, results.Get(0).Text);
            Assert.Equal(mirrored, results.Get(0).Mirrored);
            Assert.False(results.Get(0).Inverted);
        }

        [Fact]
        public void InvertedSymbolIsReadAndFlagged()
        {
            QRCodeData data = QRCodeGenerator.GenerateQrCode("DARK MODE 42", QRCodeGenerator.ECCLevel.Q);
            byte[] frame = QrFrames.Render(data, 4, 1, false, true, out int side);
            var results = new QrResultSet();
            HeldView.Decode(new QrDecoder(side, side), frame, side, side, results);
            Assert.Equal(1, results.Count);
            Assert.Equal("DARK MODE 42", results.Get(0).Text);
            Assert.True(results.Get(0).Inverted);
        }

        [Fact]
        public void TwoPixelModulesOfAnEmvSizedSymbolDecode()
        {
            string text = SyntheticPayload();
            QRCodeData data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
            byte[] frame = QrFrames.Render(data, 2, 0, false, false, out int side);
            var results = new QrResultSet();
            HeldView.Decode(new QrDecoder(side, side), frame, side, side, results);
            Assert.Equal(1, results.Count);
            Assert.Equal(text, results.Get(0).Text);
        }

        private static string SyntheticPayload()
        {
            return GlassesFirmware.Host.Benchmarks.SyntheticFrames.EmvPayload(new Random(5), 200);
        }
    }
}
