//
// The QR decoder's per-pixel stages: the C twins of ThresholdKernel.cs, FinderRowKernel.cs and GridRowKernel.cs
// (GlassesFirmware/Runtime/Qr). Keep them in step: the host test compares their output byte for byte on every
// benchmark frame.
//

#include "gf_qr_kernels.h"

// Grid sampling must round every float step as the managed kernel does (IEEE single precision, one rounding per
// operation): never fuse a multiply and an add (the ESP32's FPU has madd.s, and GNU C fuses by default).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("fp-contract=off")
#endif

// Blocks whose range is below this are treated as flat (ThresholdKernel.MinRange).
#define MIN_RANGE 24

// True when origin + (height - 1) * stride + width fits in length (computed in 64 bits).
static int image_fits(int32_t length, int32_t origin, int32_t stride, int32_t width, int32_t height)
{
    return origin >= 0 && width >= 1 && height >= 1 && stride >= width &&
           (int64_t)origin + (int64_t)(height - 1) * stride + width <= length;
}

// ThresholdKernel.FlatBlackPoint.
static int32_t flat_black_point(const uint8_t *bp, int32_t i, int32_t bx, int32_t by, int32_t bxi, int32_t min)
{
    int32_t average = min >> 1;
    if (by > 0 && bxi > 0)
    {
        int32_t neighbour = (bp[i - bx] + 2 * bp[i - 1] + bp[i - bx - 1]) >> 2;
        if (min < neighbour)
        {
            average = neighbour;
        }
    }
    return average;
}

// ThresholdKernel.QuadBlackPoints: four samples per block at (first, first) + {0, step} x {0, step}.
static void quad_black_points(const uint8_t *img, int32_t origin, int32_t stride, int32_t width, int32_t height,
    int32_t shift, int32_t first, int32_t step, int32_t from_band, int32_t to_band, uint8_t *bp, uint8_t *busy_rows)
{
    int32_t block = 1 << shift;
    int32_t bx = (width + block - 1) >> shift;
    int32_t down = step * stride;
    int32_t i = from_band * bx;
    for (int32_t by = from_band; by < to_band; by++)
    {
        int32_t y0 = by << shift;
        if (y0 > height - block)
        {
            y0 = height - block;
        }
        int32_t row_base = origin + (y0 + first) * stride + first;
        int32_t busy = 0;
        for (int32_t bxi = 0; bxi < bx; bxi++, i++)
        {
            int32_t x0 = bxi << shift;
            if (x0 > width - block)
            {
                x0 = width - block;
            }
            const uint8_t *q = img + row_base + x0;
            int32_t a = q[0];
            int32_t b = q[step];
            int32_t c = q[down];
            int32_t d = q[down + step];
            int32_t min = a < b ? a : b;
            int32_t max = a < b ? b : a;
            int32_t lo = c < d ? c : d;
            int32_t hi = c < d ? d : c;
            min = lo < min ? lo : min;
            max = hi > max ? hi : max;
            int32_t average = (a + b + c + d) >> 2;
            if (max - min <= MIN_RANGE)
            {
                average = flat_black_point(bp, i, bx, by, bxi, min);
            }
            else
            {
                busy = 1;
            }
            bp[i] = (uint8_t)average;
        }
        busy_rows[by] = (uint8_t)busy;
    }
}

// ThresholdKernel.FullBlackPoints: all 64 pixels of each 8 px block.
static void full_black_points(const uint8_t *img, int32_t origin, int32_t stride, int32_t width, int32_t height,
    int32_t from_band, int32_t to_band, uint8_t *bp)
{
    const int32_t shift = 3;
    const int32_t block = 1 << shift;
    int32_t bx = (width + block - 1) >> shift;
    int32_t i = from_band * bx;
    for (int32_t by = from_band; by < to_band; by++)
    {
        int32_t y0 = by << shift;
        if (y0 > height - block)
        {
            y0 = height - block;
        }
        const uint8_t *block_row = img + origin + y0 * stride;
        for (int32_t bxi = 0; bxi < bx; bxi++, i++)
        {
            int32_t x0 = bxi << shift;
            if (x0 > width - block)
            {
                x0 = width - block;
            }
            int32_t sum = 0;
            int32_t min = 255;
            int32_t max = 0;
            const uint8_t *row = block_row + x0;
            for (int32_t r = 0; r < block; r++, row += stride)
            {
                for (int32_t p = 0; p < block; p++)
                {
                    int32_t v = row[p];
                    sum += v;
                    if (v < min)
                    {
                        min = v;
                    }
                    if (v > max)
                    {
                        max = v;
                    }
                }
            }
            int32_t average = sum >> 6;
            if (max - min <= MIN_RANGE)
            {
                average = flat_black_point(bp, i, bx, by, bxi, min);
            }
            bp[i] = (uint8_t)average;
        }
    }
}

