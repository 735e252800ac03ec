using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace GlassesFirmware.Host.Tests.Hardware
{
    /// <summary>
    /// The native halves of the interop assemblies (Hardware/Native/&lt;Assembly&gt;/*.cpp) need ESP-IDF and the
    /// metadata processor to build, neither of which is on a development machine or CI. So they are syntax-checked with
    /// g++ against Host/NativeCheck: mirrors of the nanoCLR, esp32-camera and ESP-IDF declarations they use, plus the
    /// headers the metadata processor would generate for each assembly. The second test ties those generated headers
    /// to the managed extern declarations, so neither side can drift without a failure here.
    /// </summary>
    [Trait("Category", GccLibrary.NativeC)]
    public class NativeInteropSyntaxTests
    {
        private static readonly string NativeRoot = Path.Combine(RepoPaths.Root, "Hardware", "Native");
        private static readonly string CheckRoot = Path.Combine(RepoPaths.Root, "Host", "NativeCheck");

        // Both chips our boards use: the camera .cpp has an ESP32-S3-only branch (temperature sensor).
        private static readonly string[] Targets = { "CONFIG_IDF_TARGET_ESP32", "CONFIG_IDF_TARGET_ESP32S3" };

        // Every interop assembly folder, so a new one without generated headers in Host/NativeCheck fails here.
        private static IEnumerable<string> InteropAssemblies()
        {
            return Directory.GetDirectories(NativeRoot).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);
        }

        public static TheoryData<string, string, string> Sources()
        {
            var data = new TheoryData<string, string, string>();
            foreach (string assembly in InteropAssemblies())
            {
                foreach (string source in Directory.GetFiles(Path.Combine(NativeRoot, assembly), "*.cpp").OrderBy(s => s, StringComparer.Ordinal))
                {
                    foreach (string target in Targets)
                    {
                        data.Add(assembly, Path.GetFileName(source), target);
                    }
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Sources))]
        public void InteropSourceCompilesAgainstTheMirroredHeaders(string assembly, string file, string target)
        {
            string gxx = GccLibrary.FindOnPath("g++");
            Assert.True(gxx != null, "g++ is not on PATH: this test syntax-checks the interop C++ with it; install g++ (CI images have it)");

            var start = new ProcessStartInfo(gxx) { RedirectStandardError = true, RedirectStandardOutput = true };
            // -Werror so a format or conversion warning counts; missing-field-initializers only fires inside ESP-IDF's
            // own TEMPERATURE_SENSOR_CONFIG_DEFAULT, which leaves `flags` zeroed on purpose.
            var args = new List<string> { "-std=c++17", "-fsyntax-only", "-Wall", "-Wextra", "-Werror", "-Wno-missing-field-initializers", "-D" + target + "=1" };
            foreach (string dir in new[] { "nanoCLR", "esp32-camera", "esp-idf", assembly })
            {
                args.Add("-I");
                args.Add(Path.Combine(CheckRoot, dir));
            }

            args.Add(Path.Combine(NativeRoot, assembly, file));
            args.ForEach(start.ArgumentList.Add);

            using Process process = Process.Start(start);
            string output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"g++ {string.Join(" ", args)}\nexited {process.ExitCode}:\n{output}");
        }

        [Fact]
        public void GeneratedHeadersMatchTheManagedExterns()
        {
            var checkedExterns = new List<string>();
            foreach (string assembly in InteropAssemblies())
            {
                checkedExterns.AddRange(CheckAssembly(assembly));
            }

            // The three assemblies that exist today; guards against a scan that silently finds nothing.
            Assert.Contains("GlassesFirmware.Hardware.Camera.NativeCamera.NativeCapture", checkedExterns);
            Assert.Contains("GlassesFirmware.Hardware.Voice.NativeImaAdpcm.NativeEncodeBlock", checkedExterns);
            Assert.Contains("GlassesFirmware.Hardware.QrKernels.NativeQrKernels.NativeSampleRows", checkedExterns);
        }

        // Checks every InternalCall extern of the assembly against <Assembly>.h (method table declaration) and the class
        // header, as nanoSkeletonGenerator names and types them; returns the externs checked.
        private static List<string> CheckAssembly(string assembly)
        {
            string safe = assembly.Replace('.', '_');
            var checkedExterns = new List<string>();
            string assemblyHeader = File.ReadAllText(Path.Combine(CheckRoot, assembly, safe + ".h"));
            var byClass = ManagedExterns(assembly).GroupBy(m => (Namespace: Namespace(m), Class: ((TypeDeclarationSyntax)m.Parent).Identifier.Text));
            foreach (var group in byClass)
            {
                string className = group.Key.Namespace.Replace('.', '_') + "_" + group.Key.Class;
                string headerPath = Path.Combine(CheckRoot, assembly, safe + "_" + className + ".h");
                Assert.True(File.Exists(headerPath), "missing generated class header " + headerPath);
                string header = File.ReadAllText(headerPath);

                // The metadata processor nests the struct in <stubs root>::<skeleton project>, not the managed namespace.
                Assert.Matches(new Regex(@"namespace " + safe + @"\s*\{\s*namespace " + safe + @"\s*\{\s*struct " + group.Key.Class + @"\b"), header);

                var declared = Regex.Matches(header, @"static\s+([\w ]+?)\s+(\w+)\(\s*([^)]*?)\s*\);")
                    .ToDictionary(m => m.Groups[2].Value, m => (Return: m.Groups[1].Value, Parameters: m.Groups[3].Value));
                Assert.True(declared.Count == group.Count(), $"{headerPath} declares {declared.Count} methods, {group.Key.Class} has {group.Count()} externs");

                foreach (MethodDeclarationSyntax method in group)
                {
                    string name = method.Identifier.Text;
                    string where = $"{group.Key.Namespace}.{group.Key.Class}.{name}";
                    Assert.True(method.Modifiers.Any(SyntaxKind.StaticKeyword), where + ": instance externs are not modelled (the MDP adds a CLR_RT_HeapBlock* parameter)");
                    Assert.True(declared.TryGetValue(name, out var native), $"{where}: no declaration in {headerPath}");

                    var parameters = method.ParameterList.Parameters.Select((p, i) => NativeType(p.Type, where) + " param" + i).ToList();
                    parameters.Add("HRESULT &hr");
                    string expected = string.Join(", ", parameters);
                    Assert.True(NativeType(method.ReturnType, where) == native.Return, $"{where}: header returns '{native.Return}', managed {method.ReturnType}");
                    Assert.True(expected == native.Parameters, $"{where}: header has ({native.Parameters}), managed maps to ({expected})");

                    string signature = name + "___STATIC__" + string.Join("__", new[] { method.ReturnType }.Concat(method.ParameterList.Parameters.Select(p => p.Type)).Select(t => SignatureCode(t, where)));
                    Assert.True(
                        assemblyHeader.Contains($"struct Library_{safe}_{className}") && assemblyHeader.Contains($"NANOCLR_NATIVE_DECLARE({signature});"),
                        $"{where}: {safe}.h lacks Library_{safe}_{className}::{signature}");
                    checkedExterns.Add(where);
                }
            }

            return checkedExterns;
        }

        // The extern methods in the sources of the nfproj whose AssemblyName is this assembly.
        private static IEnumerable<MethodDeclarationSyntax> ManagedExterns(string assembly)
        {
            string project = Directory.GetFiles(Path.Combine(RepoPaths.Root, "Hardware"), "*.nfproj", SearchOption.AllDirectories)
                .Single(p => XDocument.Load(p).Descendants().Any(e => e.Name.LocalName == "AssemblyName" && e.Value == assembly));
            var sources = XDocument.Load(project).Descendants().Where(e => e.Name.LocalName == "Compile")
                .Select(e => Path.Combine(Path.GetDirectoryName(project), e.Attribute("Include").Value.Replace('\\', Path.DirectorySeparatorChar)));
            return sources
                .SelectMany(s => CSharpSyntaxTree.ParseText(File.ReadAllText(s)).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
                .Where(m => m.Modifiers.Any(SyntaxKind.ExternKeyword))
                .ToList();
        }

        private static string Namespace(MethodDeclarationSyntax method)
        {
            return string.Join(".", method.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(n => n.Name.ToString()));
        }

        // (C# keyword, ToNativeTypeAsString, ToCLRTypeAsString, signature code) from the metadata processor's
        // TypeReferenceExtensions and NativeMethodsCrc; only types the MDP marshals.
        private static readonly (string Keyword, string Native, string Clr, string Code)[] Primitives =
        {
            ("void", "void", "void", "VOID"), ("bool", "bool", "bool", "BOOLEAN"), ("char", "char", "CHAR", "CHAR"),
            ("sbyte", "int8_t", "INT8", "I1"), ("byte", "uint8_t", "UINT8", "U1"), ("short", "int16_t", "INT16", "I2"),
            ("ushort", "uint16_t", "UINT16", "U2"), ("int", "signed int", "INT32", "I4"), ("uint", "unsigned int", "UINT32", "U4"),
            ("long", "int64_t", "INT64", "I8"), ("ulong", "uint64_t", "UINT64", "U8"), ("float", "float", "float", "R4"),
            ("double", "double", "double", "R8"), ("string", "const char*", "LPCSTR", "STRING"),
        };

        private static (string Keyword, string Native, string Clr, string Code) Primitive(TypeSyntax type, string where)
        {
            var match = Primitives.FirstOrDefault(p => p.Keyword == type.ToString());
            Assert.True(match.Keyword != null, $"{where}: type '{type}' is not one the metadata processor marshals (or not modelled here)");
            return match;
        }

        private static string NativeType(TypeSyntax type, string where)
        {
            return type is ArrayTypeSyntax array ? "CLR_RT_TypedArray_" + Primitive(array.ElementType, where).Clr : Primitive(type, where).Native;
        }

        private static string SignatureCode(TypeSyntax type, string where)
        {
            return type is ArrayTypeSyntax array ? "SZARRAY_" + Primitive(array.ElementType, where).Code : Primitive(type, where).Code;
        }
    }
}
