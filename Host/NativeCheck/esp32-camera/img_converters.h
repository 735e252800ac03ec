//
// Compile-only placeholder for espressif/esp32-camera conversions/include/img_converters.h, which esp_camera.h
// includes last. Mirrors no declaration: our camera .cpp converts nothing (it asks the driver for grayscale).
//
#pragma once