int32_t gf_qr_black_points(
    const uint8_t *image, int32_t image_length, int32_t origin, int32_t stride, int32_t width, int32_t height,
    int32_t quality, int32_t from_band, int32_t to_band,
    uint8_t *black_points, int32_t black_points_length, uint8_t *busy_rows, int32_t busy_rows_length)
{
    if (image == 0 || black_points == 0 || quality < GF_QR_COARSE || quality > GF_QR_FULL || width < 16 || height < 16 ||
        !image_fits(image_length, origin, stride, width, height))
    {
        return GF_QR_OUT_OF_RANGE;
    }

    int32_t shift = quality == GF_QR_COARSE ? 4 : 3;
    int32_t block = 1 << shift;
    int32_t bx = (width + block - 1) >> shift;
    int32_t bands = (height + block - 1) >> shift;
    if (from_band < 0 || from_band > to_band || to_band > bands || (int64_t)to_band * bx > black_points_length ||
        (quality != GF_QR_FULL && (busy_rows == 0 || to_band > busy_rows_length)))
    {
        return GF_QR_OUT_OF_RANGE;
    }

    if (quality == GF_QR_COARSE)
    {
        quad_black_points(image, origin, stride, width, height, 4, 4, 8, from_band, to_band, black_points, busy_rows);
    }
    else if (quality == GF_QR_FAST)
    {
        quad_black_points(image, origin, stride, width, height, 3, 1, 4, from_band, to_band, black_points, busy_rows);
    }
    else
    {
        full_black_points(image, origin, stride, width, height, from_band, to_band, black_points);
    }
    return 0;
}

// ThresholdKernel.BoxPass: `window` consecutive cells averaged along lines of `length` cells, clamped inside the line.
static void box_pass(const uint8_t *src, uint8_t *dst, int32_t lines, int32_t length, int32_t line_step,
    int32_t cell_step, int32_t window)
{
    if (window > length)
    {
        window = length;
    }
    int32_t half = window >> 1;
    for (int32_t line = 0; line < lines; line++)
    {
        int32_t start = line * line_step;
        int32_t sum = 0;
        int32_t p = start;
        for (int32_t k = 0; k < window; k++, p += cell_step)
        {
            sum += src[p];
        }
        int32_t value = sum / window;
        int32_t cell = start;
        int32_t lead = half + 1 < length ? half + 1 : length;
        for (int32_t i = 0; i < lead; i++, cell += cell_step)
        {
            dst[cell] = (uint8_t)value;
        }
        int32_t leave = start;
        for (int32_t i = lead; i < length - half; i++, cell += cell_step, p += cell_step, leave += cell_step)
        {
            sum += src[p] - src[leave];
            dst[cell] = (uint8_t)(sum / window);
        }
        value = sum / window;
        for (int32_t i = length - half > lead ? length - half : lead; i < length; i++, cell += cell_step)
        {
            dst[cell] = (uint8_t)value;
        }
    }
}

int32_t gf_qr_smooth(
    uint8_t *black_points, int32_t black_points_length, uint8_t *map, int32_t map_length,
    int32_t blocks_x, int32_t blocks_y, int32_t window)
{
    if (black_points == 0 || map == 0 || blocks_x < 1 || blocks_y < 1 || window < 1 ||
        (int64_t)blocks_x * blocks_y > black_points_length || (int64_t)blocks_x * blocks_y > map_length)
    {
        return GF_QR_OUT_OF_RANGE;
    }

    // Managed: the row pass into `map`, the column pass back into `black_points`, which holds the smoothed map.
    box_pass(black_points, map, blocks_y, blocks_x, blocks_x, 1, window);
    box_pass(map, black_points, blocks_x, blocks_y, 1, blocks_x, window);
    return 0;
}

// FinderScanner.IsFinderRatio: five runs in 1:1:3:1:1 within half a module (plus a pixel under 4 px modules).
static int is_finder_ratio(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e)
{
    if (c <= b || c <= d)
    {
        return 0;
    }
    int32_t total = a + b + c + d + e;
    if (total < 7)
    {
        return 0;
    }
    int32_t slack = total < 28 ? 14 : 0;
    int32_t limit = total + slack;
    int32_t runs[4] = {a, b, d, e};
    for (int k = 0; k < 4; k++)
    {
        int32_t v = 14 * runs[k] - 2 * total;
        if (v >= limit || -v >= limit)
        {
            return 0;
        }
    }
    int32_t v = 14 * c - 6 * total;
    return v < 3 * total + slack && -v < 3 * total + slack;
}

