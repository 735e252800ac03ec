//
// Compile-only mirror of espressif/esp-idf components/esp_driver_tsens/include/driver/temperature_sensor.h
// (commit 539213f47a1fee57875161f64e3ca48443d72583; ESP-IDF >= 5.3, same include path as the older
// components/driver/temperature_sensor). Mirrors only: temperature_sensor_handle_t, temperature_sensor_config_t,
// TEMPERATURE_SENSOR_CONFIG_DEFAULT, temperature_sensor_install, temperature_sensor_enable,
// temperature_sensor_get_celsius.
//
#pragma once

#include <stdint.h>
#include <stdbool.h>
#include "esp_err.h"
#include "hal/temperature_sensor_types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct temperature_sensor_obj_t *temperature_sensor_handle_t;

typedef struct {
    int range_min;
    int range_max;
    temperature_sensor_clk_src_t clk_src;
    struct {
        uint32_t allow_pd;
    } flags;

} temperature_sensor_config_t;

#define TEMPERATURE_SENSOR_CONFIG_DEFAULT(min, max)    \
    {                                                  \
        .range_min = min,                              \
        .range_max = max,                              \
        .clk_src = TEMPERATURE_SENSOR_CLK_SRC_DEFAULT, \
    }

esp_err_t temperature_sensor_install(const temperature_sensor_config_t *tsens_config, temperature_sensor_handle_t *ret_tsens);

esp_err_t temperature_sensor_enable(temperature_sensor_handle_t tsens);

esp_err_t temperature_sensor_get_celsius(temperature_sensor_handle_t tsens, float *out_celsius);

#ifdef __cplusplus
}
#endif
