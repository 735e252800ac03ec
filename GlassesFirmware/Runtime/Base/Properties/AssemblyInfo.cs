using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("GlassesFirmware.Base")]
[assembly: AssemblyDescription("Shared foundations of the runtime: UTF-8 text, checksums, the payload ring, the clock port and power-safe records.")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCompany("GlassesFirmware contributors")]
[assembly: AssemblyProduct("GlassesFirmware")]
[assembly: AssemblyCopyright("Copyright (c) GlassesFirmware contributors")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("0.1.0.0")]
[assembly: AssemblyFileVersion("0.1.0.0")]