// FinderRowKernel.Keep: the window of a hit, which is also where the walk resumes.
static void keep(int32_t *scan, int32_t end, int32_t color, int32_t a, int32_t b, int32_t c, int32_t d, int32_t runs,
    int32_t e)
{
    scan[GF_QR_SCAN_POSITION] = end;
    scan[GF_QR_SCAN_COLOR] = color;
    scan[GF_QR_SCAN_A] = a;
    scan[GF_QR_SCAN_B] = b;
    scan[GF_QR_SCAN_C] = c;
    scan[GF_QR_SCAN_D] = d;
    scan[GF_QR_SCAN_E] = e;
    scan[GF_QR_SCAN_RUNS] = runs;
}

int32_t gf_qr_finder_row(
    const uint8_t *image, int32_t image_length, int32_t row, int32_t width,
    const uint8_t *map, int32_t map_length, int32_t map_row, int32_t shift, int32_t *scan, int32_t scan_length)
{
    if (image == 0 || map == 0 || scan == 0 || scan_length < GF_QR_SCAN_LENGTH || shift < 3 || shift > 4 || width < 1 ||
        row < 0 || row > image_length - width || map_row < 0 || map_row >= map_length - ((width - 1) >> shift) ||
        scan[GF_QR_SCAN_POSITION] < 0 || scan[GF_QR_SCAN_POSITION] >= width)
    {
        return GF_QR_OUT_OF_RANGE;
    }

    // Offsets from the row start, as in FinderRowKernel.Next with q - row.
    const uint8_t *px = image + row;
    const uint8_t *thr = map + map_row;
    int32_t block_mask = (1 << shift) - 1;
    int32_t q, run_start, color, r0, r1, r2, r3, runs;
    if (scan[GF_QR_SCAN_POSITION] == 0)
    {
        q = 0;
        run_start = 0;
        color = px[0] <= thr[0] ? 1 : 0;
        r0 = r1 = r2 = r3 = runs = 0;
    }
    else
    {
        q = scan[GF_QR_SCAN_POSITION];
        run_start = q;
        color = scan[GF_QR_SCAN_COLOR] ^ 1;
        r0 = scan[GF_QR_SCAN_B];
        r1 = scan[GF_QR_SCAN_C];
        r2 = scan[GF_QR_SCAN_D];
        r3 = scan[GF_QR_SCAN_E];
        runs = scan[GF_QR_SCAN_RUNS] + 1;
    }
    while (q < width)
    {
        int32_t block_end = (q | block_mask) + 1;
        if (block_end > width)
        {
            block_end = width;
        }
        int32_t t = thr[q >> shift];
        if (color != 0)
        {
            while (q < block_end && px[q] <= t)
            {
                q++;
            }
        }
        else
        {
            while (q < block_end && px[q] > t)
            {
                q++;
            }
        }
        if (q >= block_end)
        {
            continue;
        }
        int32_t run = q - run_start;
        if (r2 > r1 && r2 > r3 && runs >= 4 && is_finder_ratio(r0, r1, r2, r3, run))
        {
            keep(scan, q, color, r0, r1, r2, r3, runs, run);
            return GF_QR_HIT;
        }
        r0 = r1;
        r1 = r2;
        r2 = r3;
        r3 = run;
        runs++;
        color ^= 1;
        run_start = q;
    }
    scan[GF_QR_SCAN_RUNS] = runs;
    if (runs >= 4 && is_finder_ratio(r0, r1, r2, r3, width - run_start))
    {
        keep(scan, width, color, r0, r1, r2, r3, runs, width - run_start);
        return GF_QR_HIT_AT_ROW_END;
    }
    return GF_QR_ROW_DONE;
}

// True when v lies in [low, high). The managed kernels convert a coordinate shifted by +64 with (int)v - 64 and
// then range-check the result; the same decision is taken here on v before converting, so a huge or NaN v (where
// C's conversion would be undefined) is rejected exactly where the managed range check rejects it.
static int in_span(float v, float low, float high)
{
    return v >= low && v < high;
}

// GridRowKernel.Near: v less than a pixel outside 0..n (false for NaN).
static int near(float v, int32_t n)
{
    return v > -1.0f && v < (float)(n + 1);
}

