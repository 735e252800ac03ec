using System;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace nanoFramework.Json
{
    /// <summary>
    /// SerializeObject as nanoFramework.Json 2.2.203 writes a class: one compact object of its public, non-static,
    /// non-abstract property getters, <c>{"Name":value,...}</c>; public fields are not written. The device orders the
    /// members by a Hashtable, the host by declaration: the same bytes in another order.
    /// </summary>
    internal static class ObjectWriter
    {
        /// <summary>The JSON text of <paramref name="value"/>.</summary>
        internal static string Write(object value)
        {
            if (value == null)
            {
                return "null";
            }

            Type type = value.GetType();
            if (!type.IsClass || type == typeof(string))
            {
                throw new NotSupportedException("the host nanoFramework.Json writes class instances only, not " + type.Name);
            }

            var json = new StringBuilder("{");
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                MethodInfo getter = property.GetGetMethod();
                if (getter == null || getter.IsAbstract || property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                if (json.Length > 1)
                {
                    json.Append(',');
                }

                json.Append('"').Append(property.Name).Append("\":").Append(Scalar(property.GetValue(value)));
            }

            return json.Append('}').ToString();
        }

        private static string Scalar(object value)
        {
            switch (value)
            {
                case null:
                    return "null";
                case bool b:
                    return b ? "true" : "false";
                case int or long or short or byte or uint or ulong or ushort or sbyte:
                    return Convert.ToString(value, CultureInfo.InvariantCulture);
                default:
                    throw new NotSupportedException("the host nanoFramework.Json writes integer, boolean and null property values, not " + value.GetType().Name);
            }
        }
    }
}
