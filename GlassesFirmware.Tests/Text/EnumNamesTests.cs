using GlassesFirmware.Text;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Text
{
    [TestClass]
    public class EnumNamesTests
    {
        [TestMethod]
        public void AValueWithoutANameIsWrittenAsItsNumber()
        {
            string[] names = { "zero", "one" };
            Assert.AreEqual("one", EnumNames.Of(names, 1));
            Assert.AreEqual("2", EnumNames.Of(names, 2));
            Assert.AreEqual("-1", EnumNames.Of(names, -1));
        }

        [TestMethod]
        public void AnEnumWithGapsIsLookedUpByValue()
        {
            int[] values = { 0, 16, 127 };
            string[] names = { "None", "Sixteen", "Other" };
            Assert.AreEqual("Sixteen", EnumNames.Of(values, names, 16));
            Assert.AreEqual("Other", EnumNames.Of(values, names, 127));
            Assert.AreEqual("1", EnumNames.Of(values, names, 1));
        }

        [TestMethod]
        public void ProblemsNamesMissingAndSharedNames()
        {
            Assert.AreEqual("", NameTables.Problems(new string[] { "a", "b" }, NameTables.Upto(1)));
            Assert.AreEqual("value 1 has no name; ", NameTables.Problems(new string[] { "a", "1" }, NameTables.Upto(1)));
            Assert.AreEqual("values 0 and 1 share a; ", NameTables.Problems(new string[] { "a", "a" }, NameTables.Upto(1)));
        }
    }
}
