using System;
using System.Buffers.Binary;

namespace GlassesFirmware.Host.Adapters.Confirmation
{
    /// <summary>Host-side signals in the layout an <see cref="GlassesFirmware.Confirmation.IMicrophone"/> delivers.</summary>
    public static class PcmSlots
    {
        /// <summary>
        /// <paramref name="pcm"/> as little-endian slots of <paramref name="slotBytes"/> bytes (2 or 4) with the sample in
        /// the top two bytes. A 4-byte slot's low bytes get filler, as an INMP441's low bits and padding would, so a
        /// reader that does not ignore them shows up.
        /// </summary>
        public static byte[] FromSamples(short[] pcm, int slotBytes)
        {
            byte[] bytes = new byte[pcm.Length * slotBytes];
            for (int i = 0; i < pcm.Length; i++)
            {
                int at = i * slotBytes;
                if (slotBytes == 4)
                {
                    bytes[at] = 0xA5;
                    bytes[at + 1] = (byte)i;
                }

                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(at + slotBytes - 2), pcm[i]);
            }

            return bytes;
        }
    }
}
