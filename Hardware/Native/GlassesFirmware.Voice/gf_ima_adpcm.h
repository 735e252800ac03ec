//
// IMA ADPCM block encoder, byte for byte the same as GlassesFirmware/Runtime/Confirmation/ImaAdpcm.cs
// (EncodeBlock): a 4-byte header with the state before the block (predictor as 16-bit little-endian, step
// index, 0), then two samples per byte, low nibble first. Plain C99 with no nanoCLR dependency, so the host
// test (Host/Tests/Hardware/NativeImaAdpcmTests.cs) compiles this very file with gcc and compares it with the
// managed encoder.
//

#ifndef GF_IMA_ADPCM_H
#define GF_IMA_ADPCM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// Result when an offset, count, slot size or length is out of range or the state is not a valid encoder state.
#define GF_IMA_ADPCM_OUT_OF_RANGE (-1)

// Encodes count samples from pcm, starting at byte pcm_offset, into one block at block[block_offset] and returns
// the block length (4 + count / 2), or GF_IMA_ADPCM_OUT_OF_RANGE without writing anything. The samples lie as
// the microphone delivers them (IMicrophone.cs): little-endian slots of slot_bytes bytes (2 or 4), the 16-bit
// sample in the top two bytes of each. state[0] is the predictor (-32768 to 32767), state[1] the step index
// (0 to 88); both are read before and written after the block, so the state carries over to the next block
// exactly as in ImaAdpcm.cs. Nothing is allocated.
int32_t gf_ima_adpcm_encode_block(
    const uint8_t *pcm,
    int32_t pcm_length,
    int32_t pcm_offset,
    int32_t count,
    int32_t slot_bytes,
    uint8_t *block,
    int32_t block_length,
    int32_t block_offset,
    int32_t *state);

#ifdef __cplusplus
}
#endif

#endif // GF_IMA_ADPCM_H
