//
// Compile-only mirror of espressif/esp-idf components/log/include/esp_log.h (ESP-IDF v5.x). Mirrors only
// esp_log_level_t and esp_log_write with its printf format attribute. Upstream ESP_LOGE expands through
// ESP_LOG_LEVEL_LOCAL to esp_log_write(ESP_LOG_ERROR, tag, LOG_FORMAT(E, format), esp_log_timestamp(), tag, ...);
// the simplified macro below keeps what a syntax check needs: the same function and printf-style format checking
// of the caller's arguments.
//
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    ESP_LOG_NONE,
    ESP_LOG_ERROR,
    ESP_LOG_WARN,
    ESP_LOG_INFO,
    ESP_LOG_DEBUG,
    ESP_LOG_VERBOSE
} esp_log_level_t;

void esp_log_write(esp_log_level_t level, const char *tag, const char *format, ...) __attribute__((format(printf, 3, 4)));

#define ESP_LOGE(tag, format, ...) esp_log_write(ESP_LOG_ERROR, tag, format, ##__VA_ARGS__)

#ifdef __cplusplus
}
#endif
