using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("NFUnitTest")]
[assembly: AssemblyDescription("On-device tests of GlassesFirmware.Payload against the shared payment vector file.")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCompany("GlassesFirmware contributors")]
[assembly: AssemblyProduct("GlassesFirmware")]
[assembly: AssemblyCopyright("Copyright (c) GlassesFirmware contributors")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("0.1.0.0")]
[assembly: AssemblyFileVersion("0.1.0.0")]

// As in the nanoFramework unit-test project template.
[assembly: AssemblyNativeVersion("1.0.0.0")]
