using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GlassesFirmware.Host.Conformance
{
    /// <summary>A NuGet package an .nfproj references through a HintPath into packages/.</summary>
    public sealed record PackageReference(string Id, string Version, string File);

    /// <summary>What Visual Studio would build from one .nfproj: its sources, packages and project references.</summary>
    public sealed class NanoProject
    {
        private static readonly XNamespace Ns = "http://schemas.microsoft.com/developer/msbuild/2003";
        private static readonly Regex FlavourCondition = new(@"^\s*'\$\((?<property>\w+)\)'\s*==\s*'true'\s*$");
        private static readonly Regex HintPath = new(@"packages[\\/](?<id>.+?)\.(?<version>\d+\.\d+\.\d+(?:[-.][A-Za-z0-9.-]+)?)[\\/]lib[\\/](?<file>[^\\/]+)$");

        public string Path { get; private init; }
        public string Directory => System.IO.Path.GetDirectoryName(Path);
        public string AssemblyName { get; private init; }

        /// <summary>
        /// What findings call the project: its assembly name, plus the project file for test projects, which all
        /// share the assembly name NFUnitTest as the nanoFramework unit-test template has it.
        /// </summary>
        public string Name => IsTestProject ? AssemblyName + " (" + System.IO.Path.GetFileNameWithoutExtension(Path) + ")" : AssemblyName;

        public bool IsTestProject { get; private init; }
        public bool IsExe { get; private init; }
        public IReadOnlyList<string> Sources { get; private init; }
        public IReadOnlyList<PackageReference> Packages { get; private init; }
        public IReadOnlyList<string> ProjectReferences { get; private init; }

        /// <summary>
        /// Build flavours: a property that, when 'true', adds a compilation symbol (and possibly conditional project
        /// references), e.g. GlassesCamera -> GLASSES_CAMERA. Keys are property names, values symbols.
        /// </summary>
        public IReadOnlyDictionary<string, string> Flavours { get; private init; }

        /// <summary>Project references that apply only when their flavour property is 'true' (path to property).</summary>
        public IReadOnlyDictionary<string, string> FlavourReferences { get; private init; }

        /// <summary>packages.config beside the project, id to version.</summary>
        public IReadOnlyDictionary<string, string> PackagesConfig { get; private init; }

        public static NanoProject Load(string path)
        {
            XDocument doc = XDocument.Load(path);
            string dir = System.IO.Path.GetDirectoryName(path);
            string Prop(string name) => doc.Descendants(Ns + name).Select(e => e.Value.Trim()).FirstOrDefault();
            IEnumerable<string> Items(string kind) => doc.Descendants(Ns + kind).Select(e => (string)e.Attribute("Include"));
            string Full(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(dir, relative.Replace('\\', '/')));

            var packages = new List<PackageReference>();
            foreach (XElement reference in doc.Descendants(Ns + "Reference"))
            {
                string hint = reference.Element(Ns + "HintPath")?.Value.Trim();
                Match m = hint == null ? Match.Empty : HintPath.Match(hint);
                if (!m.Success)
                {
                    throw new InvalidDataException(path + ": reference '" + (string)reference.Attribute("Include") + "' has no HintPath into packages/");
                }

                packages.Add(new PackageReference(m.Groups["id"].Value, m.Groups["version"].Value, m.Groups["file"].Value));
            }

            string config = System.IO.Path.Combine(dir, "packages.config");
            var packagesConfig = File.Exists(config)
                ? XDocument.Load(config).Descendants("package").ToDictionary(p => (string)p.Attribute("id"), p => (string)p.Attribute("version"))
                : new Dictionary<string, string>();

            // <PropertyGroup Condition="'$(Flavour)' == 'true'"><DefineConstants>$(DefineConstants);SYMBOL</DefineConstants>
            var flavours = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (XElement group in doc.Descendants(Ns + "PropertyGroup"))
            {
                Match condition = FlavourCondition.Match((string)group.Attribute("Condition") ?? "");
                string constants = group.Element(Ns + "DefineConstants")?.Value;
                if (condition.Success && constants != null)
                {
                    flavours[condition.Groups["property"].Value] = constants.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
                }
            }

            var projectReferences = new List<string>();
            var flavourReferences = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (XElement reference in doc.Descendants(Ns + "ProjectReference"))
            {
                Match condition = FlavourCondition.Match((string)reference.Attribute("Condition") ?? "");
                string target = Full((string)reference.Attribute("Include"));
                if (condition.Success)
                {
                    flavourReferences[target] = condition.Groups["property"].Value;
                }
                else
                {
                    projectReferences.Add(target);
                }
            }

            return new NanoProject
            {
                Path = System.IO.Path.GetFullPath(path),
                AssemblyName = Prop("AssemblyName"),
                IsExe = string.Equals(Prop("OutputType"), "Exe", StringComparison.OrdinalIgnoreCase),
                IsTestProject = string.Equals(Prop("IsTestProject"), "true", StringComparison.OrdinalIgnoreCase),
                Sources = Items("Compile").Select(Full).ToList(),
                Packages = packages,
                ProjectReferences = projectReferences,
                Flavours = flavours,
                FlavourReferences = flavourReferences,
                PackagesConfig = packagesConfig,
            };
        }

        /// <summary>The .nfproj files a solution lists, in file order.</summary>
        public static List<string> FromSolution(string slnPath)
        {
            string root = System.IO.Path.GetDirectoryName(slnPath);
            var projects = new List<string>();
            foreach (Match m in Regex.Matches(File.ReadAllText(slnPath), "Project\\(\"\\{[^}]+\\}\"\\) = \"[^\"]+\", \"(?<path>[^\"]+\\.nfproj)\""))
            {
                projects.Add(System.IO.Path.GetFullPath(System.IO.Path.Combine(root, m.Groups["path"].Value.Replace('\\', '/'))));
            }

            return projects;
        }
    }
}
