using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using GlassesFirmware.Host.Metering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GlassesFirmware.Host.Tests.CostMeter
{
    /// <summary>The cost meter charges s[i] as the device pays it: a walk over the UTF-8 string to character i.</summary>
    public class StringIndexingCostTests
    {
        [Fact]
        public void IndexingAStringCostsInProportionToTheIndex()
        {
            Type probe = InstrumentedProbe();
            FieldInfo counter = probe.Assembly.GetType(IlInstrumenter.CounterType).GetField(IlInstrumenter.CounterField);
            MethodInfo at = probe.GetMethod("At");
            string text = new string('x', 2000);

            long Cost(int index)
            {
                counter.SetValue(null, 0L);
                at.Invoke(null, new object[] { text, index });
                return (long)counter.GetValue(null);
            }

            Assert.Equal(1500, Cost(1500) - Cost(0));
            Assert.Equal(Cost(0), Cost(0));
        }

        // A one-method assembly (static char At(string s, int i) => s[i];), instrumented and loaded on its own.
        private static Type InstrumentedProbe()
        {
            var compilation = CSharpCompilation.Create("StringIndexingProbe",
                new[] { CSharpSyntaxTree.ParseText("public static class Probe { public static char At(string s, int i) { return s[i]; } }") },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location), "System.Runtime.dll")) },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            string dir = Path.Combine(Path.GetTempPath(), "il-cost-probe-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            string source = Path.Combine(dir, "StringIndexingProbe.dll");
            Assert.True(compilation.Emit(source).Success);
            string target = Path.Combine(dir, "instrumented", "StringIndexingProbe.dll");
            Directory.CreateDirectory(Path.GetDirectoryName(target));
            IlInstrumenter.Instrument(source, target);
            return new AssemblyLoadContext(dir).LoadFromAssemblyPath(target).GetType("Probe");
        }
    }
}
