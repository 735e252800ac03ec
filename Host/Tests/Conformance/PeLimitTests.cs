using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GlassesFirmware.Host.Conformance;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GlassesFirmware.Host.Tests.Conformance
{
    /// <summary>The conformance build sizes the metadata processor's tables and refuses an assembly over the budget.</summary>
    public class PeLimitTests
    {
        [Fact]
        public void PlantedAssemblyOverTheLimitIsNamedWithItsTables()
        {
            // 700 distinct 90-character literals fill the string table; 9,000 statements of 7 bytes each the byte code.
            var source = new StringBuilder("namespace Planted { public static class Big { public static int Run(string[] sink) { int v = 0;\n");
            for (int i = 0; i < 700; i++)
            {
                source.Append("sink[0] = \"").Append(i.ToString("D4")).Append(new string('x', 86)).Append("\";\n");
            }

            for (int i = 0; i < 9000; i++)
            {
                source.Append("v = v * 31 + 7;\n");
            }

            source.Append("return v; } } }\n");

            ConformanceReport report = ConformanceBuild.Run(RepoPaths.Root, new Dictionary<string, string> { ["GlassesFirmware.Voice"] = source.ToString() });

            foreach (string configuration in new[] { "Debug", "Release" })
            {
                foreach (string table in new[] { "Strings", "ByteCode" })
                {
                    Assert.Contains(report.Findings, f => f.Rule == Rule.PeLimits && f.Project == "GlassesFirmware.Voice" && f.Location == configuration && f.Message.StartsWith(table + " table "));
                }
            }

            PeTableSizes release = report.PeTables.Single(t => t.Assembly == "GlassesFirmware.Voice" && t.Configuration == "Release");
            Assert.InRange(release.Tables.Single(t => t.Key == "Strings").Value, 700 * 91, 700 * 91 + 2000);
        }

        [Fact]
        public void ByteCodeIsTheIlWithCompressedTokens()
        {
            // Release IL: F = ldarg.0, ldc.i4.1, add, ret (4); S = ldstr <token>, ret (1 + 2 + 1);
            // the constructor = ldarg.0, call <token>, ret (1 + 1 + 2 + 1). Tokens shrink from 4 bytes to 2. C# 9, as the
            // device projects: later versions make Roslyn synthesise attribute classes mscorlib 1.17 lacks.
            const string source = "public class C { public static int F(int a) { return a + 1; } public static string S() { return \"h\u00e9llo\"; } }";
            var compilation = CSharpCompilation.Create("Sized", new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9)) },
                new[] { MetadataReference.CreateFromFile(Path.Combine(System.AppContext.BaseDirectory, "nano", "mscorlib.dll")) },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
            using var stream = new MemoryStream();
            Assert.True(compilation.Emit(stream).Success);

            PeTableSizes sizes = PeTableModel.Measure(stream.ToArray(), "Sized", "Release");

            Assert.Equal(4 + 4 + 5, sizes.Tables.Single(t => t.Key == "ByteCode").Value);
            Assert.Equal(16 * 3, sizes.Tables.Single(t => t.Key == "MethodDef").Value);
            Assert.Empty(PeTableModel.Check(sizes));
        }
    }
}
