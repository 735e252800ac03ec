// Package: nanoFramework.TestFramework 3.0.80
// Assembly: nanoFramework.TestFramework
// Host implementation of TestFramework's CollectionAssert (upstream source/TestFramework/CollectionAssert.cs).
using System.Collections;

namespace nanoFramework.TestFramework
{
    /// <summary>Assertions on collections (arrays, ArrayList, ...).</summary>
    public sealed class CollectionAssert
    {
        /// <summary>Fails unless the collection has no element.</summary>
        public static void Empty(ICollection collection, string message = "")
        {
            if (collection == null || collection.Count != 0)
            {
                Assert.Fail("CollectionAssert.Empty", message);
            }
        }

        /// <summary>Fails if the collection has no element.</summary>
        public static void NotEmpty(ICollection collection, string message = "")
        {
            if (collection == null || collection.Count == 0)
            {
                Assert.Fail("CollectionAssert.NotEmpty", message);
            }
        }

        /// <summary>Fails unless both hold equal elements in the same order.</summary>
        public static void AreEqual(ICollection expected, ICollection actual, string message = "")
        {
            string difference = Difference(expected, actual);
            if (difference != null)
            {
                Assert.Fail("CollectionAssert.AreEqual", difference + " " + message);
            }
        }

        /// <summary>Fails if both hold equal elements in the same order.</summary>
        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "")
        {
            if (Difference(notExpected, actual) == null)
            {
                Assert.Fail("CollectionAssert.AreNotEqual", message);
            }
        }

        private static string Difference(ICollection expected, ICollection actual)
        {
            if (ReferenceEquals(expected, actual))
            {
                return null;
            }

            if (expected == null || actual == null)
            {
                return "One collection is null.";
            }

            if (expected.Count != actual.Count)
            {
                return "Different number of elements: expected " + expected.Count.ToString() + ", actual " + actual.Count.ToString() + ".";
            }

            IEnumerator e = expected.GetEnumerator();
            IEnumerator a = actual.GetEnumerator();
            int index = 0;
            while (e.MoveNext() && a.MoveNext())
            {
                if (!Equals(e.Current, a.Current))
                {
                    return "Element at index " + index.ToString() + " differs. Expected:<" + Assert.Show(e.Current) + ">. Actual:<" + Assert.Show(a.Current) + ">.";
                }

                index++;
            }

            return null;
        }
    }
}
