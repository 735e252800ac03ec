using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("GlassesFirmware.QrKernels")]
[assembly: AssemblyDescription("The QR decoder's per-pixel kernels in native code through an interop assembly (custom nanoCLR image).")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCompany("GlassesFirmware contributors")]
[assembly: AssemblyProduct("GlassesFirmware")]
[assembly: AssemblyCopyright("Copyright (c) GlassesFirmware contributors")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("0.1.0.0")]
[assembly: AssemblyFileVersion("0.1.0.0")]

// Version of the native side this managed side was generated against (Hardware/Native/GlassesFirmware.QrKernels).
[assembly: AssemblyNativeVersion("1.0.0.0")]
