using System.Runtime.CompilerServices;
using GlassesFirmware.Confirmation;

namespace GlassesFirmware.Hardware.Voice
{
    /// <summary>
    /// IMA ADPCM encoding in native code: the same blocks as <see cref="ImaAdpcm"/> (header, tables, nibble order),
    /// one native call per block on the caller's buffers. The C encoder is Hardware/Native/GlassesFirmware.Voice,
    /// linked into a custom nanoCLR image (docs/custom-firmware.md); the stock firmware does not have it, and
    /// deploying this assembly there fails the native checksum check, which is why it is its own assembly.
    /// </summary>
    public sealed class NativeImaAdpcm : IVoiceEncoder
    {
        // Predictor and step index, read and written by the native call (allocated once, never per block).
        private readonly int[] _state = new int[2];

        /// <inheritdoc />
        public int Codec
        {
            get { return VoiceCodec.ImaAdpcm16k; }
        }

        /// <summary>Starts a new stream (predictor 0, step index 0).</summary>
        public void Reset()
        {
            _state[0] = 0;
            _state[1] = 0;
        }

        /// <summary>
        /// Encodes <paramref name="count"/> samples (even) from the <paramref name="slotBytes"/>-byte slots in
        /// <paramref name="pcm"/> from byte <paramref name="pcmOffset"/> into one block at
        /// <paramref name="block"/>[<paramref name="blockOffset"/>]; returns the block length. Out-of-range offsets
        /// or counts throw IndexOutOfRangeException, as in <see cref="ImaAdpcm"/>.
        /// </summary>
        public int EncodeBlock(byte[] pcm, int pcmOffset, int count, int slotBytes, byte[] block, int blockOffset)
        {
            return NativeEncodeBlock(pcm, pcmOffset, count, slotBytes, block, blockOffset, _state);
        }

        // gf_ima_adpcm_encode_block on the arrays in place; state[0] predictor, state[1] step index.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeEncodeBlock(byte[] pcm, int pcmOffset, int count, int slotBytes, byte[] block, int blockOffset, int[] state);
    }
}
