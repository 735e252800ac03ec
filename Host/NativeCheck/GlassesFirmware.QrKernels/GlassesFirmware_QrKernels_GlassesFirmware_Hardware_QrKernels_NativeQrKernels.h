// Reproduced by hand, for a compile-only check, from what nanoframework/metadata-processor generates for the
// GlassesFirmware.QrKernels interop assembly (see GlassesFirmware_QrKernels.h in this folder for the source and the
// type mapping). NativeInteropSyntaxTests checks these declarations against the managed externs.
//-----------------------------------------------------------------------------
//
//                   ** WARNING! ** 
//    This file was generated automatically by a tool.
//    Re-running the tool will overwrite this file.
//    You should copy this file to a custom location
//    before adding any customization in the copy to
//    prevent loss of your changes when the tool is
//    re-run.
//
//-----------------------------------------------------------------------------

#ifndef GLASSESFIRMWARE_QRKERNELS_GLASSESFIRMWARE_QRKERNELS_GLASSESFIRMWARE_HARDWARE_QRKERNELS_NATIVEQRKERNELS_H
#define GLASSESFIRMWARE_QRKERNELS_GLASSESFIRMWARE_QRKERNELS_GLASSESFIRMWARE_HARDWARE_QRKERNELS_NATIVEQRKERNELS_H

namespace GlassesFirmware_QrKernels
{
    namespace GlassesFirmware_QrKernels
    {
        struct NativeQrKernels
        {
            // Helper Functions to access fields of managed object
            // Declaration of stubs. These functions are implemented by Interop code developers
            static void NativeBlackPoints( CLR_RT_TypedArray_UINT8 param0, signed int param1, signed int param2, signed int param3, signed int param4, signed int param5, signed int param6, signed int param7, CLR_RT_TypedArray_UINT8 param8, CLR_RT_TypedArray_UINT8 param9, HRESULT &hr );
            static void NativeSmooth( CLR_RT_TypedArray_UINT8 param0, CLR_RT_TypedArray_UINT8 param1, signed int param2, signed int param3, signed int param4, HRESULT &hr );
            static signed int NativeFinderRow( CLR_RT_TypedArray_UINT8 param0, signed int param1, signed int param2, CLR_RT_TypedArray_UINT8 param3, signed int param4, signed int param5, CLR_RT_TypedArray_INT32 param6, HRESULT &hr );
            static signed int NativeSampleRows( CLR_RT_TypedArray_UINT8 param0, signed int param1, signed int param2, signed int param3, signed int param4, CLR_RT_TypedArray_UINT8 param5, signed int param6, signed int param7, CLR_RT_TypedArray_float param8, signed int param9, signed int param10, signed int param11, signed int param12, signed int param13, CLR_RT_TypedArray_INT32 param14, HRESULT &hr );
        };
    }
}

#endif // GLASSESFIRMWARE_QRKERNELS_GLASSESFIRMWARE_QRKERNELS_GLASSESFIRMWARE_HARDWARE_QRKERNELS_NATIVEQRKERNELS_H
