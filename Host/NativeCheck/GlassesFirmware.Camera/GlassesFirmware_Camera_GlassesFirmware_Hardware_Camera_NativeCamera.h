// Reproduced by hand, for a compile-only check, from what nanoframework/metadata-processor generates for the
// GlassesFirmware.Camera interop assembly (MetadataProcessor.Shared/SkeletonGenerator/SkeletonTemplates.cs and
// MetadataProcessor.Shared/nanoSkeletonGenerator.cs, commit 20729d99a7097e4521723118a41c491e8393bdf3) with the
// nfproj settings of Hardware/Camera/GlassesFirmware.Camera.nfproj: GenerateSkeletonName = TargetName (GlassesFirmware.Camera) and
// NF_GenerateSkeletonProjectName = GlassesFirmware_Camera, hence namespace GlassesFirmware_Camera::GlassesFirmware_Camera. Types follow
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

#ifndef GLASSESFIRMWARE_CAMERA_GLASSESFIRMWARE_CAMERA_GLASSESFIRMWARE_HARDWARE_CAMERA_NATIVECAMERA_H
#define GLASSESFIRMWARE_CAMERA_GLASSESFIRMWARE_CAMERA_GLASSESFIRMWARE_HARDWARE_CAMERA_NATIVECAMERA_H

namespace GlassesFirmware_Camera
{
    namespace GlassesFirmware_Camera
    {
        struct NativeCamera
        {
            // Helper Functions to access fields of managed object
            // Declaration of stubs. These functions are implemented by Interop code developers
            static signed int NativeStart( signed int param0, signed int param1, signed int param2, HRESULT &hr );
            static signed int NativeCapture( CLR_RT_TypedArray_UINT8 param0, signed int param1, HRESULT &hr );
            static void NativeStop(  HRESULT &hr );
            static signed int NativeReadChipTemperature(  HRESULT &hr );
        };
    }
}

#endif // GLASSESFIRMWARE_CAMERA_GLASSESFIRMWARE_CAMERA_GLASSESFIRMWARE_HARDWARE_CAMERA_NATIVECAMERA_H
