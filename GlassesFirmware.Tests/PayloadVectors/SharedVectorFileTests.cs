using GlassesFirmware.Integrity;
using GlassesFirmware.Payload;
using nanoFramework.Json;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.PayloadVectors
{
    /// <summary>
    /// All shared vectors, on the host and on a device: the CRC equals crc_computed, the device policy accepts
    /// exactly those without lenient_reject, the strict policy rejects exactly those with strict_errors. The
    /// host tests (Host/Tests/Payload) also compare every finding. The last tests pin what nanoFramework.Json
    /// makes of the file's shapes.
    /// </summary>
    [TestClass]
    public class SharedVectorFileTests
    {
        private static SharedVector[] _vectors;

        [Setup]
        public void LoadVectors()
        {
            _vectors = SharedVectorFile.Load();
            if (_vectors == null)
            {
                Assert.SkipTest("emvqr-vectors.json not found; on a device deploy it to I:\\ first (docs/payloads.md)");
            }
        }

        [TestMethod]
        public void AllSixtyFiveVectorsAreRead()
        {
            Assert.AreEqual(65, _vectors.Length);
        }

        [TestMethod]
        public void CrcOfEveryVectorEqualsCrcComputed()
        {
            foreach (SharedVector v in _vectors)
            {
                byte[] payload = SharedVectorFile.PayloadBytes(v);
                ushort crc = Crc16Ccitt.Compute(payload, 0, payload.Length - 4);
                Assert.AreEqual(v.crc_computed, crc.ToString("X4"), v.id);
            }
        }

        [TestMethod]
        public void DevicePolicyAcceptsExactlyTheVectorsWithoutLenientReject()
        {
            PayloadAnalyzer analyzer = new PayloadAnalyzer(new PayloadOptions());
            int accepted = 0;
            foreach (SharedVector v in _vectors)
            {
                byte[] payload = SharedVectorFile.PayloadBytes(v);
                bool ok = analyzer.Analyze(payload, 0, payload.Length).Accepted;
                Assert.AreEqual(v.lenient_reject.Length == 0, ok, v.id);
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
            foreach (SharedVector v in _vectors)
            {
                byte[] payload = SharedVectorFile.PayloadBytes(v);
                Assert.AreEqual(v.strict_errors.Length == 0, analyzer.Analyze(payload, 0, payload.Length).Accepted, v.id);
            }
        }

        [TestMethod]
        public void RawUtf8QuoteAndBackslashEscapesAndUnknownKeysAreRead()
        {
            // The file's shapes: raw two- and three-byte UTF-8 (no \u escapes), \" inside a value, nested values under
            // keys without a field, string arrays; a key without a value in the file leaves its field null.
            SharedVector[] vectors = SharedVectorFile.Parse("[{\"id\":\"A \\\"B\\\" C\\\\D\",\"payload\":\"\u00e9\u4f73\",\"extra\":[1,{\"k\":null}],\"lenient_reject\":[\"a\",\"b\"]}]");
            Assert.AreEqual(1, vectors.Length);
            Assert.AreEqual("A \"B\" C\\D", vectors[0].id);
            byte[] payload = SharedVectorFile.PayloadBytes(vectors[0]);
            Assert.AreEqual("c3a9e4bdb3", TestHex.Encode(payload, 0, payload.Length));
            Assert.AreEqual(2, vectors[0].lenient_reject.Length);
            Assert.AreEqual("b", vectors[0].lenient_reject[1]);
            Assert.IsNull(vectors[0].strict_errors);
        }

        [TestMethod]
        public void AUnicodeEscapeWithHexLettersIsRefused()
        {
            // After \u the device library reads only number characters (digits, e, E, +, -, .): the file keeps its text raw.
            Assert.ThrowsException(typeof(DeserializationException), () => SharedVectorFile.Parse("[{\"id\":\"\\u4f73\"}]"));
        }

        [TestMethod]
        public void MalformedJsonIsADeserializationError()
        {
            Assert.ThrowsException(typeof(DeserializationException), () => SharedVectorFile.Parse("[{\"id\":\"A\""));
        }
    }
}
