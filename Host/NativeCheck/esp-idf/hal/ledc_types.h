//
// Compile-only mirror of espressif/esp-idf components/hal/include/hal/ledc_types.h
// (commit b9e018aa53f46581d03ae5da000bb8490f95c4fe). Mirrors only ledc_timer_t and ledc_channel_t, including the
// upstream condition that LEDC_CHANNEL_6/7 exist only on chips with more than 6 channels (soc/soc_caps.h).
//
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <stdbool.h>
#include "soc/soc_caps.h"

typedef enum {
    LEDC_TIMER_0 = 0,
    LEDC_TIMER_1,
    LEDC_TIMER_2,
    LEDC_TIMER_3,
    LEDC_TIMER_MAX,
} ledc_timer_t;

typedef enum {
    LEDC_CHANNEL_0 = 0,
    LEDC_CHANNEL_1,
    LEDC_CHANNEL_2,
    LEDC_CHANNEL_3,
    LEDC_CHANNEL_4,
    LEDC_CHANNEL_5,
#if SOC_LEDC_CHANNEL_NUM > 6
    LEDC_CHANNEL_6,
    LEDC_CHANNEL_7,
#endif
    LEDC_CHANNEL_MAX,
} ledc_channel_t;

#ifdef __cplusplus
}
#endif
