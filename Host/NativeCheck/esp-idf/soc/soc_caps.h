//
// Compile-only mirror of espressif/esp-idf components/soc/<target>/include/soc/soc_caps.h. Mirrors only the
// capabilities our headers test: SOC_LEDC_CHANNEL_NUM (8 on both ESP32 and ESP32-S3, the chips our boards use;
// 6 on ESP32-C3, which has no camera interface) and SOC_TEMP_SENSOR_SUPPORTED (ESP32-S3 only).
//
#pragma once

#define SOC_LEDC_CHANNEL_NUM 8

#if CONFIG_IDF_TARGET_ESP32S3
#define SOC_TEMP_SENSOR_SUPPORTED 1
#endif
