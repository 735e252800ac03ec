//
// Compile-only mirror of nanoframework/nf-interpreter src/CLR/Include/nanoCLR_Types.h (develop, VIRTUAL_DEVICE-era
// layout). Mirrors only CLR_RECORD_VERSION (needed by CLR_RT_NativeAssemblyData); upstream spells the field type
// CLR_UINT16, a 16-bit unsigned typedef, written here as uint16_t. Upstream reaches nf_errors_exceptions.h (HRESULT)
// through this header's own includes; included directly here.
//
#ifndef NANOCLR_TYPES_H
#define NANOCLR_TYPES_H

#include <stdint.h>
#include <nf_errors_exceptions.h>

struct CLR_RECORD_VERSION
{
    uint16_t majorVersion;
    uint16_t minorVersion;
    uint16_t buildNumber;
    uint16_t revisionNumber;
};

#endif // NANOCLR_TYPES_H
