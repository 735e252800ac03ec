//
// GlassesFirmware voice interop: the native side of GlassesFirmware.Hardware.Voice.NativeImaAdpcm
// (Hardware/Voice/NativeImaAdpcm.cs), for a custom nanoCLR image built with "GlassesFirmware.Voice" in
// NF_INTEROP_ASSEMBLIES. docs/custom-firmware.md has the build steps.
//
// This file replaces the skeleton of the same name that the metadata processor generates from the managed
// assembly; the generated GlassesFirmware_Voice.cpp (method table and native checksum), GlassesFirmware_Voice.h
// and the *_mshl.cpp marshalling file are used as generated. The encoder itself is gf_ima_adpcm.c, which the host
// test compiles and compares with ImaAdpcm.cs.
//

#include "GlassesFirmware_Voice.h"
#include "GlassesFirmware_Voice_GlassesFirmware_Hardware_Voice_NativeImaAdpcm.h"
#include "gf_ima_adpcm.h"

// The metadata processor declares the class in namespace <stubs root name>::<skeleton project name>, both
// GlassesFirmware_Voice here (GlassesFirmware.Voice.nfproj), not in the managed namespace.
using namespace GlassesFirmware_Voice::GlassesFirmware_Voice;

// One call per 20 ms block; works in the caller's arrays (no allocation). A bad offset, count or state raises
// IndexOutOfRangeException in the caller, where the portable encoder would throw it from an array access.
signed int NativeImaAdpcm::NativeEncodeBlock(
    CLR_RT_TypedArray_UINT8 param0,
    signed int param1,
    signed int param2,
    signed int param3,
    CLR_RT_TypedArray_UINT8 param4,
    signed int param5,
    CLR_RT_TypedArray_INT32 param6,
    HRESULT &hr)
{
    if (param6.GetSize() < 2)
    {
        hr = CLR_E_INDEX_OUT_OF_RANGE;
        return 0;
    }

    int32_t length = gf_ima_adpcm_encode_block(
        param0.GetBuffer(),
        (int32_t)param0.GetSize(),
        param1,
        param2,
        param3,
        param4.GetBuffer(),
        (int32_t)param4.GetSize(),
        param5,
        (int32_t *)param6.GetBuffer());
    if (length == GF_IMA_ADPCM_OUT_OF_RANGE)
    {
        hr = CLR_E_INDEX_OUT_OF_RANGE;
        return 0;
    }

    return length;
}
