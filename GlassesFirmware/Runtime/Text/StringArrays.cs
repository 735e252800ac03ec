namespace GlassesFirmware.Text
{
    /// <summary>
    /// The one place device code creates a string array of computed length. On the nanoFramework interpreter the
    /// elements of a fresh string[] are typed strings with no data, and comparing one with a string (== or
    /// string.Equals) dereferences a null pointer inside the interpreter; an element explicitly assigned (even
    /// null) compares fine. The conformance build rejects any other <c>new string[n]</c> without an initializer
    /// (docs/nanoframework-subset.md, "string arrays").
    /// </summary>
    public static class StringArrays
    {
        /// <summary>A string array of <paramref name="length"/> elements, each explicitly set to <paramref name="value"/>.</summary>
        public static string[] Filled(int length, string value)
        {
            string[] array = new string[length];
            for (int i = 0; i < length; i++)
            {
                array[i] = value;
            }

            return array;
        }
    }
}
