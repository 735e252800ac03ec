//
// GlassesFirmware QR kernels interop: the native side of GlassesFirmware.Hardware.QrKernels.NativeQrKernels
// (Hardware/QrKernels/NativeQrKernels.cs), for a custom nanoCLR image built with "GlassesFirmware.QrKernels" in
// NF_INTEROP_ASSEMBLIES. docs/custom-firmware.md has the build steps.
//
// This file replaces the skeleton of the same name that the metadata processor generates from the managed
// assembly; the generated GlassesFirmware_QrKernels.cpp (method table and native checksum), GlassesFirmware_QrKernels.h
// and the *_mshl.cpp marshalling file are used as generated. The kernels themselves are gf_qr_kernels.c, which the
// host test compiles and compares with the managed kernels of GlassesFirmware/Runtime/Qr.
//

#include "GlassesFirmware_QrKernels.h"
#include "GlassesFirmware_QrKernels_GlassesFirmware_Hardware_QrKernels_NativeQrKernels.h"
#include "gf_qr_kernels.h"

// The metadata processor declares the class in namespace <stubs root name>::<skeleton project name>, both
// GlassesFirmware_QrKernels here (GlassesFirmware.QrKernels.nfproj), not in the managed namespace.
using namespace GlassesFirmware_QrKernels::GlassesFirmware_QrKernels;

// Every call works in the caller's arrays (no allocation). Arguments outside a kernel's range raise
// IndexOutOfRangeException in the caller, where the managed kernel would throw it from an array access.

void NativeQrKernels::NativeBlackPoints(
    CLR_RT_TypedArray_UINT8 param0,
    signed int param1,
    signed int param2,
    signed int param3,
    signed int param4,
    signed int param5,
    signed int param6,
    signed int param7,
    CLR_RT_TypedArray_UINT8 param8,
    CLR_RT_TypedArray_UINT8 param9,
    HRESULT &hr)
{
    if (gf_qr_black_points(
            param0.GetBuffer(),
            (int32_t)param0.GetSize(),
            param1,
            param2,
            param3,
            param4,
            param5,
            param6,
            param7,
            param8.GetBuffer(),
            (int32_t)param8.GetSize(),
            param9.GetBuffer(),
            (int32_t)param9.GetSize()) == GF_QR_OUT_OF_RANGE)
    {
        hr = CLR_E_INDEX_OUT_OF_RANGE;
    }
}

void NativeQrKernels::NativeSmooth(
    CLR_RT_TypedArray_UINT8 param0,
    CLR_RT_TypedArray_UINT8 param1,
    signed int param2,
    signed int param3,
    signed int param4,
    HRESULT &hr)
{
    if (gf_qr_smooth(
            param0.GetBuffer(),
            (int32_t)param0.GetSize(),
            param1.GetBuffer(),
            (int32_t)param1.GetSize(),
            param2,
            param3,
            param4) == GF_QR_OUT_OF_RANGE)
    {
        hr = CLR_E_INDEX_OUT_OF_RANGE;
    }
}

signed int NativeQrKernels::NativeFinderRow(
    CLR_RT_TypedArray_UINT8 param0,
    signed int param1,
    signed int param2,
    CLR_RT_TypedArray_UINT8 param3,
    signed int param4,
    signed int param5,
    CLR_RT_TypedArray_INT32 param6,
    HRESULT &hr)
{
    int32_t found = gf_qr_finder_row(
        param0.GetBuffer(),
        (int32_t)param0.GetSize(),
        param1,
        param2,
        param3.GetBuffer(),
        (int32_t)param3.GetSize(),
        param4,
        param5,
        (int32_t *)param6.GetBuffer(),
        (int32_t)param6.GetSize());
    if (found == GF_QR_OUT_OF_RANGE)
    {
        hr = CLR_E_INDEX_OUT_OF_RANGE;
        return 0;
    }

    return found;
}

signed int NativeQrKernels::NativeSampleRows(
    CLR_RT_TypedArray_UINT8 param0,
    signed int param1,
    signed int param2,
    signed int param3,
    signed int param4,
    CLR_RT_TypedArray_UINT8 param5,
    signed int param6,
    signed int param7,
    CLR_RT_TypedArray_float param8,
    signed int param9,
    signed int param10,
    signed int param11,
    signed int param12,
    signed int param13,
    CLR_RT_TypedArray_INT32 param14,
    HRESULT &hr)
{
    int32_t inside = gf_qr_sample_rows(
        param0.GetBuffer(),
        (int32_t)param0.GetSize(),
        param1,
        param2,
        param3,
        param4,
        param5.GetBuffer(),
        (int32_t)param5.GetSize(),
        param6,
        param7,
        param8.GetBuffer(),
        (int32_t)param8.GetSize(),
        param9,
        param10,
        param11,
        param12,
        param13,
        (int32_t *)param14.GetBuffer(),
        (int32_t)param14.GetSize());
    if (inside == GF_QR_OUT_OF_RANGE)
    {
        hr = CLR_E_INDEX_OUT_OF_RANGE;
        return 0;
    }

    return inside;
}
