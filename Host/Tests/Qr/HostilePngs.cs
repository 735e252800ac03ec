using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace GlassesFirmware.Host.Tests.Qr
{
    /// <summary>
    /// PNG files written chunk by chunk with valid CRCs, so that a header can claim any size: the hostile pictures
    /// of <c>glasses-sim decode</c>'s tests (a tiny file claiming a huge picture, a large flat one, a cut-off one).
    /// </summary>
    public static class HostilePngs
    {
        private static readonly byte[] Signature = { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };

        /// <summary>An 8-bit grey PNG whose IHDR says <paramref name="width"/> x <paramref name="height"/>, with <paramref name="idat"/> as its data.</summary>
        public static byte[] Grey(int width, int height, byte[] idat)
        {
            byte[] ihdr = new byte[13];
            BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
            BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
            ihdr[8] = 8; // bit depth; colour type 0 (grey), deflate, no filter method, not interlaced
            using var png = new MemoryStream();
            png.Write(Signature);
            Chunk(png, "IHDR", ihdr);
            Chunk(png, "IDAT", idat);
            Chunk(png, "IEND", new byte[0]);
            return png.ToArray();
        }

        /// <summary>A white <paramref name="width"/> x <paramref name="height"/> picture, data complete (it compresses about 1000:1).</summary>
        public static byte[] White(int width, int height)
        {
            using var data = new MemoryStream();
            using (var z = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
            {
                byte[] row = new byte[width + 1];
                row.AsSpan(1).Fill(255);
                for (int y = 0; y < height; y++)
                {
                    z.Write(row);
                }
            }

            return Grey(width, height, data.ToArray());
        }

        /// <summary>A huge claimed size over a few bytes of data: 104 bytes for 100000 x 100000.</summary>
        public static byte[] HugeHeader(int width, int height)
        {
            byte[] idat = new byte[47];
            using var data = new MemoryStream();
            using (var z = new ZLibStream(data, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                z.Write(new byte[1000]);
            }

            data.ToArray().AsSpan(0, Math.Min(idat.Length, (int)data.Length)).CopyTo(idat);
            return Grey(width, height, idat);
        }

        private static void Chunk(Stream png, string type, byte[] data)
        {
            byte[] head = new byte[8];
            BinaryPrimitives.WriteInt32BigEndian(head, data.Length);
            Encoding.ASCII.GetBytes(type).CopyTo(head, 4);
            png.Write(head);
            png.Write(data);
            uint crc = Crc32(head.AsSpan(4), 0xFFFFFFFF);
            crc = Crc32(data, crc) ^ 0xFFFFFFFF;
            byte[] tail = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(tail, crc);
            png.Write(tail);
        }

        // The PNG CRC (ISO 3309, reflected 0xEDB88320), bit by bit: test data, not a hot path.
        private static uint Crc32(ReadOnlySpan<byte> bytes, uint crc)
        {
            foreach (byte b in bytes)
            {
                crc ^= b;
                for (int k = 0; k < 8; k++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }

            return crc;
        }
    }
}