// GridRowKernel.Probe: 1 when the pixel at module point (x, y) is inside the image and of the module colour.
static int32_t probe(const uint8_t *image, int32_t origin, int32_t stride, int32_t width, int32_t height,
    const uint8_t *map, int32_t shift, int32_t blocks_x, const float *m, int32_t color, float x, float y)
{
    float den = m[2] * x + m[5] * y + m[8];
    if (den == 0.0f)
    {
        den = 1e-6f;
    }
    float vx = (m[0] * x + m[3] * y + m[6]) / den + 64.0f;
    float vy = (m[1] * x + m[4] * y + m[7]) / den + 64.0f;
    // Managed: ix = (int)vx - 64 must be in [0, width), that is vx in [64, width + 64).
    if (!in_span(vx, 64.0f, (float)(width + 64)) || !in_span(vy, 64.0f, (float)(height + 64)))
    {
        return 0;
    }
    int32_t ix = (int32_t)vx - 64;
    int32_t iy = (int32_t)vy - 64;
    int32_t dark = image[origin + iy * stride + ix] <= map[(iy >> shift) * blocks_x + (ix >> shift)] ? 1 : 0;
    return dark == color ? 1 : 0;
}

int32_t gf_qr_sample_rows(
    const uint8_t *image, int32_t image_length, int32_t origin, int32_t stride, int32_t width, int32_t height,
    const uint8_t *map, int32_t map_length, int32_t shift, int32_t blocks_x, const float *transform,
    int32_t transform_length, int32_t color, int32_t vote, int32_t dimension, int32_t from_row, int32_t to_row,
    int32_t *words, int32_t words_length)
{
    if (image == 0 || map == 0 || transform == 0 || words == 0 || transform_length < GF_QR_TRANSFORM_LENGTH ||
        !image_fits(image_length, origin, stride, width, height) || shift < 3 || shift > 4 ||
        blocks_x <= ((width - 1) >> shift) ||
        (int64_t)((height - 1) >> shift) * blocks_x + ((width - 1) >> shift) >= map_length || dimension < 1 ||
        dimension > 32 * GF_QR_WORDS_PER_ROW || from_row < 0 || from_row > to_row || to_row > dimension ||
        (int64_t)to_row * GF_QR_WORDS_PER_ROW > words_length)
    {
        return GF_QR_OUT_OF_RANGE;
    }

    const float *m = transform;
    float a11 = m[0], a12 = m[1], a13 = m[2];
    float a21 = m[3], a22 = m[4], a23 = m[5];
    float a31 = m[6], a32 = m[7], a33 = m[8];
    for (int32_t y = from_row; y < to_row; y++)
    {
        float fy = (float)y + 0.5f;
        // Managed: the finders and their separators (8 x 8 modules in three corners) are not sampled.
        int32_t first = y < 8 || y >= dimension - 8 ? 8 : 0;
        int32_t last = y < 8 ? dimension - 8 : dimension;
        float nx = a21 * fy + a31 + ((float)first + 0.5f) * a11;
        float ny = a22 * fy + a32 + ((float)first + 0.5f) * a12;
        float d = a23 * fy + a33 + ((float)first + 0.5f) * a13;
        float end = (float)last - 0.5f;
        float d_end = a23 * fy + a33 + end * a13;
        // Managed: a row whose denominator changes sign, or whose end centres lie a pixel or more outside, fails.
        if ((!(d > 0.0f && d_end > 0.0f) && !(d < 0.0f && d_end < 0.0f)) || !near(nx / d, width) ||
            !near(ny / d, height) || !near((a21 * fy + a31 + end * a11) / d_end, width) ||
            !near((a22 * fy + a32 + end * a12) / d_end, height))
        {
            return 0;
        }
        int32_t *row_words = words + y * GF_QR_WORDS_PER_ROW;
        for (int32_t x = first; x < last; x++, nx += a11, ny += a12, d += a13)
        {
            int32_t ix = (int32_t)(nx / d);
            int32_t iy = (int32_t)(ny / d);
            ix = ix < 0 ? 0 : (ix >= width ? width - 1 : ix);
            iy = iy < 0 ? 0 : (iy >= height ? height - 1 : iy);
            int32_t dark = image[origin + iy * stride + ix] <= map[(iy >> shift) * blocks_x + (ix >> shift)] ? 1 : 0;
            int32_t set;
            if (vote)
            {
                dark = dark == color ? 1 : 0;
                float fx = (float)x;
                int32_t votes = 2 * dark +
                                probe(image, origin, stride, width, height, map, shift, blocks_x, m, color, fx + 0.25f, fy - 0.25f) +
                                probe(image, origin, stride, width, height, map, shift, blocks_x, m, color, fx + 0.75f, fy - 0.25f) +
                                probe(image, origin, stride, width, height, map, shift, blocks_x, m, color, fx + 0.25f, fy + 0.25f) +
                                probe(image, origin, stride, width, height, map, shift, blocks_x, m, color, fx + 0.75f, fy + 0.25f);
                set = votes >= 3;
            }
            else
            {
                set = dark == color;
            }
            if (set)
            {
                row_words[x >> 5] |= (int32_t)(1u << (x & 31));
            }
        }
    }
    return 1;
}
