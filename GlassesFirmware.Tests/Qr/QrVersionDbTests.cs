using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    [TestClass]
    public class QrVersionDbTests
    {
        [DataRow(8, 0x77C4)]
        [DataRow(0, 0x5412)]
        [DataRow(31, 0x2BED)]
        [DataRow(13, 0x6318)]
        public void FormatWordsMatchTheStandard(int data, int word)
        {
            Assert.AreEqual(word, QrVersionDb.FormatWord(data));
        }

        [DataRow(7, 0x07C94)]
        [DataRow(21, 0x15683)]
        [DataRow(40, 0x28C69)]
        public void VersionWordsMatchTheStandard(int version, int word)
        {
            Assert.AreEqual(word, QrVersionDb.VersionWord(version));
        }

        [TestMethod]
        public void FormatWordsAreAtLeastSevenBitsApart()
        {
            // What lets the decoder accept the nearest word within 3 bit errors.
            for (int a = 0; a < 32; a++)
            {
                for (int b = a + 1; b < 32; b++)
                {
                    Assert.IsTrue(QrMath.BitCount(QrVersionDb.FormatWord(a) ^ QrVersionDb.FormatWord(b)) >= 7);
                }
            }
        }

        [TestMethod]
        public void AlignmentCentresOfKnownVersions()
        {
            int[] c = new int[QrVersionDb.MaxAlignment];
            Assert.AreEqual(0, QrVersionDb.AlignmentCentres(1, c));
            Assert.AreEqual(2, QrVersionDb.AlignmentCentres(2, c));
            Assert.AreEqual(18, c[1]);
            Assert.AreEqual(3, QrVersionDb.AlignmentCentres(7, c));
            Assert.AreEqual(22, c[1]);
            Assert.AreEqual(38, c[2]);
            Assert.AreEqual(6, QrVersionDb.AlignmentCentres(32, c));
            Assert.AreEqual(34, c[1]);
            Assert.AreEqual(138, c[5]);
            Assert.AreEqual(7, QrVersionDb.AlignmentCentres(36, c));
            Assert.AreEqual(24, c[1]);
            Assert.AreEqual(7, QrVersionDb.AlignmentCentres(40, c));
            Assert.AreEqual(30, c[1]);
            Assert.AreEqual(170, c[6]);
        }

        [TestMethod]
        public void BlockTableFillsExactlyTheDataModulesOfEveryVersionAndLevel()
        {
            int[] c = new int[QrVersionDb.MaxAlignment];
            for (int v = 1; v <= QrVersionDb.MaxVersion; v++)
            {
                int n = QrVersionDb.AlignmentCentres(v, c);
                // Modules left after finders, separators, timing, format, alignment and version blocks.
                int modules = (16 * v + 128) * v + 64;
                if (n > 0)
                {
                    modules -= (25 * n - 10) * n - 55;
                }
                if (v >= 7)
                {
                    modules -= 36;
                }
                for (int level = 0; level < 4; level++)
                {
                    Assert.AreEqual(modules / 8, QrVersionDb.TotalCodewords(v, (QrEcLevel)level));
                }
            }
        }

        [DataRow(1, 0, 19)]
        [DataRow(1, 3, 9)]
        [DataRow(5, 2, 62)]
        [DataRow(13, 0, 428)]
        [DataRow(13, 1, 334)]
        [DataRow(40, 0, 2956)]
        [DataRow(40, 3, 1276)]
        public void DataCodewordsOfKnownSymbols(int version, int level, int data)
        {
            Assert.AreEqual(data, QrVersionDb.DataCodewords(version, (QrEcLevel)level));
        }
    }
}
