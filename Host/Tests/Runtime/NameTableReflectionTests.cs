using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using GlassesFirmware.Host.Adapters.Files;
using GlassesFirmware.Payload.Readback;
using GlassesFirmware.Text;
using Xunit;

namespace GlassesFirmware.Host.Tests.Runtime
{
    /// <summary>
    /// The host half of the name-table check: the device tests walk each enum up to a last value written in the test,
    /// which cannot see a value added later; here reflection finds every name method of the runtime and of the host adapters (public, static,
    /// one enum parameter, returning a string) and asks it for every value the enum declares.
    /// </summary>
    public class NameTableReflectionTests
    {
        // The runtime's name tables and the host adapters' (the input-file problems the host tools print).
        private static IEnumerable<MethodInfo> NameMethods() =>
            typeof(EnumNames).Assembly.GetExportedTypes().Concat(typeof(InputFileException).Assembly.GetExportedTypes())
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Where(m => m.ReturnType == typeof(string) && m.GetParameters().Length == 1 && m.GetParameters()[0].ParameterType.IsEnum);

        [Fact]
        public void EveryNameMethodNamesEveryValueOfItsEnumOnce()
        {
            List<MethodInfo> methods = NameMethods().ToList();
            Assert.True(methods.Count >= 22, "found only " + string.Join(", ", methods.Select(m => m.DeclaringType.Name + "." + m.Name)));
            foreach (MethodInfo method in methods)
            {
                Type type = method.GetParameters()[0].ParameterType;
                var seen = new Dictionary<string, object>();
                foreach (object value in Enum.GetValues(type))
                {
                    string name = (string)method.Invoke(null, new[] { value });
                    string where = method.DeclaringType.Name + "." + method.Name + "(" + type.Name + "." + value + ")";
                    Assert.False(string.IsNullOrEmpty(name), where + " is empty");
                    Assert.NotEqual(Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), name);
                    Assert.False(seen.ContainsKey(name), where + " repeats the name of " + (seen.TryGetValue(name, out object other) ? other : null));
                    seen[name] = value;
                }
            }
        }

        [Fact]
        public void EveryLanguageTableHasEveryPhrase()
        {
            int count = typeof(SpokenPhrase).GetFields().Count(f => f.IsLiteral && f.Name != nameof(SpokenPhrase.Count));
            Assert.Equal(SpokenPhrase.Count, count);
            foreach (Func<ReadbackLanguage> create in new Func<ReadbackLanguage>[] { EnglishReadback.Create, ChineseReadback.Create })
            {
                ReadbackLanguage table = create();
                Assert.Equal(count, table.Phrases.Length);
                Assert.All(table.Phrases, p => Assert.False(string.IsNullOrWhiteSpace(p), table.Code));
            }
        }
    }
}
