//
// The QR decoder's per-pixel stages in C, byte for byte the same as the managed kernels of
// GlassesFirmware/Runtime/Qr: ThresholdKernel.cs (gf_qr_black_points, gf_qr_smooth), FinderRowKernel.cs
// (gf_qr_finder_row) and GridRowKernel.cs (gf_qr_sample_rows). Plain C99 with no nanoCLR dependency, so the host
// test (Host/Tests/Hardware/NativeQrKernelsTests.cs) compiles this very file with gcc and compares it with the
// managed kernels on every benchmark frame. Every function works in the caller's buffers and allocates nothing.
//
// Each function checks its arguments before any write and returns GF_QR_OUT_OF_RANGE when a buffer is too short for
// what the arguments describe (the managed kernel would throw IndexOutOfRangeException from an array access).
//

#ifndef GF_QR_KERNELS_H
#define GF_QR_KERNELS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// Result when an argument is outside the documented range or a buffer is too short.
#define GF_QR_OUT_OF_RANGE (-1)

// Threshold map qualities (ThresholdMap.Coarse, Fast, Full).
#define GF_QR_COARSE 0
#define GF_QR_FAST 1
#define GF_QR_FULL 2

// gf_qr_finder_row results (FinderRowKernel.RowDone, Hit, HitAtRowEnd).
#define GF_QR_ROW_DONE 0
#define GF_QR_HIT 1
#define GF_QR_HIT_AT_ROW_END 2

// Slots of the finder-row scan array (FinderRowKernel.Position ... Runs, Length).
#define GF_QR_SCAN_POSITION 0
#define GF_QR_SCAN_COLOR 1
#define GF_QR_SCAN_A 2
#define GF_QR_SCAN_B 3
#define GF_QR_SCAN_C 4
#define GF_QR_SCAN_D 5
#define GF_QR_SCAN_E 6
#define GF_QR_SCAN_RUNS 7
#define GF_QR_SCAN_LENGTH 8

// Ints per grid row of the packed module words (BitGrid.WordsPerRow) and floats of a transform (GridRowKernel).
#define GF_QR_WORDS_PER_ROW 6
#define GF_QR_TRANSFORM_LENGTH 9

// Black points of the bands of blocks [from_band, to_band) of a threshold map at `quality` for the width x height
// image whose pixel (x, y) is image[origin + y * stride + x] (width and height at least 16), into black_points
// (row-major, one byte per block, blocks of 16 px for GF_QR_COARSE, else 8 px) and, for the coarse and fast
// qualities, 1 or 0 per band into busy_rows. A flat block reads the black points above it: compute bands top to
// bottom. Returns 0.
int32_t gf_qr_black_points(
    const uint8_t *image, int32_t image_length, int32_t origin, int32_t stride, int32_t width, int32_t height,
    int32_t quality, int32_t from_band, int32_t to_band,
    uint8_t *black_points, int32_t black_points_length, uint8_t *busy_rows, int32_t busy_rows_length);

// Box filter of `window` blocks over the blocks_x x blocks_y black points, along rows into map and then along
// columns back into black_points, which holds the smoothed map (the caller swaps the buffers' roles). Returns 0.
int32_t gf_qr_smooth(
    uint8_t *black_points, int32_t black_points_length, uint8_t *map, int32_t map_length,
    int32_t blocks_x, int32_t blocks_y, int32_t window);

// Walks the row of `width` pixels at image[row], a pixel being dark when at most map[map_row + (x >> shift)], from
// where scan says (scan[GF_QR_SCAN_POSITION] 0: the row start) to the next window of five runs in 1:1:3:1:1. Returns
// GF_QR_HIT with the window in scan (call again to go on), or at the row end GF_QR_HIT_AT_ROW_END or
// GF_QR_ROW_DONE, scan[GF_QR_SCAN_RUNS] holding the row's runs.
int32_t gf_qr_finder_row(
    const uint8_t *image, int32_t image_length, int32_t row, int32_t width,
    const uint8_t *map, int32_t map_length, int32_t map_row, int32_t shift, int32_t *scan, int32_t scan_length);

// Samples module rows [from_row, to_row) of a dimension-module grid through the homography `transform` (a11, a12,
// a13, a21, a22, a23, a31, a32, a33) into words (bit x & 31 of words[y * GF_QR_WORDS_PER_ROW + (x >> 5)]), a module
// being set when its centre pixel's darkness is `color` or, with `vote`, by a 5-point vote. Returns 1, or 0 when a
// centre fell more than a pixel outside the image (the rows before it sampled).
int32_t gf_qr_sample_rows(
    const uint8_t *image, int32_t image_length, int32_t origin, int32_t stride, int32_t width, int32_t height,
    const uint8_t *map, int32_t map_length, int32_t shift, int32_t blocks_x, const float *transform,
    int32_t transform_length, int32_t color, int32_t vote, int32_t dimension, int32_t from_row, int32_t to_row,
    int32_t *words, int32_t words_length);

#ifdef __cplusplus
}
#endif

#endif // GF_QR_KERNELS_H
