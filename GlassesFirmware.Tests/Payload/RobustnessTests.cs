using GlassesFirmware.Payload;
using GlassesFirmware.Text;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>Hostile input always yields a typed verdict (the host fuzz job runs the large version).</summary>
    [TestClass]
    public class RobustnessTests
    {
        private const string Emv1 = "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A";

        [TestMethod]
        public void TruncationsOfAVectorAreRejectedWithAFinding()
        {
            PayloadAnalyzer analyzer = new PayloadAnalyzer(new PayloadOptions());
            byte[] bytes = Utf8.Encode(Emv1);
            Assert.IsTrue(analyzer.Analyze(bytes, 0, bytes.Length).Accepted);
            // Every length near both ends, every 7th in between: the interpreter runs ~50k IL instructions per analysis.
            for (int n = 0; n < bytes.Length; n = n < 12 || n > bytes.Length - 14 ? n + 1 : n + 7)
            {
                PaymentIntent r = analyzer.Analyze(bytes, 0, n);
                Assert.IsFalse(r.Accepted, "prefix " + n);
                Assert.IsTrue(r.Findings.Length > 0);
                Assert.IsTrue(PayloadTestKit.WellFormed(r));
            }
        }

        [TestMethod]
        public void RandomBytesGiveTypedVerdicts()
        {
            PayloadAnalyzer analyzer = new PayloadAnalyzer(new PayloadOptions());
            uint state = 12345;
            byte[] buffer = new byte[600];
            for (int round = 0; round < 60; round++)
            {
                int length = (int)(Next(ref state) % 600);
                bool digits = round % 2 == 0;
                for (int i = 0; i < length; i++)
                {
                    uint v = Next(ref state);
                    buffer[i] = digits ? (byte)('0' + v % 10) : (byte)v;
                }

                // Half the rounds look like EMVCo (digits only) so the TLV walker is exercised deeply.
                if (digits && length >= 4)
                {
                    buffer[0] = (byte)'0';
                    buffer[1] = (byte)'0';
                    buffer[2] = (byte)'0';
                    buffer[3] = (byte)'2';
                }

                Assert.IsTrue(PayloadTestKit.WellFormed(analyzer.Analyze(buffer, 0, length)));
            }
        }

        [TestMethod]
        public void NestedOverrunsAndHugeInputsAreTyped()
        {
            string[] cases =
            {
                PayloadTestKit.WithCrc("000201010211269900"),
                PayloadTestKit.WithCrc("00020101021126080099abcd"),
                PayloadTestKit.WithCrc("0002010102116205019912"),
                PayloadTestKit.WithCrc("00020101021162125099000412345204"),
                PayloadTestKit.WithCrc("00020101021164050299x"),
                "000201" + PayloadTestKit.Repeat("9", 10240),
                PayloadTestKit.Repeat("0", 10240),
                "6304",
                "00",
                "0002",
            };
            PayloadAnalyzer analyzer = new PayloadAnalyzer(new PayloadOptions());
            for (int i = 0; i < cases.Length; i++)
            {
                PaymentIntent r = analyzer.Analyze(cases[i]);
                Assert.IsFalse(r.Accepted, cases[i]);
                Assert.IsTrue(PayloadTestKit.WellFormed(r));
            }
        }

        [TestMethod]
        public void OutOfRangeArgumentsAreClipped()
        {
            PayloadAnalyzer analyzer = new PayloadAnalyzer(new PayloadOptions());
            Assert.AreEqual((int)PayloadKind.Empty, (int)analyzer.Analyze(null, 5, 10).Kind);
            Assert.AreEqual((int)PayloadKind.Empty, (int)analyzer.Analyze(new byte[3], 7, 2).Kind);
            Assert.AreEqual((int)PayloadKind.Empty, (int)analyzer.Analyze((string)null).Kind);
            Assert.AreEqual((int)PayloadKind.PlainText, (int)analyzer.Analyze(PayloadTestKit.Ascii("abc"), -4, 99).Kind);
        }

        private static uint Next(ref uint state)
        {
            state = state * 1664525 + 1013904223;
            return state >> 8;
        }
    }
}
