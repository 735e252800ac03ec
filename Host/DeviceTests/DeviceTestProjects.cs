using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GlassesFirmware.Host.DeviceTests
{
    /// <summary>
    /// The [TestClass] types each device test project of GlassesFirmware.sln compiles (read from its sources), so the
    /// host run can be checked to list the same tests as one device run per project.
    /// </summary>
    public static class DeviceTestProjects
    {
        private static readonly XNamespace Ns = "http://schemas.microsoft.com/developer/msbuild/2003";
        private static readonly Regex TestClass = new(@"\[TestClass\]\s*(?:public|internal)?\s*(?:sealed\s+|static\s+)?class\s+(?<name>\w+)");
        private static readonly Regex Namespace = new(@"^namespace\s+(?<name>[\w.]+)", RegexOptions.Multiline);

        /// <summary>Full names of the test classes, one entry per project that compiles them.</summary>
        public static List<string> TestClassNames(string repoRoot)
        {
            var names = new List<string>();
            string sln = File.ReadAllText(Path.Combine(repoRoot, "GlassesFirmware.sln"));
            foreach (Match project in Regex.Matches(sln, "\"(?<path>[^\"]+\\.nfproj)\""))
            {
                string path = Path.Combine(repoRoot, project.Groups["path"].Value.Replace('\\', '/'));
                XDocument doc = XDocument.Load(path);
                if (doc.Descendants(Ns + "IsTestProject").All(e => e.Value.Trim() != "true"))
                {
                    continue;
                }

                foreach (XElement compile in doc.Descendants(Ns + "Compile"))
                {
                    string text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(path), ((string)compile.Attribute("Include")).Replace('\\', '/')));
                    string ns = Namespace.Match(text).Groups["name"].Value;
                    names.AddRange(TestClass.Matches(text).Select(m => ns + "." + m.Groups["name"].Value));
                }
            }

            return names;
        }

        /// <summary>Walks up from the test binaries to the folder holding GlassesFirmware.sln.</summary>
        public static string RepoRoot()
        {
            for (string dir = AppContext.BaseDirectory; dir != null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "GlassesFirmware.sln")))
                {
                    return dir;
                }
            }

            throw new DirectoryNotFoundException("no GlassesFirmware.sln above " + AppContext.BaseDirectory);
        }
    }
}
