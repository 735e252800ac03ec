using System;
using System.IO;
using System.Text;

namespace GlassesFirmware.Host.WalletPeer.Voice
{
    /// <summary>
    /// Unpacks the decoder's mixture weights (<c>sendump</c>: one byte per weight, the weight's negative log in
    /// base 1.0001 shifted right by 10 bits, laid out by stream and codeword) into the Sphinx-III <c>mixture_weights</c>
    /// file SphinxTrain reads (weights by senone, stream and codeword, each row normalized). Debian's US English model
    /// ships only the packed form, and <c>bw</c> needs the weights to align the wearer's samples.
    /// </summary>
    public static class MixtureWeights
    {
        private const int Streams = 3;
        private const int Shift = 10;

        /// <summary>Reads <paramref name="sendump"/> and writes <paramref name="mixtureWeights"/>; throws <see cref="InvalidDataException"/> on a file of another shape.</summary>
        public static void Unpack(string sendump, string mixtureWeights)
        {
            using var reader = new BinaryReader(File.OpenRead(sendump));
            SkipText(reader);
            int headers = 0;
            while (SkipText(reader))
            {
                if (++headers > 64)
                {
                    throw new InvalidDataException(sendump + ": no end of header");
                }
            }

            int codewords = reader.ReadInt32();
            int senones = reader.ReadInt32();
            if (codewords <= 0 || codewords > 4096 || senones <= 0 || senones > 1 << 20
                || reader.BaseStream.Length - reader.BaseStream.Position != (long)Streams * codewords * senones)
            {
                throw new InvalidDataException(sendump + ": not " + Streams + " streams of codeword-by-senone weights");
            }

            var weights = new float[senones * Streams * codewords];
            for (int stream = 0; stream < Streams; stream++)
            {
                for (int codeword = 0; codeword < codewords; codeword++)
                {
                    byte[] row = reader.ReadBytes(senones);
                    for (int senone = 0; senone < senones; senone++)
                    {
                        weights[((senone * Streams) + stream) * codewords + codeword] = (float)Math.Pow(1.0001, -(row[senone] << Shift));
                    }
                }
            }

            for (int row = 0; row < senones * Streams; row++)
            {
                double sum = 0;
                for (int c = 0; c < codewords; c++)
                {
                    sum += weights[row * codewords + c];
                }

                for (int c = 0; c < codewords; c++)
                {
                    weights[row * codewords + c] = (float)(weights[row * codewords + c] / sum);
                }
            }

            using var writer = new BinaryWriter(File.Create(mixtureWeights));
            // The Sphinx-III header: text lines, padded so the binary part starts on a 4-byte boundary, then the byte-order mark.
            writer.Write(Encoding.ASCII.GetBytes("s3\nversion 1.0\n  endhdr\n"));
            writer.Write(0x11223344);
            writer.Write(senones);
            writer.Write(Streams);
            writer.Write(codewords);
            writer.Write(weights.Length);
            foreach (float w in weights)
            {
                writer.Write(w);
            }
        }

        // Skips one length-prefixed string of the header; false for the zero length that ends it.
        private static bool SkipText(BinaryReader reader)
        {
            int length = reader.ReadInt32();
            if (length < 0 || length > 65536)
            {
                throw new InvalidDataException("sendump: a header string of " + length + " bytes (another byte order?)");
            }

            reader.ReadBytes(length);
            return length > 0;
        }
    }
}
