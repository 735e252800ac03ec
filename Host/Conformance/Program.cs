using System;
using GlassesFirmware.Host.Conformance;

// conformance [repo-root]: builds the device projects against nanoFramework's mscorlib and prints every finding.
string root = ConformanceBuild.FindRepoRoot(args.Length > 0 ? args[0] : Environment.CurrentDirectory);
ConformanceReport report = ConformanceBuild.Run(root);
foreach (PeTableSizes sizes in report.PeTables)
{
    Console.WriteLine("pe tables: " + sizes);
}

foreach (Finding finding in report.Findings)
{
    Console.WriteLine(finding);
}

Console.WriteLine(report.Passed
    ? "conformance: " + string.Join(", ", report.CompiledProjects) + " build against mscorlib " + ConformanceBuild.CoreLibraryVersion + " with no finding"
    : "conformance: " + report.Findings.Count + " finding(s)");
return report.Passed ? 0 : 1;
