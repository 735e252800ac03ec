using System.Collections.Generic;
using System.Linq;
using nanoFramework.TestFramework;
using Assert = Xunit.Assert;
using Xunit;

namespace GlassesFirmware.Host.DeviceTests.LauncherSamples
{
    /// <summary>The host launcher runs steps in the device launcher's order with its skip and failure rules.</summary>
    public class LauncherTests
    {
        [Fact]
        public void StepsRunAsTheDeviceLauncherOrdersThem()
        {
            Ordered.Log.Clear();
            StepResult[] results = UnitTestLauncher.Run(typeof(Ordered));

            Assert.Equal(new[] { "setup", "first", "second", "row 1", "row 2", "cleanup" }, Ordered.Log);
            Assert.Equal(new[] { "Prepare", "First", "Second", "Row - (params: 1)", "Row - (params: 2)", "Finish" }, results.Select(r => r.Step.DisplayName));
            Assert.All(results, r => Assert.Equal(Outcome.Passed, r.Outcome));
        }

        [Fact]
        public void FailedAssertionFailsItsStepWithTheMessageAndTheRestStillRun()
        {
            StepResult[] results = UnitTestLauncher.Run(typeof(Failing));
            Assert.Equal(Outcome.Failed, results[0].Outcome);
            Assert.Contains("Assert.AreEqual failed. Expected:<1>. Actual:<2>.", results[0].Message);
            Assert.Equal(Outcome.Passed, results[1].Outcome);
        }

        [Fact]
        public void SkippedSetupSkipsTheWholeClass()
        {
            StepResult[] results = UnitTestLauncher.Run(typeof(SkippedSetup));
            Assert.All(results, r => Assert.Equal(Outcome.Skipped, r.Outcome));
        }

        [Fact]
        public void InstanceStateIsRefusedBecauseTheDeviceHasNoInstance()
        {
            StepResult[] results = UnitTestLauncher.Run(typeof(WithState));
            Assert.All(results, r => Assert.Contains("without an instance", r.Message));
        }

        [Fact]
        public void ParametersOnATestMethodAreRefusedAsOnTheDevice()
        {
            StepResult[] results = UnitTestLauncher.Run(typeof(TestMethodWithParameters));
            Assert.Equal(Outcome.Failed, results[0].Outcome);
            Assert.Contains("only [DataRow]", results[0].Message);
            Assert.Equal(Outcome.Passed, results[1].Outcome);
        }

        [Fact]
        public void SamplesAreNotDeviceTests()
        {
            Assert.DoesNotContain(UnitTestLauncher.TestClasses(typeof(LauncherTests).Assembly, "GlassesFirmware.Tests"), t => t == typeof(Ordered));
        }
    }

    [TestClass]
    public class Ordered
    {
        public static readonly List<string> Log = new();

        [Cleanup]
        public void Finish() => Log.Add("cleanup");

        [DataRow(1)]
        [DataRow(2)]
        public void Row(int n) => Log.Add("row " + n);

        [TestMethod]
        public void First() => Log.Add("first");

        [Setup]
        public void Prepare() => Log.Add("setup");

        [TestMethod]
        public void Second() => Log.Add("second");
    }

    [TestClass]
    public class Failing
    {
        [TestMethod]
        public void Fails() => nanoFramework.TestFramework.Assert.AreEqual(1, 2);

        [TestMethod]
        public void Passes() => nanoFramework.TestFramework.Assert.IsTrue(true);
    }

    [TestClass]
    public class SkippedSetup
    {
        [Setup]
        public void Prepare() => nanoFramework.TestFramework.Assert.SkipTest("no camera");

        [TestMethod]
        public void NeverRuns() => throw new System.InvalidOperationException();
    }

    [TestClass]
    public class WithState
    {
        private int _count;

        [TestMethod]
        public void UsesState() => _count++;
    }

    [TestClass]
    public class TestMethodWithParameters
    {
        [TestMethod]
        [DataRow(3)]
        public void Both(int n) => nanoFramework.TestFramework.Assert.AreEqual(3, n);
    }
}
