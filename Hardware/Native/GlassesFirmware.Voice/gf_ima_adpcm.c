//
// IMA ADPCM block encoder: the C twin of ImaAdpcm.EncodeBlock (GlassesFirmware/Runtime/Confirmation/ImaAdpcm.cs).
// Keep the two in step: the host test compares their output byte for byte.
//

#include "gf_ima_adpcm.h"

// IMA ADPCM quantizer step sizes (ImaAdpcm.Steps).
static const int16_t s_steps[89] = {
    7,     8,     9,     10,    11,    12,    13,    14,    16,    17,    19,    21,    23,    25,    28,
    31,    34,    37,    41,    45,    50,    55,    60,    66,    73,    80,    88,    97,    107,   118,
    130,   143,   157,   173,   190,   209,   230,   253,   279,   307,   337,   371,   408,   449,   494,
    544,   598,   658,   724,   796,   876,   963,   1060,  1166,  1282,  1411,  1552,  1707,  1878,  2066,
    2272,  2499,  2749,  3024,  3327,  3660,  4026,  4428,  4871,  5358,  5894,  6484,  7132,  7845,  8630,
    9493,  10442, 11487, 12635, 13899, 15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
};

// Step index change per 4-bit code (ImaAdpcm.IndexSteps).
static const int8_t s_index_steps[16] = {-1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8};

int32_t gf_ima_adpcm_encode_block(
    const uint8_t *pcm,
    int32_t pcm_length,
    int32_t pcm_offset,
    int32_t count,
    int32_t slot_bytes,
    uint8_t *block,
    int32_t block_length,
    int32_t block_offset,
    int32_t *state)
{
    // Checked before any write: the managed caller turns the result into IndexOutOfRangeException, where
    // ImaAdpcm.cs would have thrown it from an array access.
    if (pcm == 0 || block == 0 || state == 0 || (slot_bytes != 2 && slot_bytes != 4) || pcm_offset < 0 || count < 0 ||
        count > (pcm_length - pcm_offset) / slot_bytes || block_offset < 0 || block_offset > block_length - (4 + count / 2))
    {
        return GF_IMA_ADPCM_OUT_OF_RANGE;
    }

    int32_t predictor = state[0];
    int32_t index = state[1];
    if (predictor < -32768 || predictor > 32767 || index < 0 || index > 88)
    {
        return GF_IMA_ADPCM_OUT_OF_RANGE;
    }

    uint8_t *out = block + block_offset;
    out[0] = (uint8_t)predictor;
    out[1] = (uint8_t)(predictor >> 8);
    out[2] = (uint8_t)index;
    out[3] = 0;
    out += 4;

    // The top two bytes of each slot, assembled byte by byte: no alignment or byte-order assumption.
    const uint8_t *in = pcm + pcm_offset + slot_bytes - 2;
    int32_t packed = 0;
    for (int32_t i = 0; i < count; i++, in += slot_bytes)
    {
        int32_t step = s_steps[index];
        int32_t diff = (int16_t)(in[0] | (in[1] << 8)) - predictor;
        int32_t code = 0;
        if (diff < 0)
        {
            code = 8;
            diff = -diff;
        }

        // Reconstruct exactly as the decoder will: step/8 + the parts of step selected by the code.
        int32_t delta = step >> 3;
        if (diff >= step)
        {
            code |= 4;
            diff -= step;
            delta += step;
        }
        step >>= 1;
        if (diff >= step)
        {
            code |= 2;
            diff -= step;
            delta += step;
        }
        step >>= 1;
        if (diff >= step)
        {
            code |= 1;
            delta += step;
        }

        predictor = (code & 8) != 0 ? predictor - delta : predictor + delta;
        if (predictor > 32767)
        {
            predictor = 32767;
        }
        else if (predictor < -32768)
        {
            predictor = -32768;
        }

        index += s_index_steps[code];
        if (index < 0)
        {
            index = 0;
        }
        else if (index > 88)
        {
            index = 88;
        }

        // Low nibble first; an odd last sample moves the state but is not stored (as in ImaAdpcm.cs).
        if ((i & 1) == 0)
        {
            packed = code;
        }
        else
        {
            *out++ = (uint8_t)(packed | (code << 4));
        }
    }

    state[0] = predictor;
    state[1] = index;
    return 4 + count / 2;
}
