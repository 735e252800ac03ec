//
// Compile-only mirror of espressif/esp-idf components/hal/include/hal/temperature_sensor_types.h
// (commit 0f0343411924ccf8cf698527c49eff39d5823631). Mirrors only temperature_sensor_clk_src_t.
//
#pragma once

#include "soc/clk_tree_defs.h"
#include "soc/soc_caps.h"

#ifdef __cplusplus
extern "C" {
#endif

#if SOC_TEMP_SENSOR_SUPPORTED
typedef soc_periph_temperature_sensor_clk_src_t temperature_sensor_clk_src_t;
#else
typedef int temperature_sensor_clk_src_t;
#endif

#ifdef __cplusplus
}
#endif
