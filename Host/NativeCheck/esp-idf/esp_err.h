//
// Compile-only mirror of espressif/esp-idf components/esp_common/include/esp_err.h
// (commit 6792024add7caef100a88a2c23d7b0b8933360e1). Mirrors only esp_err_t, ESP_OK, ESP_FAIL,
// ESP_ERR_INVALID_ARG and ESP_ERR_INVALID_STATE.
//
#pragma once

#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int esp_err_t;

#define ESP_OK          0
#define ESP_FAIL        -1

#define ESP_ERR_INVALID_ARG         0x102
#define ESP_ERR_INVALID_STATE       0x103

#ifdef __cplusplus
}
#endif
