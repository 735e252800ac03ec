using System.IO;

namespace GlassesFirmware.Host.Simulator.Imaging
{
    /// <summary>Netpbm grey maps: binary P5 and ASCII P2, 8 or 16 bits (16-bit samples are scaled to 8).</summary>
    public static class Pgm
    {
        public static GreyImage Parse(byte[] data)
        {
            int pos = 2;
            bool ascii = data[1] == '2';
            int width = Number(data, ref pos);
            int height = Number(data, ref pos);
            int max = Number(data, ref pos);
            if (width <= 0 || height <= 0 || max <= 0 || max > 65535 || (long)width * height > 1 << 28)
            {
                throw new InvalidDataException("bad PGM header");
            }

            pos++;
            byte[] grey = new byte[width * height];
            int bytesPer = max > 255 ? 2 : 1;
            for (int i = 0; i < grey.Length; i++)
            {
                int v;
                if (ascii)
                {
                    v = Number(data, ref pos);
                }
                else
                {
                    if (pos + bytesPer > data.Length)
                    {
                        throw new InvalidDataException("PGM data truncated");
                    }

                    v = bytesPer == 1 ? data[pos] : (data[pos] << 8) | data[pos + 1];
                    pos += bytesPer;
                }

                grey[i] = (byte)(v * 255 / max);
            }

            return new GreyImage(grey, width, height);
        }

        // Next decimal number, skipping whitespace and '#' comments.
        private static int Number(byte[] data, ref int pos)
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

            if (pos >= data.Length || data[pos] < '0' || data[pos] > '9')
            {
                throw new InvalidDataException("bad PGM number");
            }

            int v = 0;
            while (pos < data.Length && data[pos] >= '0' && data[pos] <= '9')
            {
                v = v * 10 + (data[pos] - '0');
                pos++;
                if (v > 1 << 28)
                {
                    throw new InvalidDataException("PGM number too large");
                }
            }

            return v;
        }
    }
}
