using GlassesFirmware.Payload;
using GlassesFirmware.Payload.Readback;
using GlassesFirmware.Text;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>Every enum value has a name in its table, up to the last value declared (a new value must be added here too; the host test finds them by reflection).</summary>
    [TestClass]
    public class NameTableTests
    {
        [TestMethod]
        public void EveryPayloadKindHasAName()
        {
            int[] values = NameTables.Upto((int)PayloadKind.NotPayment);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = PayloadKinds.Name((PayloadKind)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EveryFindingCodeHasAName()
        {
            int[] values = NameTables.Upto((int)FindingCode.CurrencySchemeMismatch);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = FindingCodes.Name((FindingCode)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EveryLanguageHasEveryPhrase()
        {
            string[] codes = { "en", "zh" };
            for (int l = 0; l < codes.Length; l++)
            {
                ReadbackLanguage table = ReadbackLanguages.Find(codes[l]);
                Assert.AreEqual(codes[l], table.Code);
                Assert.AreEqual(SpokenPhrase.Count, table.Phrases.Length, codes[l]);
                Assert.AreEqual("", NameTables.Problems(table.Phrases, NameTables.Upto(SpokenPhrase.Count - 1)), codes[l]);
            }
        }
    }
}
