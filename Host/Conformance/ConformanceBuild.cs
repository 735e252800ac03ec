using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GlassesFirmware.Host.Conformance
{
    /// <summary>The outcome of one conformance build.</summary>
    public sealed class ConformanceReport
    {
        public List<Finding> Findings { get; } = new();
        public List<string> CompiledProjects { get; } = new();
        public List<PeTableSizes> PeTables { get; } = new();
        public bool Passed => Findings.Count == 0;
    }

    /// <summary>
    /// Builds GlassesFirmware.sln's device projects the way the nanoFramework project system compiles them
    /// (C# 9, no standard library, NANOFRAMEWORK_1_0 defined, references from each .nfproj) against the real
    /// mscorlib.dll of nanoFramework.CoreLibrary 1.17.11 and compile-only stand-ins for the other packages,
    /// then runs <see cref="ImageChecker"/> on every assembly.
    /// </summary>
    public static class ConformanceBuild
    {
        public const string CoreLibraryId = "nanoFramework.CoreLibrary";
        public const string CoreLibraryVersion = "1.17.11";

        /// <summary>Folders whose C# files are device code and must each belong to one .nfproj.</summary>
        public static readonly string[] DeviceFolders = { "GlassesFirmware", "Hardware", "GlassesFirmware.Tests" };

        /// <summary>Where stand-in sources live: compile-only package mirrors, and the host TestFramework (v1 subset).</summary>
        public static readonly string[] StandInFolders = { "Host/Conformance/StandIns", "Host/TestFramework" };

        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" });

        /// <param name="repoRoot">The folder holding GlassesFirmware.sln.</param>
        /// <param name="planted">Extra source per project assembly name (or project file name), for tests that show a rule fires.</param>
        public static ConformanceReport Run(string repoRoot, IReadOnlyDictionary<string, string> planted = null)
        {
            var report = new ConformanceReport();
            MetadataReference mscorlib = MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "nano", "mscorlib.dll"));
            PackageFacts facts = LoadFacts(repoRoot, report);
            Dictionary<string, StandIn> standIns = CompileStandIns(repoRoot, mscorlib, facts, report);

            List<NanoProject> projects = NanoProject.FromSolution(Path.Combine(repoRoot, "GlassesFirmware.sln")).Select(NanoProject.Load).ToList();
            CheckProjectFiles(repoRoot, projects, report);
            CheckPackageFacts(projects, facts, report);

            var built = new Dictionary<string, (string Assembly, MetadataReference Reference)>(StringComparer.Ordinal);
            foreach (NanoProject project in Order(projects))
            {
                var references = new List<MetadataReference> { mscorlib };
                var allowed = new HashSet<string>(StringComparer.Ordinal) { "mscorlib" };
                foreach (PackageReference package in project.Packages)
                {
                    CheckPackage(project, package, standIns, report, references, allowed);
                }

                // The default build, then every flavour at once (e.g. the camera and native-voice builds), so code
                // behind #if GLASSES_* is checked too and the default build cannot lean on a flavour's references.
                bool defaultBuilt = BuildVariant(project, null, new List<MetadataReference>(references), new HashSet<string>(allowed), built, standIns, planted, repoRoot, report);
                if (defaultBuilt && project.Flavours.Count > 0)
                {
                    BuildVariant(project, project.Flavours.Keys.ToList(), new List<MetadataReference>(references), new HashSet<string>(allowed), built, standIns, planted, repoRoot, report);
                }
            }

            return report;
        }

        private static bool BuildVariant(NanoProject project, List<string> flavours, List<MetadataReference> references, HashSet<string> allowed,
            Dictionary<string, (string Assembly, MetadataReference Reference)> built, Dictionary<string, StandIn> standIns,
            IReadOnlyDictionary<string, string> planted, string repoRoot, ConformanceReport report)
        {
            string name = flavours == null ? project.Name : project.Name + " [" + string.Join(",", flavours.Select(f => project.Flavours[f])) + "]";
            IEnumerable<string> dependencies = project.ProjectReferences;
            if (flavours != null)
            {
                dependencies = dependencies.Concat(project.FlavourReferences.Where(r => flavours.Contains(r.Value)).Select(r => r.Key));
            }

            foreach (string dependency in dependencies)
            {
                if (built.TryGetValue(dependency, out var dep))
                {
                    references.Add(dep.Reference);
                    allowed.Add(dep.Assembly);
                }
                else
                {
                    report.Findings.Add(new Finding(name, Rule.Compile, Relative(repoRoot, project.Path), "project reference " + Relative(repoRoot, dependency) + " did not build or is not in GlassesFirmware.sln"));
                }
            }

            // Packages referenced by referenced projects flow into the device deployment too.
            foreach (string assembly in standIns.Values.Select(s => s.Assembly))
            {
                if (references.OfType<PortableExecutableReference>().Any(r => r.Display == assembly))
                {
                    allowed.Add(assembly);
                }
            }

            var symbols = new List<string> { "NANOFRAMEWORK_1_0", "DEBUG", "TRACE" }; // Visual Studio's default: Debug
            if (flavours != null)
            {
                symbols.AddRange(flavours.Select(f => project.Flavours[f]));
            }

            CSharpParseOptions options = ParseOptions.WithPreprocessorSymbols(symbols);
            var trees = project.Sources.Where(File.Exists)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, path: f)).ToList();
            if (planted != null && (planted.TryGetValue(project.AssemblyName, out string extra) || planted.TryGetValue(Path.GetFileNameWithoutExtension(project.Path), out extra)))
            {
                trees.Add(CSharpSyntaxTree.ParseText(extra, options, path: Path.Combine(project.Directory, "Planted.cs")));
            }

            byte[] image = Compile(name, project.IsExe, trees, references, repoRoot, report);
            if (image == null)
            {
                return false;
            }

            report.CompiledProjects.Add(name);
            report.Findings.AddRange(ImageChecker.Check(image, name, allowed));
            if (flavours == null)
            {
                PeLimitCheck.Run(name, project.IsExe, image, trees, references, report);
                built[project.Path] = (project.AssemblyName, MetadataReference.CreateFromImage(image, filePath: project.AssemblyName));
            }

            return true;
        }

        private sealed record StandIn(string PackageId, string Version, string Assembly, MetadataReference Reference);

        private static PackageFacts LoadFacts(string repoRoot, ConformanceReport report)
        {
            string folder = PackageFacts.DefaultFolder(repoRoot);
            if (!File.Exists(Path.Combine(folder, "packages.json")))
            {
                report.Findings.Add(new Finding("packages", Rule.PackageFacts, folder, "no packages.json: the upstream package facts must sit in ../shared/nanoframework beside the repository"));
                return null;
            }

            return PackageFacts.Load(folder);
        }

        // Upstream facts for every HintPath and every project's pinned set (see PackageFacts).
        private static void CheckPackageFacts(List<NanoProject> projects, PackageFacts facts, ConformanceReport report)
        {
            if (facts == null)
            {
                return;
            }

            foreach (NanoProject project in projects)
            {
                string where = Path.GetFileName(project.Path);
                foreach (PackageReference package in project.Packages)
                {
                    report.Findings.AddRange(facts.CheckReference(project.AssemblyName, where, package));
                }

                report.Findings.AddRange(facts.CheckPinnedSet(project.AssemblyName, "packages.config of " + where, project.PackagesConfig));
            }
        }

        private static Dictionary<string, StandIn> CompileStandIns(string repoRoot, MetadataReference mscorlib, PackageFacts facts, ConformanceReport report)
        {
            // Header lines: "// Package: <id> <version>", "// Assembly: <name>", optional "// References: <id>[, <id>]".
            var files = new List<(string Path, string Id, string Version, string Assembly, string[] Refs)>();
            foreach (string folder in StandInFolders)
            {
                foreach (string file in Directory.GetFiles(Path.Combine(repoRoot, folder), "*.cs"))
                {
                    string text = File.ReadAllText(file);
                    Match package = Regex.Match(text, @"^// Package: (\S+) (\S+)\s*$", RegexOptions.Multiline);
                    Match assembly = Regex.Match(text, @"^// Assembly: (\S+)\s*$", RegexOptions.Multiline);
                    Match refs = Regex.Match(text, @"^// References: (.+)$", RegexOptions.Multiline);
                    if (!package.Success || !assembly.Success)
                    {
                        continue;
                    }

                    files.Add((file, package.Groups[1].Value, package.Groups[2].Value, assembly.Groups[1].Value,
                        refs.Success ? refs.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>()));
                }
            }

            var result = new Dictionary<string, StandIn>(StringComparer.Ordinal);
            var pending = files.GroupBy(f => f.Id).ToList();
            while (pending.Count > 0)
            {
                var ready = pending.FirstOrDefault(g => g.SelectMany(f => f.Refs).All(result.ContainsKey));
                if (ready == null)
                {
                    report.Findings.Add(new Finding("stand-ins", Rule.StandIn, string.Join(", ", pending.Select(g => g.Key)), "stand-in references form a cycle or name a package without stand-in"));
                    break;
                }

                pending.Remove(ready);
                var first = ready.First();
                var references = new List<MetadataReference> { mscorlib };
                references.AddRange(ready.SelectMany(f => f.Refs).Distinct().Select(r => result[r].Reference));
                var trees = ready.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f.Path), ParseOptions, path: f.Path)).ToList();
                byte[] image = Compile(first.Assembly, false, trees, references, repoRoot, report);
                if (facts != null)
                {
                    foreach (var file in ready)
                    {
                        report.Findings.AddRange(facts.CheckStandIn(Relative(repoRoot, file.Path), file.Id, file.Version, file.Assembly, file.Path == first.Path ? image : null));
                    }
                }

                if (image != null)
                {
                    result[ready.Key] = new StandIn(ready.Key, first.Version, first.Assembly, MetadataReference.CreateFromImage(image, filePath: first.Assembly));
                }
            }

            return result;
        }

        private static void CheckPackage(NanoProject project, PackageReference package, Dictionary<string, StandIn> standIns, ConformanceReport report, List<MetadataReference> references, HashSet<string> allowed)
        {
            string where = Path.GetFileName(project.Path);
            if (!project.PackagesConfig.TryGetValue(package.Id, out string configured) || configured != package.Version)
            {
                report.Findings.Add(new Finding(project.Name, Rule.ProjectFiles, where, "references " + package.Id + " " + package.Version + " but packages.config says " + (configured ?? "nothing")));
            }

            if (package.Id == CoreLibraryId)
            {
                if (package.Version != CoreLibraryVersion)
                {
                    report.Findings.Add(new Finding(project.Name, Rule.ProjectFiles, where, "uses mscorlib " + package.Version + "; the conformance build checks against " + CoreLibraryVersion));
                }

                return;
            }

            if (package.File.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
            {
                return; // the unit test launcher: deployed with the tests, never referenced by code
            }

            if (!standIns.TryGetValue(package.Id, out StandIn standIn))
            {
                report.Findings.Add(new Finding(project.Name, Rule.StandIn, where, "no stand-in for package " + package.Id + "; add Host/Conformance/StandIns/" + package.Id.Replace("nanoFramework.", "") + ".cs"));
                return;
            }

            if (standIn.Version != package.Version)
            {
                report.Findings.Add(new Finding(project.Name, Rule.StandIn, where, "references " + package.Id + " " + package.Version + " but its stand-in mirrors " + standIn.Version));
            }

            references.Add(standIn.Reference);
            allowed.Add(standIn.Assembly);
        }

        private static byte[] Compile(string assemblyName, bool exe, List<SyntaxTree> trees, List<MetadataReference> references, string repoRoot, ConformanceReport report)
        {
            var options = new CSharpCompilationOptions(exe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Disable, allowUnsafe: false, deterministic: true);
            CSharpCompilation compilation = CSharpCompilation.Create(assemblyName, trees, references, options);
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            foreach (Diagnostic error in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                report.Findings.Add(new Finding(assemblyName, Rule.Compile, Where(error, repoRoot), error.Id + ": " + error.GetMessage()));
            }

            if (result.Success)
            {
                CheckDataRows(compilation, assemblyName, report);
                foreach ((SyntaxNode node, string message) in StringArrayRule.Check(compilation))
                {
                    report.Findings.Add(new Finding(assemblyName, Rule.StringArray, Where(node.GetLocation(), repoRoot), message));
                }
            }

            return result.Success ? stream.ToArray() : null;
        }

        /// <summary>
        /// The device's UnitTestLauncher passes a [DataRow]'s boxed values to MethodInfo.Invoke as they are, with no
        /// conversion (nanoframework/nanoFramework.TestFramework, UnitTestLauncher), and the metadata processor
        /// writes no bytes for an enum argument, so the rest of the blob is misread. A row therefore must hold
        /// exactly one constant per parameter, of exactly the parameter's type (<c>5L</c> for a long, not <c>5</c>), and
        /// no enum, char, array or null (char and arrays need 2026 tools and firmware; null breaks the constructor).
        /// </summary>
        private static void CheckDataRows(CSharpCompilation compilation, string assemblyName, ConformanceReport report)
        {
            foreach (IMethodSymbol method in AllMethods(compilation.Assembly.GlobalNamespace))
            {
                foreach (AttributeData row in method.GetAttributes().Where(a => a.AttributeClass?.Name == "DataRowAttribute"))
                {
                    string where = method.ContainingType.ToDisplayString() + "." + method.Name;
                    ImmutableArray<TypedConstant> values = row.ConstructorArguments.Length == 1 && row.ConstructorArguments[0].Kind == TypedConstantKind.Array && !row.ConstructorArguments[0].IsNull
                        ? row.ConstructorArguments[0].Values
                        : ImmutableArray<TypedConstant>.Empty;
                    string problem = null;
                    if (values.Length != method.Parameters.Length)
                    {
                        problem = values.Length + " values for " + method.Parameters.Length + " parameters";
                    }

                    for (int i = 0; problem == null && i < values.Length; i++)
                    {
                        TypedConstant value = values[i];
                        ITypeSymbol parameter = method.Parameters[i].Type;
                        if (value.IsNull || value.Kind != TypedConstantKind.Primitive)
                        {
                            problem = "value " + (i + 1) + " is " + (value.IsNull ? "null" : value.Kind.ToString().ToLowerInvariant()) + ": pass a number, bool or string";
                        }
                        else if (value.Type.SpecialType == SpecialType.System_Char)
                        {
                            problem = "value " + (i + 1) + " is a char: pass its number or a string";
                        }
                        else if (!SymbolEqualityComparer.Default.Equals(value.Type, parameter))
                        {
                            problem = "value " + (i + 1) + " is " + value.Type.ToDisplayString() + " but the parameter is " + parameter.ToDisplayString() + ": the device passes it unconverted";
                        }
                    }

                    if (problem != null)
                    {
                        report.Findings.Add(new Finding(assemblyName, Rule.TestData, where, "[DataRow(" + string.Join(", ", values.Select(v => v.ToCSharpString())) + ")]: " + problem));
                    }
                }
            }
        }

        private static IEnumerable<IMethodSymbol> AllMethods(INamespaceSymbol ns)
        {
            foreach (INamespaceOrTypeSymbol member in ns.GetMembers())
            {
                IEnumerable<IMethodSymbol> methods = member is INamespaceSymbol inner ? AllMethods(inner) : AllMethods((INamedTypeSymbol)member);
                foreach (IMethodSymbol method in methods)
                {
                    yield return method;
                }
            }
        }

        private static IEnumerable<IMethodSymbol> AllMethods(INamedTypeSymbol type)
        {
            return type.GetMembers().OfType<IMethodSymbol>().Concat(type.GetTypeMembers().SelectMany(AllMethods));
        }

        // "file(line,col) in Type.Member", so a failure names the code to change.
        private static string Where(Diagnostic diagnostic, string repoRoot) => Where(diagnostic.Location, repoRoot);

        private static string Where(Location location, string repoRoot)
        {
            if (!location.IsInSource)
            {
                return "project";
            }

            FileLinePositionSpan span = location.GetLineSpan();
            string where = Relative(repoRoot, span.Path) + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ")";
            SyntaxNode node = location.SourceTree.GetRoot().FindNode(location.SourceSpan);
            var member = node.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m is not BaseNamespaceDeclarationSyntax);
            if (member != null)
            {
                var type = member.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
                string memberName = member switch
                {
                    BaseTypeDeclarationSyntax t => t.Identifier.Text,
                    MethodDeclarationSyntax m => m.Identifier.Text,
                    PropertyDeclarationSyntax p => p.Identifier.Text,
                    FieldDeclarationSyntax f => string.Join(",", f.Declaration.Variables.Select(v => v.Identifier.Text)),
                    ConstructorDeclarationSyntax c => c.Identifier.Text,
                    _ => null,
                };
                where += " in " + (type != null && member != type ? type.Identifier.Text + "." : "") + memberName;
            }

            return where;
        }

        private static void CheckProjectFiles(string repoRoot, List<NanoProject> projects, ConformanceReport report)
        {
            var listed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (NanoProject project in projects)
            {
                foreach (string source in project.Sources)
                {
                    if (!File.Exists(source))
                    {
                        report.Findings.Add(new Finding(project.Name, Rule.ProjectFiles, Relative(repoRoot, source), "listed in " + Path.GetFileName(project.Path) + " but missing on disk"));
                    }
                    else if (!listed.TryAdd(source, project.Name))
                    {
                        report.Findings.Add(new Finding(project.Name, Rule.ProjectFiles, Relative(repoRoot, source), "compiled by " + listed[source] + " too"));
                    }
                }
            }

            foreach (string folder in DeviceFolders)
            {
                foreach (string file in Directory.GetFiles(Path.Combine(repoRoot, folder), "*.cs", SearchOption.AllDirectories))
                {
                    string relative = Relative(repoRoot, file);
                    if (relative.Contains("/bin/") || relative.Contains("/obj/"))
                    {
                        continue;
                    }

                    if (!listed.ContainsKey(Path.GetFullPath(file)))
                    {
                        report.Findings.Add(new Finding("solution", Rule.ProjectFiles, relative, "not listed in any .nfproj: Visual Studio would not build it; add a <Compile Include> line"));
                    }
                }
            }
        }

        private static IEnumerable<NanoProject> Order(List<NanoProject> projects)
        {
            var done = new HashSet<string>();
            var ordered = new List<NanoProject>();
            void Visit(NanoProject p, int depth)
            {
                if (depth > projects.Count || !done.Add(p.Path))
                {
                    return;
                }

                foreach (string dep in p.ProjectReferences.Concat(p.FlavourReferences.Keys))
                {
                    NanoProject d = projects.FirstOrDefault(x => x.Path == dep);
                    if (d != null)
                    {
                        Visit(d, depth + 1);
                    }
                }

                ordered.Add(p);
            }

            foreach (NanoProject p in projects)
            {
                Visit(p, 0);
            }

            return ordered;
        }

        public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

        /// <summary>Walks up from <paramref name="start"/> to the folder holding GlassesFirmware.sln.</summary>
        public static string FindRepoRoot(string start)
        {
            for (string dir = Path.GetFullPath(start); dir != null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "GlassesFirmware.sln")))
                {
                    return dir;
                }
            }

            throw new DirectoryNotFoundException("no GlassesFirmware.sln above " + start);
        }
    }
}
