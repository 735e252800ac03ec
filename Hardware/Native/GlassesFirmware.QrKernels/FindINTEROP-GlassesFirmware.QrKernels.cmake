#
# nf-interpreter CMake module for the GlassesFirmware.QrKernels interop assembly (native QR decoder kernels). Copy
# this file to nf-interpreter/CMake/Modules and the generated stubs plus this folder's .cpp, .c and .h to
# nf-interpreter/InteropAssemblies/GlassesFirmware.QrKernels (docs/custom-firmware.md), then configure with
#   -DNF_INTEROP_ASSEMBLIES="GlassesFirmware.Camera;GlassesFirmware.QrKernels"
# (the decoder runs on camera frames). It needs no component beyond the stock image.
#

set(BASE_PATH_FOR_THIS_MODULE "${PROJECT_SOURCE_DIR}/InteropAssemblies/GlassesFirmware.QrKernels")

list(APPEND GlassesFirmware.QrKernels_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}/src/CLR/Core")
list(APPEND GlassesFirmware.QrKernels_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}/src/CLR/Include")
list(APPEND GlassesFirmware.QrKernels_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}/src/HAL/Include")
list(APPEND GlassesFirmware.QrKernels_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}/src/PAL/Include")
list(APPEND GlassesFirmware.QrKernels_INCLUDE_DIRS "${BASE_PATH_FOR_THIS_MODULE}")

set(GlassesFirmware.QrKernels_SRCS
    GlassesFirmware_QrKernels.cpp
    GlassesFirmware_QrKernels_GlassesFirmware_Hardware_QrKernels_NativeQrKernels_mshl.cpp
    GlassesFirmware_QrKernels_GlassesFirmware_Hardware_QrKernels_NativeQrKernels.cpp
    gf_qr_kernels.c
)

foreach(SRC_FILE ${GlassesFirmware.QrKernels_SRCS})
    set(GlassesFirmware.QrKernels_SRC_FILE SRC_FILE-NOTFOUND)
    find_file(GlassesFirmware.QrKernels_SRC_FILE ${SRC_FILE}
        PATHS "${BASE_PATH_FOR_THIS_MODULE}"
        CMAKE_FIND_ROOT_PATH_BOTH)
    list(APPEND GlassesFirmware.QrKernels_SOURCES ${GlassesFirmware.QrKernels_SRC_FILE})
endforeach()

include(FindPackageHandleStandardArgs)

FIND_PACKAGE_HANDLE_STANDARD_ARGS(GlassesFirmware.QrKernels DEFAULT_MSG GlassesFirmware.QrKernels_INCLUDE_DIRS GlassesFirmware.QrKernels_SOURCES)
