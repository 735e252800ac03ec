using System.Collections.Generic;
using System.Linq;
using GlassesFirmware.Host.Conformance;
using Xunit;

namespace GlassesFirmware.Host.Tests.Conformance
{
    /// <summary>The device sources build against nanoFramework's mscorlib, and each rule really fires.</summary>
    public class ConformanceBuildTests
    {
        [Fact]
        public void DeviceProjectsConformToNanoFrameworkV1()
        {
            ConformanceReport report = ConformanceBuild.Run(RepoPaths.Root);
            Assert.True(report.Passed, string.Join("\n", report.Findings));
            foreach (string library in new[] { "Base", "Qr", "Payload", "Confirmation", "Uplink", "Session" })
            {
                Assert.Contains("GlassesFirmware." + library, report.CompiledProjects);
                Assert.Contains("NFUnitTest (GlassesFirmware." + library + ".Tests)", report.CompiledProjects);
            }

            Assert.Contains("GlassesFirmware.TestKit", report.CompiledProjects);
            Assert.Contains("GlassesFirmware.Hardware", report.CompiledProjects);
            Assert.Contains("GlassesFirmware", report.CompiledProjects);
        }

        public static IEnumerable<object[]> Violations() => new[]
        {
            new object[] { "namespace Planted { public class Box<T> { public T Item; } }", Rule.GenericDefinition, "Planted.Box`1" },
            new object[] { "namespace Planted { public static class Util { public static T First<T>(T[] a) { return a[0]; } } }", Rule.GenericDefinition, "First" },
            new object[] { "namespace Planted { public class Holder { public int? Value; } }", Rule.Compile, "Holder.Value" },
            new object[] { "namespace Planted { public class Money { public decimal Amount; } }", Rule.Compile, "Money.Amount" },
            new object[] { "namespace Planted { public class Grid { public int[,] Cells = new int[2, 3]; } }", Rule.MultidimensionalArray, "Planted.Grid.Cells" },
            new object[] { "namespace Planted { public class Callback { public System.Action<int> OnValue; } }", Rule.GenericInstantiation, "System.Action`1" },
            new object[] { "namespace Planted { public class Events { public event System.EventHandler<System.EventArgs> Changed; } }", Rule.GenericInstantiation, "System.EventHandler`1" },
            new object[] { "namespace Planted { public class Lambda { public static int Run() { System.Func<int, int> f = x => x + 1; return f(1); } } }", Rule.GenericInstantiation, "Planted.Lambda.Run()" },
            new object[] { "namespace Planted { public class Native { public System.UIntPtr Handle; } }", Rule.ExcludedType, "Planted.Native.Handle" },
            new object[] { "namespace Planted { public class Row { public System.DBNull Empty; } }", Rule.ExcludedType, "Planted.Row.Empty" },
            new object[] { "namespace Planted { public class Later { public async void Go() { } } }", Rule.Compile, "Later.Go" },
            new object[] { "namespace System.Runtime.CompilerServices { public interface IAsyncStateMachine { } } namespace Planted { public class Machine : System.Runtime.CompilerServices.IAsyncStateMachine { } }", Rule.AsyncStateMachine, "Planted.Machine" },
            new object[] { "namespace Planted { public class Text { public static string Fix(string s) { return s.Replace(\"a\", \"b\"); } } }", Rule.Compile, "Text.Fix" },
            // DataRow values reach the device's MethodInfo.Invoke unconverted, and enums are dropped by the metadata processor.
            new object[] { DataRowPlant("[DataRow(5)] public static void Wide(long x) { }"), Rule.TestData, "int but the parameter is long" },
            new object[] { DataRowPlant("public enum Mode { A } [DataRow(Mode.A)] public static void Pick(Mode m) { }"), Rule.TestData, "is enum" },
            new object[] { DataRowPlant("[DataRow(\"a\", null)] public static void Maybe(string a, string b) { }"), Rule.TestData, "is null" },
            new object[] { DataRowPlant("[DataRow('x')] public static void Letter(char c) { }"), Rule.TestData, "is a char" },
            new object[] { DataRowPlant("[DataRow(1, 2)] public static void One(int a) { }"), Rule.TestData, "2 values for 1 parameters" },
            // A fresh string[]'s elements crash the interpreter when compared: fill it (initializer or StringArrays.Filled).
            new object[] { "namespace Planted { public class Slots { private readonly string[] _names = new string[8]; public bool Has(string n) { return _names[0] == n; } } }", Rule.StringArray, "Slots._names" },
            new object[] { "namespace Planted { public static class Names { public static string[] Make(int n) { return new string[n]; } } }", Rule.StringArray, "new string[n]" },
        };

