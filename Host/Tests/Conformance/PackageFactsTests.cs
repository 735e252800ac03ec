using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GlassesFirmware.Host.Conformance;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GlassesFirmware.Host.Tests.Conformance
{
    /// <summary>Each kind of package mismatch the conformance build checks against ../shared/nanoframework is caught and named.</summary>
    public class PackageFactsTests
    {
        private static readonly PackageFacts Facts = PackageFacts.Load(PackageFacts.DefaultFolder(RepoPaths.Root));

        [Fact]
        public void HintPathToAFileThePackageDoesNotShipIsCaught()
        {
            var reference = new PackageReference("nanoFramework.System.Threading", "1.1.52", "nanoFramework.System.Threading.dll");

            Finding finding = Assert.Single(Facts.CheckReference("Planted", "Planted.nfproj", reference));

            Assert.Equal(Rule.PackageFacts, finding.Rule);
            Assert.Contains("HintPath names lib\\nanoFramework.System.Threading.dll but nanoFramework.System.Threading 1.1.52 ships lib\\System.Threading.dll", finding.Message);
        }

        [Fact]
        public void HintPathToTheShippedFileIsAccepted()
        {
            Assert.Empty(Facts.CheckReference("Planted", "Planted.nfproj", new PackageReference("nanoFramework.System.Threading", "1.1.52", "System.Threading.dll")));
        }

        [Fact]
        public void UnconfirmedReleaseIsCaught()
        {
            var reference = new PackageReference("nanoFramework.System.Device.Wifi", "1.5.149", "System.Device.Wifi.dll");

            Finding finding = Assert.Single(Facts.CheckReference("Planted", "Planted.nfproj", reference));

            Assert.Contains("nanoFramework.System.Device.Wifi 1.5.149 is not a known release", finding.Message);
        }

        [Fact]
        public void StandInWithTheWrongAssemblyNameIsCaught()
        {
            byte[] image = CompileStandIn("System.Threading", "namespace System.Threading { public class CancellationTokenSource { public CancellationTokenSource(int millisecondsDelay) { } } }");

            List<Finding> findings = Facts.CheckStandIn("Planted.cs", "nanoFramework.System.Threading", "1.1.52", "nanoFramework.System.Threading", image).ToList();

            Finding finding = Assert.Single(findings);
            Assert.Equal(Rule.PackageFacts, finding.Rule);
            Assert.Contains("declares assembly nanoFramework.System.Threading but nanoFramework.System.Threading 1.1.52 ships assembly System.Threading", finding.Message);
        }

        [Fact]
        public void StandInMemberMissingFromThePackageApiIsCaught()
        {
            byte[] image = CompileStandIn("System.Threading",
                "namespace System.Threading { public class CancellationTokenSource { public CancellationTokenSource(int millisecondsDelay) { } public void CancelSoon(ref int delay) { } } }");

            List<Finding> findings = Facts.CheckStandIn("Planted.cs", "nanoFramework.System.Threading", "1.1.52", "System.Threading", image).ToList();

            Finding finding = Assert.Single(findings);
            Assert.Equal(Rule.StandInApi, finding.Rule);
            Assert.StartsWith("M:System.Threading.CancellationTokenSource.CancelSoon(System.Int32@) is not in the public API of nanoFramework.System.Threading 1.1.52", finding.Message);
        }

        [Fact]
        public void StandInEnumValueDifferentFromThePackageIsCaught()
        {
            byte[] image = CompileStandIn("System.IO.Ports", "namespace System.IO.Ports { public enum Parity { None = 0, Odd = 1, Even = 3 } }");

            List<Finding> findings = Facts.CheckStandIn("Planted.cs", "nanoFramework.System.IO.Ports", "1.1.139", "System.IO.Ports", image).ToList();

            Finding finding = Assert.Single(findings);
            Assert.StartsWith("F:System.IO.Ports.Parity.Even=3 is not in the public API", finding.Message);
        }

        [Fact]
        public void PackageBuiltAgainstAnotherMscorlibIsCaught()
        {
            var pinned = new Dictionary<string, string> { ["nanoFramework.CoreLibrary"] = "1.17.11", ["nanoFramework.System.Device.Pwm"] = "1.1.10" };

            Finding finding = Assert.Single(Facts.CheckPinnedSet("Planted", "packages.config", pinned));

            Assert.Equal(Rule.Linking, finding.Rule);
            Assert.Contains("nanoFramework.System.Device.Pwm 1.1.10 references mscorlib 1.15 but the pinned CoreLibrary 1.17.11 is mscorlib 1.17", finding.Message);
        }

        [Fact]
        public void DependencyMissingFromThePinnedSetIsCaught()
        {
            var pinned = new Dictionary<string, string> { ["nanoFramework.CoreLibrary"] = "1.17.11", ["nanoFramework.System.IO.Streams"] = "1.1.96" };

            Finding finding = Assert.Single(Facts.CheckPinnedSet("Planted", "packages.config", pinned));

            Assert.Equal(Rule.Linking, finding.Rule);
            Assert.Contains("nanoFramework.System.IO.Streams 1.1.96 depends on nanoFramework.System.Text 1.3.42 or higher but the project pins no nanoFramework.System.Text", finding.Message);
        }

        [Fact]
        public void DependencyPinnedBelowItsMinimumIsCaught()
        {
            // Hardware.Esp32 1.6.42 needs Runtime.Events 1.11.39; 1.11.37 is an older release.
            var pinned = new Dictionary<string, string>
            {
                ["nanoFramework.CoreLibrary"] = "1.17.11",
                ["nanoFramework.Hardware.Esp32"] = "1.6.42",
                ["nanoFramework.Runtime.Events"] = "1.11.37",
            };

            List<Finding> findings = Facts.CheckPinnedSet("Planted", "packages.config", pinned).ToList();

            Assert.Contains(findings, f => f.Rule == Rule.Linking
                && f.Message.Contains("nanoFramework.Hardware.Esp32 1.6.42 depends on nanoFramework.Runtime.Events 1.11.39 or higher but the project pins nanoFramework.Runtime.Events 1.11.37"));
        }

        [Fact]
        public void DocumentationIdsFollowTheListingFormat()
        {
            byte[] image = CompileStandIn("Planted", @"namespace Planted {
                public class Outer {
                    public class Inner { public const int Limit = 7; }
                    public int this[int i] { get { return i; } }
                    public event System.EventHandler Changed { add { } remove { } }
                    public static implicit operator int(Outer o) { return 0; }
                    protected void Take(out long value, byte[] data) { value = 0; }
                    private void Hidden() { }
                }
            }");

            List<string> ids = DocumentationIds.Read(image);

            Assert.Equal(new[]
            {
                "B:Planted.Outer -> System.Object",
                "B:Planted.Outer.Inner -> System.Object",
                "E:Planted.Outer.Changed",
                "F:Planted.Outer.Inner.Limit",
                "F:Planted.Outer.Inner.Limit=7",
                "M:Planted.Outer.#ctor",
                "M:Planted.Outer.Inner.#ctor",
                "M:Planted.Outer.Take(System.Int64@,System.Byte[])",
                "M:Planted.Outer.op_Implicit(Planted.Outer)~System.Int32",
                "P:Planted.Outer.Item(System.Int32)",
                "T:Planted.Outer",
                "T:Planted.Outer.Inner",
            }, ids.OrderBy(i => i, StringComparer.Ordinal));
        }

        private static byte[] CompileStandIn(string assembly, string source)
        {
            var compilation = CSharpCompilation.Create(assembly, new[] { CSharpSyntaxTree.ParseText(source) },
                new[] { MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "nano", "mscorlib.dll")) },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var stream = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            return stream.ToArray();
        }
    }
}
