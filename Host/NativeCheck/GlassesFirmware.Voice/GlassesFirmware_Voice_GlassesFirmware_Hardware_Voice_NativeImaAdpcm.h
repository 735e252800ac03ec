// Reproduced by hand, for a compile-only check, from what nanoframework/metadata-processor generates for the
// GlassesFirmware.Voice interop assembly (MetadataProcessor.Shared/SkeletonGenerator/SkeletonTemplates.cs and
// MetadataProcessor.Shared/nanoSkeletonGenerator.cs, commit 20729d99a7097e4521723118a41c491e8393bdf3) with the
// nfproj settings of Hardware/Voice/GlassesFirmware.Voice.nfproj: GenerateSkeletonName = TargetName (GlassesFirmware.Voice) and
// NF_GenerateSkeletonProjectName = GlassesFirmware_Voice, hence namespace GlassesFirmware_Voice::GlassesFirmware_Voice. Types follow
// TypeReferenceExtensions.ToNativeTypeAsString (int -> signed int, byte[] -> CLR_RT_TypedArray_UINT8, int[] ->
// CLR_RT_TypedArray_INT32). NativeInteropSyntaxTests checks these declarations against the managed externs.
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

#ifndef GLASSESFIRMWARE_VOICE_GLASSESFIRMWARE_VOICE_GLASSESFIRMWARE_HARDWARE_VOICE_NATIVEIMAADPCM_H
#define GLASSESFIRMWARE_VOICE_GLASSESFIRMWARE_VOICE_GLASSESFIRMWARE_HARDWARE_VOICE_NATIVEIMAADPCM_H

namespace GlassesFirmware_Voice
{
    namespace GlassesFirmware_Voice
    {
        struct NativeImaAdpcm
        {
            // Helper Functions to access fields of managed object
            // Declaration of stubs. These functions are implemented by Interop code developers
            static signed int NativeEncodeBlock( CLR_RT_TypedArray_UINT8 param0, signed int param1, signed int param2, signed int param3, CLR_RT_TypedArray_UINT8 param4, signed int param5, CLR_RT_TypedArray_INT32 param6, HRESULT &hr );
        };
    }
}

#endif // GLASSESFIRMWARE_VOICE_GLASSESFIRMWARE_VOICE_GLASSESFIRMWARE_HARDWARE_VOICE_NATIVEIMAADPCM_H
