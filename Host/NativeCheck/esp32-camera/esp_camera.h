//
// Compile-only mirror of espressif/esp32-camera driver/include/esp_camera.h
// (commit 4335c93ec462a379aa2a3d655b8834972d725190). Mirrors only: camera_grab_mode_t, camera_fb_location_t,
// camera_config_t (every field, in upstream order, with the pin_sccb_* / deprecated pin_sscb_* unions),
// camera_fb_t, esp_camera_init, esp_camera_deinit, esp_camera_fb_get, esp_camera_fb_return. Copied as upstream
// spells them so a wrong field name or type in our .cpp fails here as it would in the ESP-IDF build.
//
#pragma once

#include "esp_err.h"
#include "driver/ledc.h"
#include "sensor.h"
#include "sys/time.h"
#include "sdkconfig.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    CAMERA_GRAB_WHEN_EMPTY,
    CAMERA_GRAB_LATEST
} camera_grab_mode_t;

typedef enum {
    CAMERA_FB_IN_PSRAM,
    CAMERA_FB_IN_DRAM
} camera_fb_location_t;

#if CONFIG_CAMERA_CONVERTER_ENABLED
typedef enum {
    CONV_DISABLE,
    RGB565_TO_YUV422,

    YUV422_TO_RGB565,
    YUV422_TO_YUV420
} camera_conv_mode_t;
#endif

typedef struct {
    int pin_pwdn;
    int pin_reset;
    int pin_xclk;
    union {
        int pin_sccb_sda;
        int pin_sscb_sda __attribute__((deprecated("please use pin_sccb_sda instead")));
    };
    union {
        int pin_sccb_scl;
        int pin_sscb_scl __attribute__((deprecated("please use pin_sccb_scl instead")));
    };
    int pin_d7;
    int pin_d6;
    int pin_d5;
    int pin_d4;
    int pin_d3;
    int pin_d2;
    int pin_d1;
    int pin_d0;
    int pin_vsync;
    int pin_href;
    int pin_pclk;

    int xclk_freq_hz;

    ledc_timer_t ledc_timer;
    ledc_channel_t ledc_channel;

    pixformat_t pixel_format;
    framesize_t frame_size;

    int jpeg_quality;
    size_t fb_count;
    camera_fb_location_t fb_location;
    camera_grab_mode_t grab_mode;
#if CONFIG_CAMERA_CONVERTER_ENABLED
    camera_conv_mode_t conv_mode;
#endif

    int sccb_i2c_port;
} camera_config_t;

typedef struct {
    uint8_t * buf;
    size_t len;
    size_t width;
    size_t height;
    pixformat_t format;
    struct timeval timestamp;
} camera_fb_t;

esp_err_t esp_camera_init(const camera_config_t* config);

esp_err_t esp_camera_deinit(void);

camera_fb_t* esp_camera_fb_get(void);

void esp_camera_fb_return(camera_fb_t * fb);

#ifdef __cplusplus
}
#endif

#include "img_converters.h"
