//
// Compile-only stand-in for the sdkconfig.h that ESP-IDF generates per project (esp_camera.h includes it). Defines
// nothing: the target (CONFIG_IDF_TARGET_ESP32 or CONFIG_IDF_TARGET_ESP32S3) is passed with -D by
// NativeInteropSyntaxTests.cs so both branches of the camera .cpp are checked; CONFIG_CAMERA_CONVERTER_ENABLED
// stays off, as in our build.
//
#pragma once
