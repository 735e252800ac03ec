using GlassesFirmware.Qr;
using QRCoder;
using Xunit;

namespace GlassesFirmware.Host.Tests.Qr
{
    /// <summary>
    /// The check a read's corrections get before the glance skips the code's inside (<see cref="CorrectedModules"/>,
    /// <see cref="CorrectedModuleCheck"/>), on a real symbol (v2-H, 7 px a module at (28, 28)) sampled at its module
    /// centres against a fixed threshold of 128: modules a shadow made read wrong are confirmed, the modules of a code
    /// stuck over it are not.
    /// </summary>
    public class CorrectedReadTests
    {
        private const int Side = 240;
        private const int Scale = 7;
        private const int Origin = 28;
        private const string Text = "HTTPS://QR.PAY/7";

        [Fact]
        public void ModulesAShadowMadeReadWrongShowTheirColourAroundThem()
        {
            // A shadow deepens towards the bottom-right corner: paper 220 down to 100 from module 15 to 19 across and down
            // (ink 30 to 14). Against 128 the light modules from 18 on read dark, but lighter than the dark ones around.
            QRCodeData data = Code();
            byte[] frame = Blank();
            Draw(frame, data, (x, y) =>
            {
                int paper = System.Math.Clamp(220 - 25 * (System.Math.Min(x, y) - 14), 100, 220);
                return (paper * 30 / 220, paper);
            });

            (int corrected, int located, bool confirmed) = Check(frame);

            Assert.InRange(corrected, 1, CorrectedModules.MaxCodewords);
            Assert.InRange(located, 1, CorrectedModules.MaxModules);
            Assert.True(confirmed);
        }

        [Fact]
        public void ModulesOfACodeStuckOverItShowTheStickersColours()
        {
            // A 1-L code of 2 px a module (42 px, no quiet zone) over the data at modules 14-19: the modules it flips read
            // as the sticker shows them, and the sticker's colours are not the code's.
            QRCodeData data = Code();
            byte[] frame = Blank();
            Draw(frame, data, (x, y) => (30, 220));
            QRCodeData sticker = QRCodeGenerator.GenerateQrCode("HTTPS://FRAUD.EXAMPLE", QRCodeGenerator.ECCLevel.L);
            int n = sticker.ModuleMatrix.Count;
            int at = Origin + 14 * Scale;
            for (int my = 4; my < n - 4; my++)
            {
                for (int mx = 4; mx < n - 4; mx++)
                {
                    byte value = sticker.ModuleMatrix[my][mx] ? (byte)30 : (byte)220;
                    for (int p = 0; p < 4; p++)
                    {
                        frame[(at + 2 * (my - 4) + p / 2) * Side + at + 2 * (mx - 4) + p % 2] = value;
                    }
                }
            }

            (int corrected, int located, bool confirmed) = Check(frame);

            Assert.InRange(corrected, 1, CorrectedModules.MaxCodewords);
            Assert.InRange(located, 1, CorrectedModules.MaxModules);
            Assert.False(confirmed);
        }

        private static QRCodeData Code()
        {
            QRCodeData data = QRCodeGenerator.GenerateQrCode(Text, QRCodeGenerator.ECCLevel.H, false, false,
                QRCodeGenerator.EciMode.Default, 2);
            Assert.Equal(25 + 8, data.ModuleMatrix.Count);
            return data;
        }

        private static byte[] Blank()
        {
            byte[] frame = new byte[Side * Side];
            System.Array.Fill(frame, (byte)220);
            return frame;
        }

        // Draws the symbol's modules, module (x, y) in the (ink, paper) levels `levels` gives.
        private static void Draw(byte[] frame, QRCodeData data, System.Func<int, int, (int Ink, int Paper)> levels)
        {
            for (int y = 0; y < 25; y++)
            {
                for (int x = 0; x < 25; x++)
                {
                    (int ink, int paper) = levels(x, y);
                    byte value = (byte)(data.ModuleMatrix[y + 4][x + 4] ? ink : paper);
                    for (int py = 0; py < Scale; py++)
                    {
                        for (int px = 0; px < Scale; px++)
                        {
                            frame[(Origin + y * Scale + py) * Side + Origin + x * Scale + px] = value;
                        }
                    }
                }
            }
        }

        // Samples the module centres against 128, reads the grid, locates the corrected modules and checks them.
        private static (int Corrected, int Located, bool Confirmed) Check(byte[] frame)
        {
            var grid = new BitGrid();
            grid.Reset(25);
            for (int y = 0; y < 25; y++)
            {
                for (int x = 0; x < 25; x++)
                {
                    if (frame[(Origin + y * Scale + Scale / 2) * Side + Origin + x * Scale + Scale / 2] <= 128)
                    {
                        grid.SetDark(x, y);
                    }
                }
            }

            var decoder = new SymbolDecoder();
            var code = new QrCode();
            var budget = new WorkBudget();
            budget.Reset(1 << 30, 1 << 30);
            Assert.Equal(QrStatus.Ok, decoder.BeginRead(grid));
            Assert.Equal(QrStatus.Ok, decoder.ContinueRead(grid, code, budget, true));
            Assert.Equal(Text, code.Text);
            Assert.True(decoder.LocateCorrections(grid));

            var map = new ThresholdMap(Side, Side, null);
            map.Build(frame, 0, Side, Side, Side, ThresholdMap.Coarse);
            var transform = new Perspective();
            float end = Origin + 25 * Scale;
            transform.Fit(0f, 0f, 25f, 0f, 25f, 25f, 0f, 25f, Origin, Origin, end, Origin, end, end, Origin, end);
            float[] t = new float[GridRowKernel.TransformLength];
            transform.CopyTo(t);
            bool confirmed = CorrectedModuleCheck.Confirms(decoder.Corrections, grid, t, map, 1, false);
            return (code.CorrectedCodewords, decoder.Corrections.Modules, confirmed);
        }
    }
}
