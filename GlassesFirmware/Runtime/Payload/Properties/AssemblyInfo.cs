using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("GlassesFirmware.Payload")]
[assembly: AssemblyDescription("Payment QR payloads: classification, EMVCo parsing, amounts, readback.")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCompany("GlassesFirmware contributors")]
[assembly: AssemblyProduct("GlassesFirmware")]
[assembly: AssemblyCopyright("Copyright (c) GlassesFirmware contributors")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("0.1.0.0")]
[assembly: AssemblyFileVersion("0.1.0.0")]
