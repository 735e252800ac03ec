using System;
using QRCoder;

namespace GlassesFirmware.Host.Tests.Qr
{
    /// <summary>Clean renders of QRCoder symbols for round-trip tests: integer scale, quarter turns, mirror, inversion.</summary>
    internal static class QrFrames
    {
        public static byte[] Render(QRCodeData data, int scale, int quarterTurns, bool mirrored, bool inverted, out int side)
        {
            int n = data.ModuleMatrix.Count;
            side = n * scale;
            byte[] frame = new byte[side * side];
            byte ink = inverted ? (byte)235 : (byte)20;
            byte paper = inverted ? (byte)20 : (byte)235;
            for (int y = 0; y < side; y++)
            {
                for (int x = 0; x < side; x++)
                {
                    // Map the output pixel back to a module: undo the rotation, then the mirror.
                    int mx = x / scale;
                    int my = y / scale;
                    for (int r = 0; r < quarterTurns; r++)
                    {
                        int t = mx;
                        mx = my;
                        my = n - 1 - t;
                    }

                    if (mirrored)
                    {
                        (mx, my) = (my, mx);
                    }

                    frame[y * side + x] = data.ModuleMatrix[my][mx] ? ink : paper;
                }
            }

            return frame;
        }
    }
}
