#
# nf-interpreter CMake module for the GlassesFirmware.Voice interop assembly (native IMA ADPCM encoder). Copy
# this file to nf-interpreter/CMake/Modules and the generated stubs plus this folder's .cpp, .c and .h to
# nf-interpreter/InteropAssemblies/GlassesFirmware.Voice (docs/custom-firmware.md), then configure with
#   -DNF_INTEROP_ASSEMBLIES="GlassesFirmware.Voice"   (or "GlassesFirmware.Camera;GlassesFirmware.Voice")
# It needs no component beyond the stock image.
#

set(BASE_PATH_FOR_THIS_MODULE "${PROJECT_SOURCE_DIR}/InteropAssemblies/GlassesFirmware.Voice")

list(APPEND GlassesFirmware.Voice_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}/src/CLR/Core")
list(APPEND GlassesFirmware.Voice_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}/src/CLR/Include")
list(APPEND GlassesFirmware.Voice_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}/src/HAL/Include")
list(APPEND GlassesFirmware.Voice_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}/src/PAL/Include")
list(APPEND GlassesFirmware.Voice_INCLUDE_DIRS "${BASE_PATH_FOR_THIS_MODULE}")

set(GlassesFirmware.Voice_SRCS
    GlassesFirmware_Voice.cpp
    GlassesFirmware_Voice_GlassesFirmware_Hardware_Voice_NativeImaAdpcm_mshl.cpp
    GlassesFirmware_Voice_GlassesFirmware_Hardware_Voice_NativeImaAdpcm.cpp
    gf_ima_adpcm.c
)

foreach(SRC_FILE ${GlassesFirmware.Voice_SRCS})
    set(GlassesFirmware.Voice_SRC_FILE SRC_FILE-NOTFOUND)
    find_file(GlassesFirmware.Voice_SRC_FILE ${SRC_FILE}
        PATHS "${BASE_PATH_FOR_THIS_MODULE}"
        CMAKE_FIND_ROOT_PATH_BOTH)
    list(APPEND GlassesFirmware.Voice_SOURCES ${GlassesFirmware.Voice_SRC_FILE})
endforeach()

include(FindPackageHandleStandardArgs)

FIND_PACKAGE_HANDLE_STANDARD_ARGS(GlassesFirmware.Voice DEFAULT_MSG GlassesFirmware.Voice_INCLUDE_DIRS GlassesFirmware.Voice_SOURCES)
