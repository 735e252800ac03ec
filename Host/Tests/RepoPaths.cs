using System;
using System.IO;
using GlassesFirmware.Host.Conformance;

namespace GlassesFirmware.Host.Tests
{
    /// <summary>Where the repository and the shared test data (../shared beside it) are.</summary>
    public static class RepoPaths
    {
        public static readonly string Root = ConformanceBuild.FindRepoRoot(AppContext.BaseDirectory);

        public static readonly string Shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
    }
}
