#
# nf-interpreter CMake module for the GlassesFirmware.Camera interop assembly. Copy this file to
# nf-interpreter/CMake/Modules and the generated stubs plus this folder's .cpp to
# nf-interpreter/InteropAssemblies/GlassesFirmware.Camera (docs/custom-firmware.md), then configure with
#   -DNF_INTEROP_ASSEMBLIES="GlassesFirmware.Camera" -DGF_ESP32_CAMERA_DIR=<path to esp32-camera>
#

set(BASE_PATH_FOR_THIS_MODULE "${PROJECT_SOURCE_DIR}/InteropAssemblies/GlassesFirmware.Camera")

list(APPEND GlassesFirmware.Camera_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}/src/CLR/Core")
list(APPEND GlassesFirmware.Camera_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}/src/CLR/Include")
list(APPEND GlassesFirmware.Camera_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}/src/HAL/Include")
list(APPEND GlassesFirmware.Camera_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}/src/PAL/Include")
list(APPEND GlassesFirmware.Camera_INCLUDE_DIRS "${BASE_PATH_FOR_THIS_MODULE}")

# esp32-camera headers (driver/include); the component itself is linked through the ESP-IDF project.
if(NOT GF_ESP32_CAMERA_DIR)
    message(FATAL_ERROR "GlassesFirmware.Camera needs -DGF_ESP32_CAMERA_DIR=<esp32-camera checkout>")
endif()
list(APPEND GlassesFirmware.Camera_INCLUDE_DIRS "${GF_ESP32_CAMERA_DIR}/driver/include")
list(APPEND GlassesFirmware.Camera_INCLUDE_DIRS "${GF_ESP32_CAMERA_DIR}/conversions/include")

set(GlassesFirmware.Camera_SRCS
    GlassesFirmware_Camera.cpp
    GlassesFirmware_Camera_GlassesFirmware_Hardware_Camera_NativeCamera_mshl.cpp
    GlassesFirmware_Camera_GlassesFirmware_Hardware_Camera_NativeCamera.cpp
)

foreach(SRC_FILE ${GlassesFirmware.Camera_SRCS})
    set(GlassesFirmware.Camera_SRC_FILE SRC_FILE-NOTFOUND)
    find_file(GlassesFirmware.Camera_SRC_FILE ${SRC_FILE}
        PATHS "${BASE_PATH_FOR_THIS_MODULE}"
        CMAKE_FIND_ROOT_PATH_BOTH)
    list(APPEND GlassesFirmware.Camera_SOURCES ${GlassesFirmware.Camera_SRC_FILE})
endforeach()

include(FindPackageHandleStandardArgs)

FIND_PACKAGE_HANDLE_STANDARD_ARGS(GlassesFirmware.Camera DEFAULT_MSG GlassesFirmware.Camera_INCLUDE_DIRS GlassesFirmware.Camera_SOURCES)
