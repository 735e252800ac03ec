//
// GlassesFirmware camera interop: the native side of GlassesFirmware.Hardware.Camera.NativeCamera
// (Hardware/Camera/NativeCamera.cs) over Espressif's esp32-camera driver, for a custom nanoCLR image built with
// NF_INTEROP_ASSEMBLIES="GlassesFirmware.Camera". docs/custom-firmware.md has the build steps.
//
// This file replaces the skeleton of the same name that the metadata processor generates from the managed
// assembly (NF_GenerateStubsDirectory); the generated GlassesFirmware_Camera.cpp (method table and native
// checksum), GlassesFirmware_Camera.h and the *_mshl.cpp marshalling file are used as generated.
//

#include "GlassesFirmware_Camera.h"
#include "GlassesFirmware_Camera_GlassesFirmware_Hardware_Camera_NativeCamera.h"

#include <string.h>
#include <limits.h>
#include <esp_camera.h>
#include <esp_log.h>
#if CONFIG_IDF_TARGET_ESP32S3
#include <driver/temperature_sensor.h>
#endif

// The metadata processor declares the class in namespace <stubs root name>::<skeleton project name>, both
// GlassesFirmware_Camera here (GlassesFirmware.Camera.nfproj), not in the managed namespace.
using namespace GlassesFirmware_Camera::GlassesFirmware_Camera;

static const char *TAG = "gf-camera";

// Results shared with NativeCamera.cs.
static const int ResultCaptured = 1;
static const int ResultNoFrame = 0;
static const int ResultBufferTooSmall = -2;
static const int ResultNotStarted = -3;

// Camera pin maps, indexed by the managed board number (Hardware/Camera/NativeCamera.cs, NativeStart):
// 0 Seeed XIAO ESP32S3 Sense, 1 AI-Thinker ESP32-CAM, 2 Espressif ESP32-S3-EYE. The same pins are reserved in
// GlassesFirmware/Runtime/Board/Boards.cs so nf.config cannot give them to anything else.
struct CameraPins
{
    int pwdn, reset, xclk, siod, sioc;
    int d7, d6, d5, d4, d3, d2, d1, d0;
    int vsync, href, pclk;
};

static const CameraPins s_boards[] = {
    // pwdn reset xclk siod sioc  Y9  Y8  Y7  Y6  Y5  Y4  Y3  Y2  vsync href pclk
    {-1, -1, 10, 40, 39, 48, 11, 12, 14, 16, 18, 17, 15, 38, 47, 13},
    {32, -1, 0, 26, 27, 35, 34, 39, 36, 21, 19, 18, 5, 25, 23, 22},
    {-1, -1, 15, 4, 5, 16, 17, 18, 12, 10, 8, 9, 11, 6, 7, 13},
};

static bool s_started = false;
static int s_width = 0;
static int s_height = 0;

signed int NativeCamera::NativeStart(signed int param0, signed int param1, signed int param2, HRESULT &hr)
{
    (void)hr;
    int board = param0;
    int width = param1;
    int height = param2;

    if (board < 0 || board >= (int)(sizeof(s_boards) / sizeof(s_boards[0])))
    {
        return ESP_ERR_INVALID_ARG;
    }

    framesize_t size;
    if (width == 240 && height == 240)
    {
        size = FRAMESIZE_240X240;
    }
    else if (width == 320 && height == 240)
    {
        size = FRAMESIZE_QVGA;
    }
    else
    {
        return ESP_ERR_INVALID_ARG;
    }

    if (s_started)
    {
        esp_camera_deinit();
        s_started = false;
    }

    const CameraPins &p = s_boards[board];
    camera_config_t config;
    memset(&config, 0, sizeof(config));
    config.pin_pwdn = p.pwdn;
    config.pin_reset = p.reset;
    config.pin_xclk = p.xclk;
    config.pin_sccb_sda = p.siod;
    config.pin_sccb_scl = p.sioc;
    config.pin_d7 = p.d7;
    config.pin_d6 = p.d6;
    config.pin_d5 = p.d5;
    config.pin_d4 = p.d4;
    config.pin_d3 = p.d3;
    config.pin_d2 = p.d2;
    config.pin_d1 = p.d1;
    config.pin_d0 = p.d0;
    config.pin_vsync = p.vsync;
    config.pin_href = p.href;
    config.pin_pclk = p.pclk;
    config.xclk_freq_hz = 20000000;
    // LEDC timer 3 / channel 7: nanoFramework's PWM (the haptic motor) allocates from timer 0 and channel 0 up.
    config.ledc_timer = LEDC_TIMER_3;
    config.ledc_channel = LEDC_CHANNEL_7;
    config.pixel_format = PIXFORMAT_GRAYSCALE;
    config.frame_size = size;
    config.jpeg_quality = 12;
    config.fb_count = 2;
    config.fb_location = CAMERA_FB_IN_PSRAM;
    config.grab_mode = CAMERA_GRAB_LATEST;

    esp_err_t err = esp_camera_init(&config);
    if (err != ESP_OK)
    {
        ESP_LOGE(TAG, "esp_camera_init failed: 0x%x", err);
        return err;
    }

    s_width = width;
    s_height = height;
    s_started = true;
    return ESP_OK;
}

signed int NativeCamera::NativeCapture(CLR_RT_TypedArray_UINT8 param0, signed int param1, HRESULT &hr)
{
    (void)hr;
    int stride = param1;

    if (!s_started)
    {
        return ResultNotStarted;
    }

    if (stride < s_width || (int)param0.GetSize() < stride * s_height)
    {
        return ResultBufferTooSmall;
    }

    // With CAMERA_GRAB_LATEST and two buffers this waits at most one frame interval.
    camera_fb_t *fb = esp_camera_fb_get();
    if (fb == NULL)
    {
        return ResultNoFrame;
    }

    int rows = (int)fb->height < s_height ? (int)fb->height : s_height;
    int cols = (int)fb->width < s_width ? (int)fb->width : s_width;
    uint8_t *out = param0.GetBuffer();
    for (int y = 0; y < rows; y++)
    {
        memcpy(out + y * stride, fb->buf + y * fb->width, cols);
    }

    esp_camera_fb_return(fb);
    return ResultCaptured;
}

void NativeCamera::NativeStop(HRESULT &hr)
{
    (void)hr;
    if (s_started)
    {
        // Deinit releases the frame buffers and, where the board wires PWDN, powers the sensor down.
        esp_camera_deinit();
        s_started = false;
    }
}

signed int NativeCamera::NativeReadChipTemperature(HRESULT &hr)
{
    (void)hr;
#if CONFIG_IDF_TARGET_ESP32S3
    static temperature_sensor_handle_t sensor = NULL;
    if (sensor == NULL)
    {
        temperature_sensor_config_t config = TEMPERATURE_SENSOR_CONFIG_DEFAULT(-10, 80);
        if (temperature_sensor_install(&config, &sensor) != ESP_OK || temperature_sensor_enable(sensor) != ESP_OK)
        {
            sensor = NULL;
            return INT_MIN;
        }
    }

    float celsius = 0;
    if (temperature_sensor_get_celsius(sensor, &celsius) != ESP_OK)
    {
        return INT_MIN;
    }

    return (int)celsius;
#else
    // The classic ESP32's sensor is read by the stock firmware (ADC channel 8); nothing to add here.
    return INT_MIN;
#endif
}