        // A test class with one row, and a DataRowAttribute of the TestFramework's shape (the runtime libraries have none).
        private static string DataRowPlant(string members) =>
            "namespace Planted { public class DataRowAttribute : System.Attribute { public DataRowAttribute(params object[] values) { } } public static class Rows { " + members + " } }";

        [Theory]
        [MemberData(nameof(Violations))]
        public void PlantedViolationInTheRuntimeIsCaughtAndNamed(string source, Rule rule, string named)
        {
            ConformanceReport report = ConformanceBuild.Run(RepoPaths.Root, new Dictionary<string, string> { ["GlassesFirmware.Base"] = source });
            Finding finding = report.Findings.FirstOrDefault(f => f.Rule == rule && (f.Location + " " + f.Message).Contains(named));
            Assert.True(finding != null, "expected a " + rule + " finding naming " + named + "; got:\n" + string.Join("\n", report.Findings));
        }

        [Fact]
        public void CodeBehindABuildFlavourIsCheckedToo()
        {
            const string source = "#if GLASSES_CAMERA\nnamespace Planted { public class Box<T> { } }\n#endif\n";
            ConformanceReport report = ConformanceBuild.Run(RepoPaths.Root, new Dictionary<string, string> { ["GlassesFirmware"] = source });
            Assert.Contains("GlassesFirmware [GLASSES_CAMERA,GLASSES_NATIVE_VOICE,GLASSES_NATIVE_QR]", report.CompiledProjects);
            Assert.Contains(report.Findings, f => f.Rule == Rule.GenericDefinition && f.Project.Contains("GLASSES_CAMERA") && f.Location == "Planted.Box`1");
            Assert.DoesNotContain(report.Findings, f => f.Project == "GlassesFirmware");
        }

        [Fact]
        public void ReferenceToAHostAssemblyIsCaught()
        {
            var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Planted",
                new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public class C { public object L = new System.Collections.Generic.List<int>(); }") },
                Basic.Host(),
                new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
            using var stream = new System.IO.MemoryStream();
            Assert.True(compilation.Emit(stream).Success);

            List<Finding> findings = ImageChecker.Check(stream.ToArray(), "Planted", new HashSet<string> { "mscorlib" });

            Assert.Contains(findings, f => f.Rule == Rule.ForeignAssembly && f.Message.Contains("System"));
            Assert.Contains(findings, f => f.Rule == Rule.GenericInstantiation && f.Message.Contains("List`1"));
        }

        [Fact]
        public void UnlistedSourceFileIsCaught()
        {
            string stray = System.IO.Path.Combine(RepoPaths.Root, "Hardware", "Stray" + System.Guid.NewGuid().ToString("N") + ".cs");
            System.IO.File.WriteAllText(stray, "namespace Planted { }");
            try
            {
                ConformanceReport report = ConformanceBuild.Run(RepoPaths.Root);
                Assert.Contains(report.Findings, f => f.Rule == Rule.ProjectFiles && f.Location.EndsWith(System.IO.Path.GetFileName(stray)));
            }
            finally
            {
                System.IO.File.Delete(stray);
            }
        }

        private static class Basic
        {
            public static IEnumerable<Microsoft.CodeAnalysis.MetadataReference> Host() =>
                ((string)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")).Split(System.IO.Path.PathSeparator)
                .Where(p => p.EndsWith("System.Runtime.dll") || p.EndsWith("System.Private.CoreLib.dll") || p.EndsWith("System.Collections.dll"))
                .Select(p => Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(p));
        }
    }
}
