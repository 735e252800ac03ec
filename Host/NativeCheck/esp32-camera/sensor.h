//
// Compile-only mirror of espressif/esp32-camera driver/include/sensor.h
// (commit 5fe226653680d5446d222c2bc37db5a3bc0fe078). Mirrors only pixformat_t and framesize_t, enumerators in
// upstream order (the values matter to the driver, so none is skipped). Used by g++ -fsyntax-only only.
//
#ifndef __SENSOR_H__
#define __SENSOR_H__
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    PIXFORMAT_RGB565,
    PIXFORMAT_YUV422,
    PIXFORMAT_YUV420,
    PIXFORMAT_GRAYSCALE,
    PIXFORMAT_JPEG,
    PIXFORMAT_RGB888,
    PIXFORMAT_RAW,
    PIXFORMAT_RGB444,
    PIXFORMAT_RGB555,
    PIXFORMAT_RAW8,
} pixformat_t;

typedef enum {
    FRAMESIZE_96X96,
    FRAMESIZE_QQVGA,
    FRAMESIZE_128X128,
    FRAMESIZE_QCIF,
    FRAMESIZE_HQVGA,
    FRAMESIZE_240X240,
    FRAMESIZE_QVGA,
    FRAMESIZE_320X320,
    FRAMESIZE_CIF,
    FRAMESIZE_HVGA,
    FRAMESIZE_VGA,
    FRAMESIZE_SVGA,
    FRAMESIZE_XGA,
    FRAMESIZE_HD,
    FRAMESIZE_SXGA,
    FRAMESIZE_UXGA,
    FRAMESIZE_FHD,
    FRAMESIZE_P_HD,
    FRAMESIZE_P_3MP,
    FRAMESIZE_QXGA,
    FRAMESIZE_QHD,
    FRAMESIZE_WQXGA,
    FRAMESIZE_P_FHD,
    FRAMESIZE_QSXGA,
    FRAMESIZE_5MP,
    FRAMESIZE_INVALID
} framesize_t;

#ifdef __cplusplus
}
#endif

#endif /* __SENSOR_H__ */
