// Package: nanoFramework.TestFramework 3.0.80
// Assembly: nanoFramework.TestFramework
// Host implementation of the TestFramework attribute API (upstream source/TestFrameworkShared/*.cs):
// same namespace, names and constructor signatures. Written in the nanoFramework v1 subset because the
// conformance build also compiles GlassesFirmware.Tests against it.
using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class whose methods the unit test launcher runs.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public class TestClassAttribute : Attribute
    {
    }

    /// <summary>Marks a test method.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public class TestMethodAttribute : Attribute
    {
    }

    /// <summary>Marks a method run once before the tests of its class; skipping in it skips the class.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public class SetupAttribute : Attribute
    {
    }

    /// <summary>Marks a method run once after the tests of its class.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public class CleanupAttribute : Attribute
    {
    }

    /// <summary>Runs the method once with these arguments.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        /// <summary>The arguments passed to the test method.</summary>
        public object[] MethodParameters { get; }

        /// <summary>Creates a data row; null or empty arguments are refused as upstream does.</summary>
        public DataRowAttribute(params object[] methodParameters)
        {
            if (methodParameters == null)
            {
                throw new ArgumentNullException("methodParameters can not be null");
            }

            if (methodParameters.Length == 0)
            {
                throw new ArgumentException("methodParameters can not be empty");
            }

            MethodParameters = methodParameters;
        }
    }

    /// <summary>Thrown by <see cref="Assert.SkipTest"/>: the launcher reports the test as skipped.</summary>
    public class SkipTestException : Exception
    {
        /// <summary>Creates the exception (upstream has only this two-argument constructor).</summary>
        public SkipTestException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    /// <summary>Writes to the test output (the launcher's console).</summary>
    public static class OutputHelper
    {
        /// <summary>Writes text.</summary>
        public static void Write(string message)
        {
            Console.Write(message);
        }

        /// <summary>Writes a line.</summary>
        public static void WriteLine(string message)
        {
            Console.WriteLine(message);
        }
    }
}

namespace TestFrameworkShared
{
    /// <summary>Thrown when an assertion fails (upstream declares it in this namespace).</summary>
    public class AssertFailedException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public AssertFailedException(string message) : base(message)
        {
        }
    }
}
