namespace GlassesFirmware.Tests
{
    /// <summary>Checks a name table read out value by value (nanoFramework has no Enum.GetValues).</summary>
    public static class NameTables
    {
        /// <summary>
        /// "" when every entry of <paramref name="names"/> (the names of values 0, 1, ... or of a listed set) is a real
        /// name, neither the number fallback nor empty, and no two are equal; otherwise what is wrong.
        /// </summary>
        public static string Problems(string[] names, int[] values)
        {
            string problems = "";
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == null || names[i].Length == 0 || names[i] == values[i].ToString())
                {
                    problems += "value " + values[i].ToString() + " has no name; ";
                }

                for (int j = 0; j < i; j++)
                {
                    if (names[j] == names[i])
                    {
                        problems += "values " + values[j].ToString() + " and " + values[i].ToString() + " share " + names[i] + "; ";
                    }
                }
            }

            return problems;
        }

        /// <summary>The values 0 to <paramref name="last"/>.</summary>
        public static int[] Upto(int last)
        {
            int[] values = new int[last + 1];
            for (int i = 0; i <= last; i++)
            {
                values[i] = i;
            }

            return values;
        }
    }
}
