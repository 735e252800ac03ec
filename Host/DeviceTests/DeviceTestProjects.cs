using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using GlassesFirmware.Host.Conformance;

namespace GlassesFirmware.Host.DeviceTests
{
    /// <summary>
    /// The test classes the device test projects of GlassesFirmware.sln compile, read with the conformance build's
    /// own project reader (each project is one NFUnitTest assembly on the device).
    /// </summary>
    public static class DeviceTestProjects
    {
        private static readonly Regex TestClass = new(@"\[TestClass\]\s*(?:public|internal)?\s*(?:sealed\s+|static\s+)?class\s+(?<name>\w+)");
        private static readonly Regex Namespace = new(@"^namespace\s+(?<name>[\w.]+)", RegexOptions.Multiline);

        /// <summary>Full names of the test classes, one entry per project that compiles them.</summary>
        public static List<string> TestClassNames(string repoRoot)
        {
            var names = new List<string>();
            foreach (string path in NanoProject.FromSolution(Path.Combine(repoRoot, "GlassesFirmware.sln")))
            {
                NanoProject project = NanoProject.Load(path);
                if (!project.IsTestProject)
                {
                    continue;
                }

                foreach (string source in project.Sources)
                {
                    string text = File.ReadAllText(source);
                    string ns = Namespace.Match(text).Groups["name"].Value;
                    names.AddRange(TestClass.Matches(text).Select(m => ns + "." + m.Groups["name"].Value));
                }
            }

            return names;
        }
    }
}
