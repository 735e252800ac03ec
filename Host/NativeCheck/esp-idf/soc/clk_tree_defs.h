//
// Compile-only mirror of espressif/esp-idf components/soc/esp32s3/include/soc/clk_tree_defs.h
// (commit 5595ab27b831dd92f62d19750946f1f3f02a2160). Mirrors only soc_periph_temperature_sensor_clk_src_t, and of
// it only TEMPERATURE_SENSOR_CLK_SRC_DEFAULT (the one name our code reaches, through
// TEMPERATURE_SENSOR_CONFIG_DEFAULT); the enumerator values are not mirrored and nothing here may depend on them.
//
#pragma once

typedef enum {
    TEMPERATURE_SENSOR_CLK_SRC_DEFAULT,
} soc_periph_temperature_sensor_clk_src_t;
