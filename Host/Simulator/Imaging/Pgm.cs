using GlassesFirmware.Host.Adapters.Files;

namespace GlassesFirmware.Host.Simulator.Imaging
{
    /// <summary>Netpbm grey maps: binary P5 and ASCII P2, 8 or 16 bits (16-bit samples are scaled to 8).</summary>
    public static class Pgm
    {
        /// <summary>
        /// Parses the grey map in <paramref name="data"/> (read from <paramref name="path"/>, named in errors). The size
        /// in the header is checked against <see cref="GreyImage.MaxSide"/> before the pixels are allocated; a bad
        /// header, short data or a size over the cap throw <see cref="InputFileException"/>.
        /// </summary>
        public static GreyImage Parse(string path, byte[] data)
        {
            int pos = 2;
            bool ascii = data[1] == '2';
            int width = Number(path, data, ref pos);
            int height = Number(path, data, ref pos);
            int max = Number(path, data, ref pos);
            if (max <= 0 || max > 65535)
            {
                throw Corrupt(path, "bad PGM header (maximum grey value " + max + ")");
            }

            GreyImage.CheckSize(path, width, height);
            pos++;
            byte[] grey = new byte[width * height];
            int bytesPer = max > 255 ? 2 : 1;
            for (int i = 0; i < grey.Length; i++)
            {
                int v;
                if (ascii)
                {
                    v = Number(path, data, ref pos);
                }
                else
                {
                    if (pos + bytesPer > data.Length)
                    {
                        throw new InputFileException(path, InputProblem.Truncated, "the PGM data is truncated");
                    }

                    v = bytesPer == 1 ? data[pos] : (data[pos] << 8) | data[pos + 1];
                    pos += bytesPer;
                }

                grey[i] = (byte)(v * 255 / max);
            }

            return new GreyImage(grey, width, height);
        }

        // Next decimal number, skipping whitespace and '#' comments.
        private static int Number(string path, byte[] data, ref int pos)
        {
            while (pos < data.Length)
            {
                if (data[pos] == '#')
                {
                    while (pos < data.Length && data[pos] != '\n')
                    {
                        pos++;
                    }
                }
                else if (data[pos] == ' ' || data[pos] == '\t' || data[pos] == '\r' || data[pos] == '\n')
                {
                    pos++;
                }
                else
                {
                    break;
                }
            }

            if (pos >= data.Length)
            {
                throw new InputFileException(path, InputProblem.Truncated, "the PGM data is truncated");
            }

            if (data[pos] < '0' || data[pos] > '9')
            {
                throw Corrupt(path, "bad PGM number");
            }

            int v = 0;
            while (pos < data.Length && data[pos] >= '0' && data[pos] <= '9')
            {
                v = v * 10 + (data[pos] - '0');
                pos++;
                if (v > 1 << 28)
                {
                    throw Corrupt(path, "PGM number too large");
                }
            }

            return v;
        }

        private static InputFileException Corrupt(string path, string detail) => new InputFileException(path, InputProblem.Corrupt, detail);
    }
}
