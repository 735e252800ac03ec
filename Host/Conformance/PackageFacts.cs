using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace GlassesFirmware.Host.Conformance
{
    /// <summary>One (package id, version) of ../shared/nanoframework/packages.json: what the upstream package ships.</summary>
    public sealed record PackageFact(string Id, string Version, string LibFile, string AssemblyName, string MscorlibMajorMinor,
        IReadOnlyList<(string Id, string Version)> Dependencies, string ApiFile);

    /// <summary>
    /// Checks the solution's packages against facts extracted from the upstream nanoFramework sources
    /// (../shared/nanoframework beside the repository, see its README.md): each HintPath names the file the
    /// package really ships, each stand-in declares the package's assembly name and only API the package has,
    /// and each project's pinned set links on the device (every package references the mscorlib major.minor of
    /// the pinned CoreLibrary, and every dependency is pinned at or above its minimum version).
    /// </summary>
    public sealed class PackageFacts
    {
        private readonly Dictionary<string, PackageFact> _facts;
        private readonly string _folder;
        private readonly Dictionary<string, HashSet<string>> _apis = new(StringComparer.Ordinal);

        private PackageFacts(string folder, Dictionary<string, PackageFact> facts)
        {
            _folder = folder;
            _facts = facts;
        }

        /// <summary>Where the facts are: ../shared/nanoframework beside the repository (CI has the same layout).</summary>
        public static string DefaultFolder(string repoRoot) => Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "nanoframework"));

        /// <summary>Reads packages.json of <paramref name="folder"/>.</summary>
        public static PackageFacts Load(string folder)
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "packages.json")));
            var facts = new Dictionary<string, PackageFact>(StringComparer.Ordinal);
            foreach (JsonElement p in json.RootElement.GetProperty("packages").EnumerateArray())
            {
                // A version no upstream tag or dependant confirms (e.g. System.Device.Wifi 1.5.149) is not a release to pin.
                if (p.TryGetProperty("unconfirmed", out JsonElement unconfirmed) && unconfirmed.ValueKind == JsonValueKind.True)
                {
                    continue;
                }

                JsonElement mscorlib = p.GetProperty("mscorlibReference");
                var fact = new PackageFact(
                    p.GetProperty("id").GetString(),
                    p.GetProperty("version").GetString(),
                    p.GetProperty("libFile").GetString(),
                    p.GetProperty("assemblyName").GetString(),
                    mscorlib.ValueKind == JsonValueKind.Object ? mscorlib.GetProperty("mscorlibMajorMinor").GetString() : null,
                    p.GetProperty("dependencies").EnumerateArray().Select(d => (d.GetProperty("id").GetString(), d.GetProperty("version").GetString())).ToList(),
                    p.GetProperty("apiFile").GetString());
                facts[Key(fact.Id, fact.Version)] = fact;
            }

            return new PackageFacts(folder, facts);
        }

        private static string Key(string id, string version) => id + " " + version;

        /// <summary>The facts of <paramref name="id"/> at <paramref name="version"/>, or null for an unknown release.</summary>
        public PackageFact Find(string id, string version) => _facts.TryGetValue(Key(id, version), out PackageFact fact) ? fact : null;

        /// <summary>The HintPath of <paramref name="package"/> names a released version and the file it ships under lib\.</summary>
        public IEnumerable<Finding> CheckReference(string project, string where, PackageReference package)
        {
            PackageFact fact = Find(package.Id, package.Version);
            if (fact == null)
            {
                yield return Unknown(project, where, package.Id, package.Version);
            }
            else if (!string.Equals(fact.LibFile, package.File, StringComparison.Ordinal) && !package.File.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
            {
                yield return new Finding(project, Rule.PackageFacts, where, "HintPath names lib\\" + package.File + " but " + package.Id + " " + package.Version + " ships lib\\" + fact.LibFile);
            }
        }

        /// <summary>
        /// A stand-in declares its package's assembly name, and every public member it compiles to exists in the
        /// package's API listing.
        /// </summary>
        public IEnumerable<Finding> CheckStandIn(string file, string id, string version, string assembly, byte[] image)
        {
            PackageFact fact = Find(id, version);
            if (fact == null)
            {
                yield return Unknown("stand-ins", file, id, version);
                yield break;
            }

            if (!string.Equals(fact.AssemblyName, assembly, StringComparison.Ordinal))
            {
                yield return new Finding("stand-ins", Rule.PackageFacts, file, "declares assembly " + assembly + " but " + id + " " + version + " ships assembly " + fact.AssemblyName);
            }

            if (image == null)
            {
                yield break;
            }

            HashSet<string> api = Api(fact);
            foreach (string member in DocumentationIds.Read(image).Where(m => !api.Contains(m)))
            {
                yield return new Finding("stand-ins", Rule.StandInApi, file, member + " is not in the public API of " + id + " " + version + " (" + fact.ApiFile + ")");
            }
        }

        /// <summary>
        /// The packages one project pins (packages.config) link on the device: each references the mscorlib major.minor of
        /// the pinned CoreLibrary, and each dependency is pinned too, at or above the version the package asks for.
        /// </summary>
        public IEnumerable<Finding> CheckPinnedSet(string project, string where, IReadOnlyDictionary<string, string> pinned)
        {
            string coreVersion;
            string mscorlib = pinned.TryGetValue(ConformanceBuild.CoreLibraryId, out coreVersion) ? MajorMinor(coreVersion) : null;
            foreach (KeyValuePair<string, string> package in pinned.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                PackageFact fact = Find(package.Key, package.Value);
                if (fact == null)
                {
                    yield return Unknown(project, where, package.Key, package.Value);
                    continue;
                }

                if (fact.MscorlibMajorMinor != null && fact.MscorlibMajorMinor != mscorlib)
                {
                    yield return new Finding(project, Rule.Linking, where, package.Key + " " + package.Value + " references mscorlib " + fact.MscorlibMajorMinor
                        + " but the pinned CoreLibrary " + (coreVersion ?? "(none)") + " is mscorlib " + (mscorlib ?? "(none)") + ": the device resolves references by name and major.minor");
                }

                foreach ((string id, string minimum) in fact.Dependencies)
                {
                    if (!pinned.TryGetValue(id, out string have) || CompareVersions(have, minimum) < 0)
                    {
                        yield return new Finding(project, Rule.Linking, where, package.Key + " " + package.Value + " depends on " + id + " " + minimum
                            + " or higher but the project pins " + (have == null ? "no " + id : id + " " + have));
                    }
                }
            }
        }

        private static Finding Unknown(string project, string where, string id, string version) =>
            new(project, Rule.PackageFacts, where, id + " " + version + " is not a known release (packages.json has no confirmed entry for it)");

        private HashSet<string> Api(PackageFact fact)
        {
            if (!_apis.TryGetValue(fact.ApiFile, out HashSet<string> api))
            {
                // Constants appear twice, "F:Type.Field" and "F:Type.Field=VALUE": a stand-in's enum values are checked too.
                api = new HashSet<string>(File.ReadAllLines(Path.Combine(_folder, fact.ApiFile)), StringComparer.Ordinal);
                _apis[fact.ApiFile] = api;
            }

            return api;
        }

        private static string MajorMinor(string version)
        {
            string[] parts = version.Split('.');
            return parts.Length < 2 ? version : parts[0] + "." + parts[1];
        }

        private static int CompareVersions(string a, string b) => Version.Parse(a).CompareTo(Version.Parse(b));
    }
}
