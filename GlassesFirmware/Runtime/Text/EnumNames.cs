namespace GlassesFirmware.Text
{
    /// <summary>
    /// The one lookup every stable name table of the runtime uses (enum ToString prints a number on the device). Each
    /// enum's names live in one table next to the enum, indexed by value; a value the table does not name is written as
    /// its number, so a log or JSON field never loses the value. Device and host tests check that every value has a name.
    /// </summary>
    public static class EnumNames
    {
        /// <summary><paramref name="names"/>[<paramref name="value"/>], or the value's number when the table has no such entry.</summary>
        public static string Of(string[] names, int value)
        {
            return value >= 0 && value < names.Length ? names[value] : value.ToString();
        }

        /// <summary>
        /// For an enum with gaps: the name at the position of <paramref name="value"/> in <paramref name="values"/>, or the
        /// value's number when it is not listed.
        /// </summary>
        public static string Of(int[] values, string[] names, int value)
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] == value)
                {
                    return names[i];
                }
            }

            return value.ToString();
        }
    }
}
