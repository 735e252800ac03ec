using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlassesFirmware.Host.Conformance
{
    /// <summary>
    /// Sizes every table the metadata processor would write for one device project, in both configurations Visual
    /// Studio builds (Debug: DEBUG and TRACE, no optimisation; Release: TRACE, optimised), and finds each table over
    /// <see cref="PeTableModel.Limit"/>. See docs/nanoframework-subset.md, "PE limits".
    /// </summary>
    public static class PeLimitCheck
    {
        /// <param name="debugImage">The project as the conformance build compiled it (the Debug configuration).</param>
        /// <param name="trees">Its syntax trees, re-parsed here without DEBUG for the Release build.</param>
        public static void Run(string assembly, bool exe, byte[] debugImage, List<SyntaxTree> trees, List<MetadataReference> references, ConformanceReport report)
        {
            Measure(PeTableModel.Measure(debugImage, assembly, "Debug"), report);
            byte[] release = CompileRelease(assembly, exe, trees, references);
            if (release != null)
            {
                Measure(PeTableModel.Measure(release, assembly, "Release"), report);
            }
        }

        private static void Measure(PeTableSizes sizes, ConformanceReport report)
        {
            report.PeTables.Add(sizes);
            report.Findings.AddRange(PeTableModel.Check(sizes));
        }

        private static byte[] CompileRelease(string assembly, bool exe, List<SyntaxTree> trees, List<MetadataReference> references)
        {
            var releaseTrees = trees.Select(t =>
            {
                var options = (CSharpParseOptions)t.Options;
                return CSharpSyntaxTree.ParseText(t.GetText(), options.WithPreprocessorSymbols(options.PreprocessorSymbolNames.Where(s => s != "DEBUG")), t.FilePath);
            });
            var compilation = CSharpCompilation.Create(assembly, releaseTrees, references,
                new CSharpCompilationOptions(exe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Disable, deterministic: true));
            using var stream = new MemoryStream();
            return compilation.Emit(stream).Success ? stream.ToArray() : null; // the Debug build already reported its errors
        }
    }
}
