using GlassesFirmware.Qr;
using QRCoder;
using Xunit;

namespace GlassesFirmware.Host.Tests.Qr
{
    /// <summary>
    /// <see cref="CorrectedModules.Locate"/> on real symbols (QRCoder) of versions with alignment patterns, version
    /// blocks and codewords that cross strips or start on a row's second module: every module flipped alone is traced
    /// back from the read's correction to exactly that module when it carries a codeword bit, and to nothing when it
    /// does not (function modules, remainder bits).
    /// </summary>
    public class CorrectedModuleLocationTests
    {
        [Theory]
        [InlineData("HTTPS://QR.ALIPAY.COM/FKX01234", 2)]
        [InlineData("00020101021226370016A000000677010111011300669876543215802TH5303764540510.0063041D2F", 6)]
        [InlineData("00020101021229370016A000000677010111011300668123456785802TH530376454041.005909GLASSES P6007BANGKOK6304ABCD", 7)]
        [InlineData("00020101021226370016A00000067701011101130066812345678520458125303764540550.005802TH5913GLASSES SHOP 16007BANGKOK62240520GLASSESPAYMENTREF0001630400000020101021226370016A0000006770101110113006681234567852045812530376454055", 13)]
        public void EveryModuleFlippedAloneIsTracedBackToItself(string text, int version)
        {
            QRCodeData data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M, forceUtf8: false,
                utf8BOM: false, eciMode: QRCodeGenerator.EciMode.Default, requestedVersion: version);
            int dim = data.ModuleMatrix.Count - 8;
            Assert.Equal(17 + 4 * version, dim);
            var clean = new BitGrid();
            clean.Reset(dim);
            for (int y = 0; y < dim; y++)
            {
                for (int x = 0; x < dim; x++)
                {
                    if (data.ModuleMatrix[y + 4][x + 4])
                    {
                        clean.SetDark(x, y);
                    }
                }
            }

            var decoder = new SymbolDecoder();
            var grid = new BitGrid();
            int located = 0;
            for (int y = 0; y < dim; y++)
            {
                for (int x = 0; x < dim; x++)
                {
                    Copy(clean, grid, dim);
                    grid.Words[y * BitGrid.WordsPerRow + (x >> 5)] ^= 1 << (x & 31);
                    var code = new QrCode();
                    Assert.Equal(QrStatus.Ok, decoder.BeginRead(grid));
                    var budget = new WorkBudget();
                    budget.Reset(1 << 30, 1 << 30);
                    Assert.Equal(QrStatus.Ok, decoder.ContinueRead(grid, code, budget, true));
                    Assert.Equal(text, code.Text);
                    Assert.True(decoder.LocateCorrections(grid));
                    CorrectedModules modules = decoder.Corrections;
                    if (code.CorrectedCodewords == 0)
                    {
                        Assert.Equal(0, modules.Modules);
                        continue;
                    }

                    Assert.Equal(1, code.CorrectedCodewords);
                    Assert.Equal(1, modules.Modules);
                    Assert.Equal((x, y), (modules.X[0], modules.Y[0]));
                    for (int i = 0; i < clean.Words.Length; i++)
                    {
                        Assert.Equal(clean.Words[i], grid.Words[i]);
                    }

                    located++;
                }
            }

            Assert.Equal(8 * QrVersionDb.TotalCodewords(version, QrEcLevel.M), located);
        }

        private static void Copy(BitGrid from, BitGrid to, int dim)
        {
            to.Reset(dim);
            System.Array.Copy(from.Words, to.Words, from.Words.Length);
        }
    }
}
