// Package: nanoFramework.TestFramework 3.0.80
// Assembly: nanoFramework.TestFramework
// Host implementation of the TestFramework Assert API (upstream source/TestFramework/Assert*.cs), in the
// nanoFramework v1 subset: same names, overloads and failure texts, so tests behave alike on both sides.
using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using TestFrameworkShared;

namespace nanoFramework.TestFramework
{
    /// <summary>Assertions; a failed one throws <see cref="AssertFailedException"/>.</summary>
    public sealed partial class Assert
    {
        /// <summary>Fails unless the condition holds.</summary>
        public static void IsTrue(bool condition, [CallerArgumentExpression("condition")] string message = "")
        {
            if (!condition)
            {
                Fail("Assert.IsTrue", message);
            }
        }

        /// <summary>Fails if the condition holds.</summary>
        public static void IsFalse(bool condition, [CallerArgumentExpression("condition")] string message = "")
        {
            if (condition)
            {
                Fail("Assert.IsFalse", message);
            }
        }

        /// <summary>Fails unless the value is null.</summary>
        public static void IsNull(object value, [CallerArgumentExpression("value")] string message = "")
        {
            if (value != null)
            {
                Fail("Assert.IsNull", message);
            }
        }

        /// <summary>Fails if the value is null.</summary>
        public static void IsNotNull(object value, [CallerArgumentExpression("value")] string message = "")
        {
            if (value == null)
            {
                Fail("Assert.IsNotNull", message);
            }
        }

        /// <summary>Fails unless both refer to the same object.</summary>
        public static void AreSame(object expected, object actual, [CallerArgumentExpression("actual")] string message = "")
        {
            if (!ReferenceEquals(expected, actual))
            {
                Fail("Assert.AreSame", message);
            }
        }

        /// <summary>Fails if both refer to the same object.</summary>
        public static void AreNotSame(object notExpected, object actual, string message = "")
        {
            if (ReferenceEquals(notExpected, actual))
            {
                Fail("Assert.AreNotSame", message);
            }
        }

        /// <summary>Fails unless the value's type is exactly <paramref name="expected"/>.</summary>
        public static void IsInstanceOfType(object value, Type expected, [CallerArgumentExpression("value")] string message = "")
        {
            if (value == null || expected == null || value.GetType() != expected)
            {
                Fail("Assert.IsInstanceOfType", "Expected type:<" + Show(expected) + ">. Actual type:<" + (value == null ? "(null)" : value.GetType().FullName) + ">. " + message);
            }
        }

        /// <summary>Fails if the value's type is exactly <paramref name="notExpected"/>.</summary>
        public static void IsNotInstanceOfType(object value, Type notExpected, [CallerArgumentExpression("value")] string message = "")
        {
            if (value != null && value.GetType() == notExpected)
            {
                Fail("Assert.IsNotInstanceOfType", "Wrong type:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless <paramref name="other"/> contains <paramref name="expected"/>.</summary>
        public static void Contains(string expected, string other, string message = "")
        {
            if (expected == null || other == null || other.IndexOf(expected) < 0)
            {
                Fail("Assert.Contains", Show(other) + " does not contains " + Show(expected) + ". " + message);
            }
        }

        /// <summary>Fails if <paramref name="other"/> contains <paramref name="expected"/>.</summary>
        public static void DoesNotContains(string expected, string other, string message = "")
        {
            if (expected == null || other == null || other.IndexOf(expected) >= 0)
            {
                Fail("Assert.DoesNotContains", Show(other) + " should not contain " + Show(expected) + ". " + message);
            }
        }

        /// <summary>Fails unless <paramref name="other"/> starts with <paramref name="expected"/>.</summary>
        public static void StartsWith(string expected, string other, string message = "")
        {
            if (expected == null || other == null || other.IndexOf(expected) != 0)
            {
                Fail("Assert.StartsWith", Show(other) + " does not start with " + Show(expected) + ". " + message);
            }
        }

        /// <summary>Fails unless <paramref name="other"/> ends with <paramref name="expected"/>.</summary>
        public static void EndsWith(string expected, string other, string message = "")
        {
            if (expected == null || other == null || other.Length < expected.Length || other.LastIndexOf(expected) != other.Length - expected.Length)
            {
                Fail("Assert.EndsWith", Show(other) + " does not end with " + Show(expected) + ". " + message);
            }
        }

        /// <summary>Fails unless <paramref name="action"/> throws exactly <paramref name="exception"/>.</summary>
        public static void ThrowsException(Type exception, Action action, string message = "")
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                if (ex.GetType() != exception)
                {
                    Fail("Assert.ThrowsException", "Threw exception " + ex.GetType().FullName + ", but exception " + Show(exception) + " was expected. " + message + "\r\nException Message: " + ex.Message);
                }

                return;
            }

            Fail("Assert.ThrowsException", "No exception thrown. " + Show(exception) + " exception was expected. " + message);
        }

        /// <summary>Ends the test as skipped.</summary>
        [DoesNotReturn]
        public static void SkipTest(string message = null)
        {
            throw new SkipTestException(message, null);
        }

        [DoesNotReturn]
        internal static void Fail(string assertion, string message)
        {
            throw new AssertFailedException(assertion + " failed. " + message);
        }

        internal static string Show(object value)
        {
            if (value == null)
            {
                return "(null)";
            }

            Type type = value as Type;
            return type != null ? type.FullName : value.ToString();
        }
    }
}
