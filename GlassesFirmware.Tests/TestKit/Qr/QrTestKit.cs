using GlassesFirmware.Qr;

namespace GlassesFirmware.Tests.Qr
{
    /// <summary>
    /// Test helpers: an MSB-first bit writer for segment streams, and a renderer that draws a
    /// version 1-L symbol (function patterns, format bits, Reed-Solomon, mask) into a grey frame.
    /// </summary>
    public static class QrTestKit
    {
        private const int Dim = 21;

        /// <summary>Appends bits MSB first into a fixed buffer; returns the new bit position.</summary>
        public static int Put(byte[] buffer, int bitPos, int value, int bits)
        {
            for (int i = bits - 1; i >= 0; i--)
            {
                if (((value >> i) & 1) != 0)
                {
                    buffer[bitPos >> 3] |= (byte)(0x80 >> (bitPos & 7));
                }
                bitPos++;
            }
            return bitPos;
        }

        /// <summary>A zero-padded buffer of <paramref name="bytes"/> bytes holding (value, bit count) pairs MSB first.</summary>
        public static byte[] Bits(int bytes, int[] pairs)
        {
            byte[] buffer = new byte[bytes];
            int pos = 0;
            for (int i = 0; i + 1 < pairs.Length; i += 2)
            {
                pos = Put(buffer, pos, pairs[i], pairs[i + 1]);
            }
            return buffer;
        }

        /// <summary>Adds the terminator and the 0xEC/0x11 pad codewords up to the buffer length.</summary>
        public static void Finish(byte[] buffer, int bitPos)
        {
            int capacity = buffer.Length * 8;
            int terminator = capacity - bitPos < 4 ? capacity - bitPos : 4;
            bitPos = Put(buffer, bitPos, 0, terminator);
            int next = (bitPos + 7) >> 3;
            for (int i = next, k = 0; i < buffer.Length; i++, k++)
            {
                buffer[i] = (byte)((k & 1) == 0 ? 0xEC : 0x11);
            }
        }

        /// <summary>19 data codewords of a 1-L symbol holding an alphanumeric text.</summary>
        public static byte[] AlphanumericV1(string text)
        {
            const string table = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
            byte[] data = new byte[19];
            int pos = Put(data, 0, 2, 4);
            pos = Put(data, pos, text.Length, 9);
            int i = 0;
            for (; i + 1 < text.Length; i += 2)
            {
                pos = Put(data, pos, table.IndexOf(text[i]) * 45 + table.IndexOf(text[i + 1]), 11);
            }
            if (i < text.Length)
            {
                pos = Put(data, pos, table.IndexOf(text[i]), 6);
            }
            Finish(data, pos);
            return data;
        }

        /// <summary>A grey frame filled with one value.</summary>
        public static byte[] Frame(int width, int height, byte fill)
        {
            byte[] frame = new byte[width * height];
            for (int i = 0; i < frame.Length; i++)
            {
                frame[i] = fill;
            }
            return frame;
        }

        /// <summary>
        /// Draws a finder pattern of 7 x 7 modules of <paramref name="scale"/> px centred on (cx, cy): a ring of
        /// <paramref name="dark"/>, a ring of <paramref name="light"/>, a 3 x 3 centre of <paramref name="dark"/>.
        /// </summary>
        public static void DrawFinder(byte[] frame, int stride, int cx, int cy, int scale, byte light, byte dark)
        {
            int left = cx - (7 * scale) / 2;
            int top = cy - (7 * scale) / 2;
            for (int my = 0; my < 7; my++)
            {
                for (int mx = 0; mx < 7; mx++)
                {
                    int dx = mx < 3 ? 3 - mx : mx - 3;
                    int dy = my < 3 ? 3 - my : my - 3;
                    byte value = (dx > dy ? dx : dy) == 2 ? light : dark;
                    for (int y = 0; y < scale; y++)
                    {
                        for (int x = 0; x < scale; x++)
                        {
                            frame[(top + my * scale + y) * stride + left + mx * scale + x] = value;
                        }
                    }
                }
            }
        }

