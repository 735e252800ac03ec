using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Host.DeviceTests
{
    /// <summary>One line the device launcher would print: a Setup, TestMethod, DataRow or Cleanup run.</summary>
    public sealed record LauncherStep(Type TestClass, MethodInfo Method, Type Attribute, object[] Arguments, string DisplayName);

    public enum Outcome { Passed, Failed, Skipped, NotRun }

    public sealed record StepResult(LauncherStep Step, Outcome Outcome, string Message);

    /// <summary>
    /// Replays nanoFramework.UnitTestLauncher (TestFramework 3.0.80, source/UnitTestLauncher/Program.cs) on the
    /// host: per [TestClass], every [Setup] method, then every [TestMethod], then every [DataRow], then every
    /// [Cleanup], in reflection order; a skipped Setup ends the class; a failed one does not. The device invokes
    /// methods without an instance, so a test class with instance state is refused here instead of passing
    /// on the host and crashing on the device.
    /// </summary>
    public static class UnitTestLauncher
    {
        private static readonly Type[] Phases = { typeof(SetupAttribute), typeof(TestMethodAttribute), typeof(DataRowAttribute), typeof(CleanupAttribute) };
        private static readonly ConcurrentDictionary<Type, StepResult[]> Results = new();

        /// <summary>The [TestClass] types of <paramref name="assembly"/> in namespace <paramref name="ns"/> (or below).</summary>
        public static IEnumerable<Type> TestClasses(Assembly assembly, string ns) =>
            assembly.GetTypes()
                .Where(t => t.IsClass && t.Namespace != null && (t.Namespace == ns || t.Namespace.StartsWith(ns + ".", StringComparison.Ordinal)))
                .Where(t => t.GetCustomAttributes(true).Any(a => a.GetType() == typeof(TestClassAttribute)))
                .OrderBy(t => t.FullName, StringComparer.Ordinal);

        public static List<LauncherStep> Plan(Type testClass)
        {
            var steps = new List<LauncherStep>();
            MethodInfo[] methods = testClass.GetMethods();
            foreach (Type phase in Phases)
            {
                foreach (MethodInfo method in methods)
                {
                    foreach (object attribute in method.GetCustomAttributes(true))
                    {
                        if (attribute.GetType() != phase)
                        {
                            continue;
                        }

                        object[] arguments = (attribute as DataRowAttribute)?.MethodParameters;
                        string name = arguments == null ? method.Name : method.Name + " - (params: " + string.Join(" | ", arguments.Select(a => a?.ToString() ?? "")) + ")";
                        steps.Add(new LauncherStep(testClass, method, phase, arguments, name));
                    }
                }
            }

            return steps;
        }

        /// <summary>Runs the whole class once (as the device does) and returns one result per planned step.</summary>
        public static StepResult[] Run(Type testClass) => Results.GetOrAdd(testClass, RunClass);

        private static StepResult[] RunClass(Type testClass)
        {
            List<LauncherStep> steps = Plan(testClass);
            var results = new StepResult[steps.Count];

            string stateProblem = InstanceStateProblem(testClass);
            if (stateProblem != null)
            {
                for (int i = 0; i < steps.Count; i++)
                {
                    results[i] = new StepResult(steps[i], Outcome.Failed, stateProblem);
                }

                return results;
            }

            object target = RuntimeHelpers.GetUninitializedObject(testClass);
            bool stop = false;
            for (int i = 0; i < steps.Count; i++)
            {
                if (stop)
                {
                    results[i] = new StepResult(steps[i], Outcome.Skipped, "skipped because a [Setup] method skipped the class");
                    continue;
                }

                results[i] = Execute(steps[i], target);
                if (steps[i].Attribute == typeof(SetupAttribute) && results[i].Outcome == Outcome.Skipped)
                {
                    stop = true;
                }
            }

            return results;
        }

        private static StepResult Execute(LauncherStep step, object target)
        {
            try
            {
                step.Method.Invoke(step.Method.IsStatic ? null : target, step.Arguments);
                return new StepResult(step, Outcome.Passed, null);
            }
            catch (TargetInvocationException wrapped) when (wrapped.InnerException is SkipTestException skip)
            {
                return new StepResult(step, Outcome.Skipped, skip.Message);
            }
            catch (TargetInvocationException wrapped)
            {
                Exception ex = wrapped.InnerException ?? wrapped;
                return new StepResult(step, Outcome.Failed, ex.GetType().Name + ": " + ex.Message + Environment.NewLine + ex.StackTrace);
            }
            catch (TargetParameterCountException) when (step.Arguments == null)
            {
                return new StepResult(step, Outcome.Failed, step.Method.Name + " takes parameters but is marked [" + step.Attribute.Name.Replace("Attribute", "") +
                    "]: the device launcher calls such methods without arguments; give it only [DataRow] attributes");
            }
            catch (Exception ex)
            {
                // Bad DataRow arity or types: the device launcher would fail this step too.
                return new StepResult(step, Outcome.Failed, ex.GetType().Name + ": " + ex.Message);
            }
        }

        private static string InstanceStateProblem(Type testClass)
        {
            FieldInfo[] fields = testClass.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
            if (fields.Length == 0)
            {
                return null;
            }

            return "test class " + testClass.FullName + " has instance state (" + string.Join(", ", fields.Select(f => f.Name)) +
                   "): the device launcher invokes test methods without an instance, so keep state in static fields or locals";
        }
    }
}
