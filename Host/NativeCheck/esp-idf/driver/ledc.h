//
// Compile-only mirror of espressif/esp-idf components/driver/ledc/include/driver/ledc.h (esp_driver_ledc in
// ESP-IDF >= 5.3). Mirrors only its inclusion of hal/ledc_types.h, the source of ledc_timer_t and ledc_channel_t.
//
#pragma once

#include "esp_err.h"
#include "hal/ledc_types.h"
