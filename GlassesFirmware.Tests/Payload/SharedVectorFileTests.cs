using GlassesFirmware.Integrity;
using GlassesFirmware.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Payload
{
    /// <summary>
    /// All shared vectors, on the host and on a device: the CRC equals crc_computed, the device policy accepts
    /// exactly those without lenient_reject, the strict policy rejects exactly those with strict_errors. The
    /// host tests (Host/Tests/Payload) also compare every finding.
    /// </summary>
    [TestClass]
    public class SharedVectorFileTests
    {
        private static SharedVectorFile _file;

        [Setup]
        public void LoadVectors()
        {
            _file = SharedVectorFile.Load();
            if (_file == null)
            {
                Assert.SkipTest("emvqr-vectors.json not found; on a device deploy it to I:\\ first (docs/payloads.md)");
            }
        }

        [TestMethod]
        public void AllSixtyFiveVectorsAreRead()
        {
            Assert.AreEqual(65, _file.Vectors.Count);
        }

        [TestMethod]
        public void CrcOfEveryVectorEqualsCrcComputed()
        {
            foreach (SharedVectorFile.Vector v in _file.Vectors)
            {
                ushort crc = Crc16Ccitt.Compute(v.Payload, 0, v.Payload.Length - 4);
                Assert.AreEqual(v.CrcComputed, crc.ToString("X4"), v.Id);
            }
        }

        [TestMethod]
        public void DevicePolicyAcceptsExactlyTheVectorsWithoutLenientReject()
        {
            PayloadAnalyzer analyzer = new PayloadAnalyzer(new PayloadOptions());
            int accepted = 0;
            foreach (SharedVectorFile.Vector v in _file.Vectors)
            {
                bool ok = analyzer.Analyze(v.Payload, 0, v.Payload.Length).Accepted;
                Assert.AreEqual(v.LenientRejects == 0, ok, v.Id);
                accepted += ok ? 1 : 0;
            }

            Assert.AreEqual(54, accepted);
        }

        [TestMethod]
        public void StrictPolicyRejectsExactlyTheVectorsWithStrictErrors()
        {
            PayloadOptions options = new PayloadOptions();
            options.Policy = ValidationPolicy.Strict;
            PayloadAnalyzer analyzer = new PayloadAnalyzer(options);
            foreach (SharedVectorFile.Vector v in _file.Vectors)
            {
                Assert.AreEqual(v.StrictErrors == 0, analyzer.Analyze(v.Payload, 0, v.Payload.Length).Accepted, v.Id);
            }
        }

        [TestMethod]
        public void EscapedStringsAreDecoded()
        {
            byte[] json = PayloadTestKit.Ascii("[{\"id\":\"A\\u00e9\\\"\",\"payload\":\"x\\ud83d\\ude00\",\"extra\":[1,{\"k\":null}],\"lenient_reject\":[\"a\",\"b\"]}]");
            SharedVectorFile file = SharedVectorFile.Parse(json);
            SharedVectorFile.Vector v = (SharedVectorFile.Vector)file.Vectors[0];
            Assert.AreEqual("A\u00e9\"", v.Id);
            Assert.AreEqual(5, v.Payload.Length);
            Assert.AreEqual((byte)0xF0, v.Payload[1]);
            Assert.AreEqual(2, v.LenientRejects);
        }

        [TestMethod]
        public void MalformedJsonIsAFormatError()
        {
            Assert.ThrowsException(typeof(System.FormatException), () => SharedVectorFile.Parse(PayloadTestKit.Ascii("[{\"id\":\"A\"")));
        }
    }
}