        /// <summary>
        /// Draws a 1-L symbol with a 4-module quiet zone at (ox, oy); scale is pixels per module,
        /// rotation counts quarter turns clockwise, mirrored transposes the symbol.
        /// </summary>
        public static void DrawV1(byte[] frame, int stride, int ox, int oy, int scale, byte[] data, int mask,
            bool inverted, bool mirrored, int rotation)
        {
            bool[] dark = Modules(data, mask);
            byte ink = inverted ? (byte)230 : (byte)25;
            byte paper = inverted ? (byte)25 : (byte)230;
            int side = (Dim + 8) * scale;
            for (int y = 0; y < side; y++)
            {
                for (int x = 0; x < side; x++)
                {
                    frame[(oy + y) * stride + ox + x] = paper;
                }
            }
            for (int my = 0; my < Dim; my++)
            {
                for (int mx = 0; mx < Dim; mx++)
                {
                    int sx = mirrored ? my : mx;
                    int sy = mirrored ? mx : my;
                    if (!dark[sy * Dim + sx])
                    {
                        continue;
                    }
                    int tx = mx;
                    int ty = my;
                    for (int r = 0; r < rotation; r++)
                    {
                        int t = tx;
                        tx = Dim - 1 - ty;
                        ty = t;
                    }
                    for (int py = 0; py < scale; py++)
                    {
                        for (int px = 0; px < scale; px++)
                        {
                            frame[(oy + (ty + 4) * scale + py) * stride + ox + (tx + 4) * scale + px] = ink;
                        }
                    }
                }
            }
        }

        private static bool[] Modules(byte[] data, int mask)
        {
            bool[] m = new bool[Dim * Dim];
            Finder(m, 0, 0);
            Finder(m, Dim - 7, 0);
            Finder(m, 0, Dim - 7);
            for (int i = 8; i < Dim - 8; i++)
            {
                m[6 * Dim + i] = (i & 1) == 0;
                m[i * Dim + 6] = (i & 1) == 0;
            }
            m[(Dim - 8) * Dim + 8] = true;
            // Level L is format EC bits 01.
            int word = QrVersionDb.FormatWord((1 << 3) | mask);
            int bit = 14;
            for (int i = 0; i <= 5; i++)
            {
                Set(m, i, 8, word, bit--);
            }
            Set(m, 7, 8, word, bit--);
            Set(m, 8, 8, word, bit--);
            Set(m, 8, 7, word, bit--);
            for (int j = 5; j >= 0; j--)
            {
                Set(m, 8, j, word, bit--);
            }
            bit = 14;
            for (int j = Dim - 1; j >= Dim - 7; j--)
            {
                Set(m, 8, j, word, bit--);
            }
            for (int i = Dim - 8; i < Dim; i++)
            {
                Set(m, i, 8, word, bit--);
            }
            byte[] codewords = new byte[26];
            for (int i = 0; i < 19; i++)
            {
                codewords[i] = data[i];
            }
            ReedSolomon.Encode(codewords, 0, 19, codewords, 19, 7);
            int index = 0;
            bool upward = true;
            for (int right = Dim - 1; right >= 1; right -= 2)
            {
                if (right == 6)
                {
                    right = 5;
                }
                for (int v = 0; v < Dim; v++)
                {
                    int y = upward ? Dim - 1 - v : v;
                    for (int dx = 0; dx < 2; dx++)
                    {
                        int x = right - dx;
                        if (IsFunction(x, y))
                        {
                            continue;
                        }
                        int value = index < 208 ? (codewords[index >> 3] >> (7 - (index & 7))) & 1 : 0;
                        index++;
                        m[y * Dim + x] = (value ^ SymbolDecoder.Mask(mask, y, x)) != 0;
                    }
                }
                upward = !upward;
            }
            return m;
        }

        private static bool IsFunction(int x, int y)
        {
            return x == 6 || y == 6 || (y < 9 && (x < 9 || x >= Dim - 8)) || (x < 9 && y >= Dim - 8);
        }

        private static void Set(bool[] m, int x, int y, int word, int bit)
        {
            m[y * Dim + x] = ((word >> bit) & 1) != 0;
        }

        private static void Finder(bool[] m, int ox, int oy)
        {
            for (int dy = 0; dy < 7; dy++)
            {
                for (int dx = 0; dx < 7; dx++)
                {
                    int ax = dx > 3 ? dx - 3 : 3 - dx;
                    int ay = dy > 3 ? dy - 3 : 3 - dy;
                    int ring = ax > ay ? ax : ay;
                    m[(oy + dy) * Dim + ox + dx] = ring != 2;
                }
            }
        }
    }
}
