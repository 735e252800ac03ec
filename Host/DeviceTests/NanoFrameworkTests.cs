using System;
using System.Collections.Generic;
using System.Linq;
using GlassesFirmware.Host.Conformance;
using Xunit;

namespace GlassesFirmware.Host.DeviceTests
{
    /// <summary>Exposes every step of every class of the device test projects (GlassesFirmware.Tests/*) to dotnet test.</summary>
    public class NanoFrameworkTests
    {
        public static IEnumerable<object[]> Steps()
        {
            foreach (Type testClass in UnitTestLauncher.TestClasses(typeof(NanoFrameworkTests).Assembly, "GlassesFirmware.Tests"))
            {
                List<LauncherStep> plan = UnitTestLauncher.Plan(testClass);
                for (int i = 0; i < plan.Count; i++)
                {
                    yield return new object[] { new DeviceTestCase(testClass.FullName, i, plan[i].DisplayName) };
                }
            }
        }

        [SkippableTheory]
        [MemberData(nameof(Steps))]
        public void Device(DeviceTestCase test)
        {
            Type testClass = typeof(NanoFrameworkTests).Assembly.GetType(test.ClassName, throwOnError: true);
            StepResult result = UnitTestLauncher.Run(testClass)[test.StepIndex];
            Skip.If(result.Outcome == Outcome.Skipped, result.Message);
            Assert.True(result.Outcome == Outcome.Passed, result.Message);
        }

        [Fact]
        public void TestAssemblyHasTests()
        {
            Assert.NotEmpty(Steps());
        }

        /// <summary>
        /// The host compiles every device test project into this one assembly; the device runs each project on its
        /// own. Both list the same tests only if every test class here belongs to exactly one test project.
        /// </summary>
        [Fact]
        public void HostRunsTheTestClassesOfEveryDeviceTestProjectOnce()
        {
            List<string> onDevice = DeviceTestProjects.TestClassNames(ConformanceBuild.FindRepoRoot(AppContext.BaseDirectory)).OrderBy(n => n, StringComparer.Ordinal).ToList();
            List<string> onHost = UnitTestLauncher.TestClasses(typeof(NanoFrameworkTests).Assembly, "GlassesFirmware.Tests").Select(t => t.FullName).ToList();
            Assert.Equal(onDevice, onHost);
        }
    }
}
